import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { DefaultValues, FieldValues, UseFormReturn } from 'react-hook-form';
import { useParams } from 'react-router';
import { api, asOrganization, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../api/session';
import { TextField } from '../../ui/fields';
import { formatDate, formatNumber } from '../../ui/format';
import { fieldState, fieldStateExplained } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { DECLARED_PROLONGATION_REASONS, PASS_STATUSES, REQUESTED_PROLONGATION_REASONS, SUSPENSION_REASONS } from './labels';
import { Section, useActionPanel, useWriteForm, WriteForm, type WriteHeaders } from './parts';

type Pass = Schemas['PassDto'];
type Action = 'suspend' | 'declare' | 'request' | 'readdress' | { end: string };

/** A PASS IAE as the SIAE of its hire sees it: dates, suspensions, prolongations, the pending request; and what it may do. */
export function PassPage() {
  const { number = '' } = useParams();
  const pass = useQuery({
    queryKey: ['pass-iae', number],
    queryFn: ({ signal }) => unwrap(api.GET('/api/pass-iae/{number}', { params: { path: { number }, header: asOrganization() } as never, signal })),
  });
  return (
    <Page title={`PASS IAE ${number}`} wide>
      <QueryState query={pass}>
        {(p: Pass) => (
          <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
            <div className={fr.cx('fr-col-12', 'fr-col-lg-7')}>
              <Summary pass={p} />
              <Suspensions pass={p} />
              <Prolongations pass={p} />
            </div>
            <div className={fr.cx('fr-col-12', 'fr-col-lg-5')}>
              <Actions pass={p} />
            </div>
          </div>
        )}
      </QueryState>
    </Page>
  );
}

function Summary({ pass: p }: { pass: Pass }) {
  const severity = p.status === 'valid' ? 'success' : p.status === 'suspended' ? 'warning' : p.status === 'expired' ? 'error' : 'info';
  return (
    <Section id="pass" title="Le PASS IAE">
      <p>
        <Badge severity={severity}>{PASS_STATUSES[p.status]}</Badge>
      </p>
      <dl>
        <dt className={fr.cx('fr-text--bold')}>Numéro</dt>
        <dd>{p.numberDisplay}</dd>
        <dt className={fr.cx('fr-text--bold')}>Validité</dt>
        <dd>
          Du {formatDate(p.startDate)} au {formatDate(p.endDate)}
        </dd>
        <dt className={fr.cx('fr-text--bold')}>Jours de parcours restants</dt>
        <dd>{formatNumber(p.remainingDays)}</dd>
        <dt className={fr.cx('fr-text--bold')}>Embauches</dt>
        <dd>
          {p.hires.length
            ? p.hires.map((h) => `${h.employer.name}, à partir du ${formatDate(h.hiringStart)}${h.cancelled ? ' (annulée)' : ''}`).join(' ; ')
            : 'Aucune'}
        </dd>
      </dl>
    </Section>
  );
}

function Suspensions({ pass: p }: { pass: Pass }) {
  return (
    <Section id="suspensions" title="Suspensions">
      {p.suspensions.length === 0 ? (
        <p className="iae-empty">Aucune suspension.</p>
      ) : (
        <Table
          caption="Suspensions du PASS IAE"
          noCaption
          headers={['Du', 'Au', 'Motif', 'Par']}
          data={p.suspensions.map((s) => [formatDate(s.startDate), formatDate(s.endDate), s.reasonLabel, s.madeBy?.name ?? '—'])}
        />
      )}
    </Section>
  );
}

function Prolongations({ pass: p }: { pass: Pass }) {
  const request = p.pendingRequest;
  return (
    <Section id="prolongations" title="Prolongations">
      {request?.prescriberOrganizationHabilitated ? (
        <Alert
          severity="info"
          small
          className={fr.cx('fr-mb-3w')}
          description={`Demande de prolongation « ${request.reasonLabel} » jusqu’au ${formatDate(request.endDate)} envoyée le ${formatDate(request.addressedOn)} à ${request.prescriberOrganization.name} : en attente de sa décision${request.remindersSent ? ` (${request.remindersSent} relance${request.remindersSent > 1 ? 's' : ''})` : ''}.`}
        />
      ) : request ? (
        <Alert
          severity="warning"
          small
          className={fr.cx('fr-mb-3w')}
          description={`Demande de prolongation « ${request.reasonLabel} » jusqu’au ${formatDate(request.endDate)} envoyée le ${formatDate(request.addressedOn)} à ${request.prescriberOrganization.name}, qui n’est plus un prescripteur habilité et ne peut plus la décider : adressez-la à un autre prescripteur habilité (« Agir sur le PASS IAE »).`}
        />
      ) : null}
      {p.prolongations.length === 0 ? (
        <p className="iae-empty">Aucune prolongation.</p>
      ) : (
        <Table
          caption="Prolongations du PASS IAE"
          noCaption
          headers={['Du', 'Au', 'Motif', 'Décidée par']}
          data={p.prolongations.map((x) => [
            formatDate(x.startDate),
            formatDate(x.endDate),
            x.reasonLabel,
            x.prescriberOrganization ? `${x.prescriberOrganization.name} (demande accordée)` : (x.declaredBy?.name ?? '—'),
          ])}
        />
      )}
    </Section>
  );
}

function Actions({ pass: p }: { pass: Pass }) {
  const { membership } = useSession();
  const { open, setOpen, finished, doneAlert, trigger, formRef } = useActionPanel<Action>();
  const ownSuspensions = p.suspensions.filter((s) => s.madeBy?.id === membership?.organization.id);
  const props = { pass: p, onDone: finished };
  return (
    <Section id="actions" title="Agir sur le PASS IAE">
      {doneAlert}
      {open === null && p.status === 'suspended' && !p.pendingRequest ? (
        <p>Le PASS IAE est suspendu aujourd’hui : il se prolonge une fois la suspension terminée.</p>
      ) : null}
      {open === null ? (
        <ul className={fr.cx('fr-btns-group', 'fr-btns-group--left')}>
          <li>
            <Button priority="secondary" {...trigger('suspend')}>
              Suspendre le PASS IAE
            </Button>
          </li>
          {ownSuspensions.map((s) => (
            <li key={s.id}>
              <Button priority="secondary" {...trigger({ end: s.id })}>
                Mettre fin à la suspension du {formatDate(s.startDate)}
              </Button>
            </li>
          ))}
          {/* A pending request stops any other prolongation until it is decided: the page shows it above. A suspended PASS
              is not prolonged (the rules card): the suspension is ended first. */}
          {p.pendingRequest || p.status === 'suspended' ? null : (
            <>
              <li>
                <Button priority="secondary" {...trigger('declare')}>
                  Déclarer une prolongation
                </Button>
              </li>
              <li>
                <Button priority="secondary" {...trigger('request')}>
                  Demander une prolongation à un prescripteur habilité
                </Button>
              </li>
            </>
          )}
          {p.pendingRequest && !p.pendingRequest.prescriberOrganizationHabilitated ? (
            <li>
              <Button priority="secondary" {...trigger('readdress')}>
                Adresser la demande de prolongation à un autre prescripteur habilité
              </Button>
            </li>
          ) : null}
        </ul>
      ) : (
        <div ref={formRef}>
          {open === 'suspend' ? <SuspendForm {...props} /> : null}
          {typeof open === 'object' ? <EndSuspensionForm {...props} suspension={p.suspensions.find((s) => s.id === open.end)!} /> : null}
          {open === 'declare' ? <DeclareForm {...props} /> : null}
          {open === 'request' ? <RequestForm {...props} /> : null}
          {open === 'readdress' && p.pendingRequest ? <ReaddressForm {...props} request={p.pendingRequest} /> : null}
          <Button priority="tertiary" className={fr.cx('fr-mt-2w')} onClick={() => setOpen(null)}>
            Revenir aux actions
          </Button>
        </div>
      )}
    </Section>
  );
}

type FormProps = { pass: Pass; onDone: (message: string) => void };
/** A write on the PASS: its form, then the PASS read again and the write said. */
function usePassForm<T extends FieldValues, R>(
  { pass, onDone }: FormProps,
  defaultValues: DefaultValues<T>,
  send: (values: T, header: WriteHeaders) => Promise<{ data?: R; error?: unknown; response: Response }>,
  message: string,
) {
  const queryClient = useQueryClient();
  return useWriteForm<T, R>(defaultValues, send, async () => {
    await queryClient.invalidateQueries({ queryKey: ['pass-iae', pass.number] });
    onDone(message);
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- serves the suspension and prolongation forms, which both carry `reason`
function ReasonSelect({ form, label, reasons }: { form: UseFormReturn<any>; label: string; reasons: Record<string, string> }) {
  return (
    <Select
      label={label}
      nativeSelectProps={{ ...form.register('reason', { required: 'Choisissez un motif.' }), required: true }}
      {...fieldState(form, 'reason')}
    >
      <option value="">Choisir un motif</option>
      {Object.entries(reasons).map(([key, text]) => (
        <option key={key} value={key}>
          {text}
        </option>
      ))}
    </Select>
  );
}

function SuspendForm(props: FormProps) {
  const move = usePassForm(
    props,
    { reason: '', startDate: '', endDate: '', explanation: '' },
    (v, header) =>
      api.POST('/api/pass-iae/{number}/suspensions', {
        params: { path: { number: props.pass.number }, header },
        body: { reason: v.reason as never, startDate: v.startDate, endDate: v.endDate, explanation: v.explanation || null },
      }),
    'Le PASS IAE est suspendu ; sa fin recule d’autant.',
  );
  return (
    <WriteForm id="titre-suspension" marksRequired title="Suspendre le PASS IAE" write={move} submitLabel="Confirmer la suspension">
      <ReasonSelect form={move.form} label="Motif de la suspension *" reasons={SUSPENSION_REASONS} />
      <TextField
        form={move.form}
        name="startDate"
        label="Premier jour suspendu *"
        hint="Au plus tard aujourd’hui, au plus tôt il y a 365 jours."
        type="date"
        required
      />
      <TextField form={move.form} name="endDate" label="Dernier jour suspendu *" hint="36 mois au plus." type="date" required />
      <TextField form={move.form} name="explanation" label="Précisions (facultatif)" textArea />
    </WriteForm>
  );
}

function EndSuspensionForm(props: FormProps & { suspension: Schemas['SuspensionDto'] }) {
  const move = usePassForm(
    props,
    { endDate: '' },
    (v, header) =>
      api.PATCH('/api/pass-iae/{number}/suspensions/{suspensionId}', {
        params: { path: { number: props.pass.number, suspensionId: props.suspension.id }, header },
        body: { endDate: v.endDate },
      }),
    'La suspension est terminée ; la fin du PASS IAE est recalculée.',
  );
  return (
    <WriteForm
      id="titre-fin-suspension"
      marksRequired
      title={`Mettre fin à la suspension du ${formatDate(props.suspension.startDate)}`}
      write={move}
      submitLabel="Enregistrer la fin de la suspension"
    >
      <p>Prévue jusqu’au {formatDate(props.suspension.endDate)}.</p>
      <TextField form={move.form} name="endDate" label="Dernier jour suspendu *" hint="La veille de la reprise du parcours." type="date" required />
    </WriteForm>
  );
}

function DeclareForm(props: FormProps) {
  const move = usePassForm(
    props,
    { reason: '', endDate: '', explanation: '' },
    (v, header) =>
      api.POST('/api/pass-iae/{number}/prolongations', {
        params: { path: { number: props.pass.number }, header },
        body: { reason: v.reason as never, endDate: v.endDate, explanation: v.explanation || null },
      }),
    'La prolongation est enregistrée.',
  );
  return (
    <WriteForm id="titre-declaration" marksRequired title="Déclarer une prolongation" write={move} submitLabel="Déclarer la prolongation">
      <ReasonSelect form={move.form} label="Motif de la prolongation *" reasons={DECLARED_PROLONGATION_REASONS} />
      <TextField
        form={move.form}
        name="endDate"
        label="Dernier jour de la prolongation *"
        hint={`Elle commence le lendemain de la fin du PASS IAE (${formatDate(props.pass.endDate)}).`}
        type="date"
        required
      />
      <TextField form={move.form} name="explanation" label="Précisions (facultatif)" textArea />
    </WriteForm>
  );
}

function RequestForm(props: FormProps) {
  const move = usePassForm(
    props,
    { reason: '', endDate: '', explanation: '', prescriberOrganizationId: '' },
    (v, header) =>
      api.POST('/api/pass-iae/{number}/prolongation-requests', {
        params: { path: { number: props.pass.number }, header },
        body: { reason: v.reason as never, endDate: v.endDate, explanation: v.explanation, prescriberOrganizationId: v.prescriberOrganizationId },
      }),
    'La demande est envoyée au prescripteur habilité ; vous suivez sa décision ici.',
  );
  const form = move.form;
  return (
    <WriteForm id="titre-demande" marksRequired title="Demander une prolongation à un prescripteur habilité" write={move} submitLabel="Envoyer la demande">
      <ReasonSelect form={form} label="Motif de la prolongation *" reasons={REQUESTED_PROLONGATION_REASONS} />
      <TextField form={form} name="endDate" label="Dernier jour de la prolongation *" hint="12 mois au plus par demande." type="date" required />
      <TextField
        form={form}
        name="explanation"
        label="Pourquoi prolonger ? *"
        hint="La situation de la personne, ce que le parcours doit encore lui apporter."
        textArea
        required
      />
      <PrescriberSelect form={form} pass={props.pass} />
    </WriteForm>
  );
}

/** A pending request whose organisation is no longer habilitated, sent to another habilitated prescriber. */
function ReaddressForm(props: FormProps & { request: NonNullable<Pass['pendingRequest']> }) {
  const move = usePassForm(
    props,
    { prescriberOrganizationId: '' },
    (v, header) =>
      api.POST('/api/prolongation-requests/{requestId}/readdress', {
        params: { path: { requestId: props.request.id }, header },
        body: { prescriberOrganizationId: v.prescriberOrganizationId },
      }),
    'La demande est adressée au prescripteur habilité choisi ; vous suivez sa décision ici.',
  );
  return (
    <WriteForm id="titre-readresser" marksRequired title="Adresser la demande à un autre prescripteur habilité" write={move} submitLabel="Adresser la demande">
      <p>
        {props.request.prescriberOrganization.name} n’est plus un prescripteur habilité : la demande « {props.request.reasonLabel} » jusqu’au{' '}
        {formatDate(props.request.endDate)} va, telle quelle, au prescripteur que vous choisissez.
      </p>
      <PrescriberSelect form={move.form} pass={props.pass} />
    </WriteForm>
  );
}

/** The habilitated prescribers near the person, to choose who decides a request. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- serves the request and readdress forms, which both carry `prescriberOrganizationId`
function PrescriberSelect({ form, pass }: { form: UseFormReturn<any>; pass: Pass }) {
  const candidate = useQuery({
    queryKey: ['candidate', pass.candidateId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/candidates/{candidateId}', { params: { path: { candidateId: pass.candidateId }, header: asOrganization() }, signal })),
  });
  const commune = candidate.data?.address?.communeCode;
  const prescribers = useQuery({
    queryKey: ['habilitated-prescribers', commune],
    enabled: !!commune,
    queryFn: ({ signal }) => unwrap(api.GET('/api/search/prescribers', { params: { query: { commune: commune!, radius: 25, limit: 20 } }, signal })),
  });
  // An empty list says why: no address to search from, a search that failed, nobody near.
  const why =
    candidate.isSuccess && !commune
      ? 'L’adresse de la personne n’est pas renseignée : complétez sa fiche pour trouver les prescripteurs habilités proches.'
      : prescribers.isError
        ? 'La recherche des prescripteurs habilités a échoué ; rechargez la page pour réessayer.'
        : prescribers.isSuccess && prescribers.data.items.length === 0
          ? 'Aucun prescripteur habilité à moins de 25 km de chez la personne.'
          : null;
  return (
    <Select
      label="Prescripteur habilité qui décidera *"
      hint="Près de chez la personne."
      nativeSelectProps={{ ...form.register('prescriberOrganizationId', { required: 'Choisissez un prescripteur habilité.' }), required: true }}
      {...fieldStateExplained(form, 'prescriberOrganizationId', why)}
    >
      <option value="">{prescribers.isPending && commune ? 'Chargement…' : 'Choisir un prescripteur'}</option>
      {(prescribers.data?.items ?? []).map((o) => (
        <option key={o.id} value={o.id}>
          {o.name} ({o.kindLabel})
        </option>
      ))}
    </Select>
  );
}
