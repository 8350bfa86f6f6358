import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useSearchParams } from 'react-router';
import { api, asOrganization, unwrap, type Schemas } from '../../api/client';
import { formatDate, ofName } from '../../ui/format';
import { fieldState, FormFailure, SubmitButton, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { useWriteHeaders } from '../../api/writes';
import { RequiredFieldsNote } from '../../ui/fields';
import { useActionPanel, type WriteHeaders } from '../siae/parts';

type Request = Schemas['ProlongationRequestDto'];

/** PASS IAE prolongations a SIAE asks this habilitated organisation to decide. */
const STATUSES = ['pending', 'granted', 'denied'] as const;

export function ProlongationRequestsPage() {
  // In the address, so that a link to the answered ones can be shared.
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('statut')) ?? 'pending';
  const setStatus = (value: (typeof STATUSES)[number]) => setParams(value === 'pending' ? {} : { statut: value }, { replace: true });
  const requests = useQuery({
    queryKey: ['prolongation-requests', status],
    queryFn: ({ signal }) => unwrap(api.GET('/api/prolongation-requests', { params: { query: { status, limit: 50 }, header: asOrganization() }, signal })),
  });
  // One decision open at a time; once made, its card leaves the list and a message says what was decided.
  const panel = useActionPanel<string>();
  return (
    <Page title="Demandes de prolongation de PASS IAE">
      <Select label="Demandes" nativeSelectProps={{ value: status, onChange: (e) => setStatus(e.target.value as typeof status) }}>
        <option value="pending">À traiter</option>
        <option value="granted">Accordées</option>
        <option value="denied">Refusées</option>
      </Select>
      {panel.doneAlert}
      <QueryState query={requests} isEmpty={(page) => page.items.length === 0} empty="Aucune demande.">
        {(page) => page.items.map((request) => <RequestCard key={request.id} request={request} panel={panel} />)}
      </QueryState>
    </Page>
  );
}

type Panel = ReturnType<typeof useActionPanel<string>>;
type DenyValues = { reason: string; explanation: string; proposedActions: string[]; proposedActionsExplanation: string };

function RequestCard({ request, panel }: { request: Request; panel: Panel }) {
  const who = `${request.candidate.firstName} ${request.candidate.lastName}`;
  const open = panel.open === `grant:${request.id}` ? 'grant' : panel.open === `deny:${request.id}` ? 'deny' : null;
  return (
    <article className={fr.cx('fr-card', 'fr-mb-3w')} aria-labelledby={`demande-${request.id}`}>
      <div className={fr.cx('fr-card__body')}>
        <div className={fr.cx('fr-card__content')}>
          <h2 id={`demande-${request.id}`} className={fr.cx('fr-card__title', 'fr-h5')}>
            {who} — PASS IAE {request.passNumber}
          </h2>
          {/* The DSFR orders a card's title before its description: the text must sit in it, not beside it. */}
          <div className={fr.cx('fr-card__desc')}>
            <p>
              {request.employer.name} demande une prolongation « {request.reasonLabel} » du {formatDate(request.startDate)} au {formatDate(request.endDate)}.
              {request.explanation ? ` ${request.explanation}` : ''}
            </p>
            {request.status !== 'pending' ? (
              <Alert
                small
                severity={request.status === 'granted' ? 'success' : 'warning'}
                description={request.status === 'granted' ? 'Accordée.' : `Refusée : ${request.denial?.reasonLabel ?? ''}`}
              />
            ) : open === 'grant' ? (
              <div ref={panel.formRef}>
                <GrantForm request={request} who={who} panel={panel} />
              </div>
            ) : open === 'deny' ? (
              <div ref={panel.formRef}>
                <DenyForm request={request} who={who} panel={panel} />
              </div>
            ) : (
              <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline')}>
                <li>
                  <Button {...panel.trigger(`grant:${request.id}`)}>Accorder la prolongation {ofName(who)}</Button>
                </li>
                <li>
                  <Button priority="secondary" {...panel.trigger(`deny:${request.id}`)}>
                    Refuser
                    <span className={fr.cx('fr-sr-only')}> la prolongation {ofName(who)}</span>
                  </Button>
                </li>
              </ul>
            )}
          </div>
        </div>
      </div>
    </article>
  );
}

