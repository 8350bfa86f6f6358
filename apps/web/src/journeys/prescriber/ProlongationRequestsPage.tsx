import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useSearchParams } from 'react-router';
import { api, asOrganization, unwrap, type Schemas } from '../../api/client';
import { formatDate } from '../../ui/format';
import { fieldState, FormFailure, SubmitButton, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { useWriteHeaders } from '../../api/writes';

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
  return (
    <Page title="Demandes de prolongation de PASS IAE">
      <Select label="Demandes" nativeSelectProps={{ value: status, onChange: (e) => setStatus(e.target.value as typeof status) }}>
        <option value="pending">À traiter</option>
        <option value="granted">Accordées</option>
        <option value="denied">Refusées</option>
      </Select>
      <QueryState query={requests} isEmpty={(page) => page.items.length === 0} empty="Aucune demande.">
        {(page) => page.items.map((request) => <RequestCard key={request.id} request={request} />)}
      </QueryState>
    </Page>
  );
}

function RequestCard({ request }: { request: Request }) {
  const queryClient = useQueryClient();
  const [denying, setDenying] = useState(false);
  const form = useForm<{ reason: string; explanation: string; proposedActions: string[]; proposedActionsExplanation: string }>({
    defaultValues: { reason: '', explanation: '', proposedActions: [], proposedActionsExplanation: '' },
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['prolongation-requests'] });
  const write = useWriteHeaders();
  const grant = useSubmit(form, async () => {
    await unwrap(api.POST('/api/prolongation-requests/{requestId}/grant', { params: { path: { requestId: request.id }, header: write.headers() } }));
    write.done();
    await refresh();
  });
  const deny = useSubmit(form, async (v) => {
    await unwrap(
      api.POST('/api/prolongation-requests/{requestId}/deny', {
        params: { path: { requestId: request.id }, header: write.headers() },
        body: {
          reason: v.reason as never,
          explanation: v.explanation || null,
          proposedActions: v.proposedActions as never,
          proposedActionsExplanation: v.proposedActionsExplanation || null,
        },
      }),
    );
    write.done();
    await refresh();
  });
  const who = `${request.candidate.firstName} ${request.candidate.lastName}`;
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
            ) : (
              <>
                <FormFailure failure={grant.failure ?? deny.failure} />
                {!denying ? (
                  <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline')}>
                    <li>
                      <Button onClick={() => void grant.onSubmit()} nativeButtonProps={{ 'aria-disabled': form.formState.isSubmitting }}>
                        Accorder la prolongation de {who}
                      </Button>
                    </li>
                    <li>
                      <Button
                        priority="secondary"
                        onClick={() => !form.formState.isSubmitting && setDenying(true)}
                        nativeButtonProps={{ 'aria-disabled': form.formState.isSubmitting }}
                      >
                        Refuser
                      </Button>
                    </li>
                  </ul>
                ) : (
                  <form onSubmit={deny.onSubmit} noValidate aria-label={`Refuser la prolongation de ${who}`}>
                    <Select label="Motif du refus" nativeSelectProps={form.register('reason')} {...fieldState(form, 'reason')}>
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
                    <SubmitButton busy={form.formState.isSubmitting}>Confirmer le refus</SubmitButton>
                  </form>
                )}
              </>
            )}
          </div>
        </div>
      </div>
    </article>
  );
}