function useDecision<T extends FieldValues>(
  form: UseFormReturn<T>,
  send: (values: T, header: WriteHeaders) => Promise<unknown>,
  done: () => string,
  panel: Panel,
) {
  const queryClient = useQueryClient();
  const write = useWriteHeaders();
  return useSubmit(form, async (values) => {
    await send(values, write.headers());
    write.done();
    panel.finished(done());
    await queryClient.invalidateQueries({ queryKey: ['prolongation-requests'] });
  });
}

function GrantForm({ request, who, panel }: { request: Request; who: string; panel: Panel }) {
  const form = useForm();
  const grant = useDecision(
    form,
    (_, header) => unwrap(api.POST('/api/prolongation-requests/{requestId}/grant', { params: { path: { requestId: request.id }, header } })),
    () => `Prolongation accordée : le PASS IAE ${ofName(who)} court jusqu’au ${formatDate(request.endDate)}. La structure et la personne en sont informées.`,
    panel,
  );
  return (
    <form onSubmit={grant.onSubmit} noValidate aria-label={`Accorder la prolongation ${ofName(who)}`}>
      {/* The form has no field: its heading takes the focus when it opens. */}
      <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>Accorder la prolongation ?</h3>
      <FormFailure failure={grant.failure} />
      <p>
        Le PASS IAE {ofName(who)} sera prolongé jusqu’au {formatDate(request.endDate)} (« {request.reasonLabel} »).
      </p>
      <ConfirmOrCancel busy={form.formState.isSubmitting} label="Confirmer l’accord" panel={panel} />
    </form>
  );
}

function DenyForm({ request, who, panel }: { request: Request; who: string; panel: Panel }) {
  const form = useForm<DenyValues>({ defaultValues: { reason: '', explanation: '', proposedActions: [], proposedActionsExplanation: '' } });
  const deny = useDecision(
    form,
    (v, header) =>
      unwrap(
        api.POST('/api/prolongation-requests/{requestId}/deny', {
          params: { path: { requestId: request.id }, header },
          body: {
            reason: v.reason as never,
            explanation: v.explanation || null,
            proposedActions: v.proposedActions as never,
            proposedActionsExplanation: v.proposedActionsExplanation || null,
          },
        }),
      ),
    () => `Prolongation refusée pour ${who}. La structure en est informée.`,
    panel,
  );
  return (
    <form onSubmit={deny.onSubmit} noValidate aria-label={`Refuser la prolongation ${ofName(who)}`}>
      <FormFailure failure={deny.failure} />
      <RequiredFieldsNote />
      <Select
        label="Motif du refus *"
        nativeSelectProps={{ ...form.register('reason', { required: 'Choisissez le motif du refus.' }), required: true }}
        {...fieldState(form, 'reason')}
      >
        <option value="">Choisir un motif</option>
        <option value="IAE">L’IAE ne convient plus</option>
        <option value="SIAE">Le type de structure ne convient plus</option>
        <option value="DURATION">La durée ne convient pas</option>
        <option value="REASON">Le motif ne convient pas</option>
      </Select>
      <Input label="Explication" textArea nativeTextAreaProps={form.register('explanation')} {...fieldState(form, 'explanation')} />
      <Checkbox
        legend="Actions proposées (obligatoire si l’IAE ne convient plus)"
        {...fieldState(form, 'proposedActions')}
        options={[
          { label: 'Sortie de l’IAE', nativeInputProps: { ...form.register('proposedActions'), value: 'EXIT_IAE' } },
          { label: 'Orientation vers un partenaire social', nativeInputProps: { ...form.register('proposedActions'), value: 'SOCIAL_PARTNER' } },
          { label: 'Autre', nativeInputProps: { ...form.register('proposedActions'), value: 'OTHER' } },
        ]}
      />
      <Input label="Précisions sur les actions proposées" nativeInputProps={form.register('proposedActionsExplanation')} />
      <ConfirmOrCancel busy={form.formState.isSubmitting} label="Confirmer le refus" panel={panel} />
    </form>
  );
}

/** A decision's buttons: confirm it, or leave the form (the focus goes back to the button that opened it). */
function ConfirmOrCancel({ busy, label, panel }: { busy: boolean; label: string; panel: Panel }) {
  return (
    <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline')}>
      <li>
        <SubmitButton busy={busy}>{label}</SubmitButton>
      </li>
      <li>
        <Button type="button" priority="secondary" onClick={() => panel.setOpen(null)}>
          Annuler
        </Button>
      </li>
    </ul>
  );
}
