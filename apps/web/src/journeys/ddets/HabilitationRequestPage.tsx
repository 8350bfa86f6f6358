import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import { api, asOrganization, unwrap, type Schemas } from '../../api/client';
import { formatDate, formatDateTime, formatNumber } from '../../ui/format';
import { fieldState, FormFailure, SubmitButton, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { useWriteHeaders } from '../../api/writes';

type Request = Schemas['HabilitationRequestDto'];

export const HABILITATION_STATUS: Record<Request['status'], string> = {
  draft: 'Brouillon',
  submitted: 'À instruire',
  information_requested: 'Informations demandées',
  granted: 'Habilitation accordée',
  refused: 'Refusée',
  cancelled: 'Annulée par l’organisation',
};
const AXES = {
  identification: 'Axe 1 — Une organisation identifiée (statut, objet, implantation)',
  mission: 'Axe 2 — Une mission d’accueil et d’accompagnement des personnes',
  staffCompetence: 'Axe 3 — Des personnes formées pour réaliser un diagnostic socio-professionnel',
  unmetNeed: 'Axe 4 — Un besoin que les prescripteurs habilités par la loi ne couvrent pas',
} as const;
const OPINIONS: Record<string, string> = { favorable: 'favorable', unfavorable: 'défavorable', reserved: 'réservé' };
const HISTORY: Record<string, string> = {
  'habilitation_request.create': 'Demande préparée',
  'habilitation_request.created': 'Demande préparée',
  'habilitation_request.edit': 'Réponses complétées',
  'habilitation_request.document_added': 'Pièce jointe',
  'habilitation_request.submit': 'Demande transmise',
  'habilitation_request.requestInformation': 'Informations demandées',
  'habilitation_request.answer': 'Réponse de l’organisation',
  'habilitation_request.recordCdiaeOpinion': 'Avis du CDIAE enregistré',
  'habilitation_request.grant': 'Habilitation accordée',
  'habilitation_request.refuse': 'Habilitation refusée',
  'habilitation_request.cancel': 'Demande annulée',
};

/** One request of the DDETS's département: the four axes, the documents, the exchanges, and the decision. */
export function HabilitationRequestPage() {
  const { requestId = '' } = useParams();
  const request = useQuery({
    queryKey: ['habilitation-request', requestId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/habilitation-requests/{requestId}', { params: { path: { requestId }, header: asOrganization() }, signal })),
  });
  return (
    <Page title={request.data ? `Demande d’habilitation — ${request.data.organization.name}` : 'Demande d’habilitation'}>
      <p>
        <Link to="/ddets/habilitations" className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')}>
          Retour aux habilitations
        </Link>
      </p>
      <QueryState query={request}>{(r) => <RequestView request={r} />}</QueryState>
    </Page>
  );
}

/**
 * Granted, the organisation became an « organisme habilité par le préfet » (OHPD); withdrawn or ended, it is an
 * orienteur again (the API changes its kind): the request stays granted, the habilitation no longer runs.
 */
export const habilitationRuns = (request: Request) => request.status === 'granted' && request.organization.kind === 'OHPD';

function RequestView({ request }: { request: Request }) {
  const can = (action: string) => request.allowedActions.includes(action as never);
  // Kept here, not in the form: once withdrawn the habilitation no longer runs and the form leaves the page.
  const [withdrawn, setWithdrawn] = useState(false);
  // What the last decision did, said here: its form may have left the page (granted, refused, withdrawn), and the
  // focus, which was on its button, goes to the message.
  // An object, so that the same message said again takes the focus again.
  const [done, setDoneState] = useState<{ message: string } | null>(null);
  const setDone = (message: string) => setDoneState({ message });
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  return (
    <>
      <p>
        <Badge
          as="span"
          noIcon
          severity={
            request.status === 'granted' ? 'success' : request.status === 'refused' ? 'error' : request.status === 'information_requested' ? 'warning' : 'info'
          }
        >
          {HABILITATION_STATUS[request.status]}
        </Badge>
      </p>
      <ul>
        <li>
          {request.organization.kindLabel}, DDETS {request.departement.name}
        </li>
        <li>{request.isRenewal ? 'Demande de renouvellement' : 'Première demande'}</li>
        <li>
          Transmise le {formatDate(request.submittedAt)}
          {request.ageInDays === 0
            ? ', aujourd’hui'
            : request.ageInDays !== null
              ? `, il y a ${formatNumber(request.ageInDays)} jour${request.ageInDays > 1 ? 's' : ''}`
              : ''}
        </li>
        <li>
          Avis du CDIAE :{' '}
          {request.cdiaeOpinion
            ? `${request.cdiaeOpinion.opinion ? OPINIONS[request.cdiaeOpinion.opinion] : 'rendu'} le ${formatDate(request.cdiaeOpinion.on)}`
            : 'pas encore recueilli'}
        </li>
      </ul>
      {request.decision?.validUntil ? (
        <Alert
          severity="success"
          small
          className={fr.cx('fr-mb-3w')}
          description={`Habilitation accordée le ${formatDate(request.decision.on)} (${request.decision.reference ?? ''}), valable jusqu’au ${formatDate(request.decision.validUntil)}.`}
        />
      ) : null}
      {request.status === 'granted' && !habilitationRuns(request) ? (
        <Alert severity="info" small className={fr.cx('fr-mb-3w')} description="Cette habilitation ne court plus : elle a été retirée ou a pris fin." />
      ) : null}
      {request.decision?.refusalReason ? (
        <Alert severity="warning" small className={fr.cx('fr-mb-3w')} description={`Refusée : ${request.decision.refusalReason}`} />
      ) : null}

      <h2 className={fr.cx('fr-h4')}>Les quatre axes</h2>
      {(Object.keys(AXES) as (keyof typeof AXES)[]).map((axis) => (
        <section key={axis} aria-labelledby={`axe-${axis}`} className={fr.cx('fr-mb-3w')}>
          <h3 id={`axe-${axis}`} className={fr.cx('fr-h6', 'fr-mb-1w')}>
            {AXES[axis]}
          </h3>
          <p style={{ whiteSpace: 'pre-line' }}>{request.axes[axis] || <span className="iae-empty">Sans réponse.</span>}</p>
        </section>
      ))}
      {request.evaluation ? (
        <section aria-labelledby="evaluation" className={fr.cx('fr-mb-3w')}>
          <h3 id="evaluation" className={fr.cx('fr-h6', 'fr-mb-1w')}>
            Bilan de l’habilitation en cours
          </h3>
          <p>
            {request.evaluation.prescriptionsCount !== null
              ? `${formatNumber(request.evaluation.prescriptionsCount)} prescriptions`
              : 'Prescriptions non comptées'}
            {request.evaluation.since ? ` depuis le ${formatDate(request.evaluation.since)}` : ''}.
          </p>
          {request.evaluation.notes ? <p>{request.evaluation.notes}</p> : null}
        </section>
      ) : null}

      <h2 className={fr.cx('fr-h4', 'fr-mt-4w')}>Pièces jointes</h2>
      <Documents request={request} />

      <h2 className={fr.cx('fr-h4', 'fr-mt-4w')}>Échanges avec l’organisation</h2>
      {request.messages.length === 0 ? (
        <p className="iae-empty">Aucun échange.</p>
      ) : (
        <ul>
          {request.messages.map((m) => (
            <li key={m.id}>
              <strong>{m.kind === 'information_request' ? 'Question de la DDETS' : 'Réponse de l’organisation'}</strong> ({formatDateTime(m.at)}) : {m.body}
            </li>
          ))}
        </ul>
      )}

      {can('requestInformation') || can('recordCdiaeOpinion') || can('grant') || can('refuse') || habilitationRuns(request) || done ? (
        <h2 className={fr.cx('fr-h4', 'fr-mt-4w')}>Instruction</h2>
      ) : null}
      {done ? (
        <div ref={doneRef} tabIndex={-1} role="status" className={fr.cx('fr-mb-4w')}>
          <Alert severity="success" small description={done.message} />
        </div>
      ) : null}
      {can('requestInformation') ? <InformationForm request={request} onDone={setDone} /> : null}
      {can('recordCdiaeOpinion') ? <CdiaeForm request={request} onDone={setDone} /> : null}
      {can('grant') ? <GrantForm request={request} onDone={setDone} /> : null}
      {can('refuse') ? <RefusalForm request={request} onDone={setDone} /> : null}
      {!withdrawn && habilitationRuns(request) ? (
        <WithdrawalForm
          request={request}
          onDone={(message) => {
            setWithdrawn(true);
            setDone(message);
          }}
        />
      ) : null}

      <h2 className={fr.cx('fr-h4', 'fr-mt-4w')}>Historique</h2>
      <ul>
        {request.history.map((h, i) => (
          <li key={i}>
            {formatDateTime(h.at)} : {HISTORY[h.action] ?? h.action}
          </li>
        ))}
      </ul>
    </>
  );
}

function Documents({ request }: { request: Request }) {
  const [failed, setFailed] = useState<string | null>(null);
  if (request.documents.length === 0) return <p className="iae-empty">Aucune pièce jointe.</p>;
  // The file needs the session's token: fetched, then handed to the browser as a download.
  const download = async (document: Request['documents'][number]) => {
    setFailed(null);
    const { data, response } = await api.GET('/api/habilitation-requests/{requestId}/documents/{documentId}', {
      params: { path: { requestId: request.id, documentId: document.id }, header: asOrganization() } as never,
      parseAs: 'blob',
    });
    if (!response.ok || !data) {
      setFailed(`La pièce « ${document.label} » n’a pas pu être téléchargée.`);
      return;
    }
    const url = URL.createObjectURL(data as Blob);
    const link = window.document.createElement('a');
    link.href = url;
    link.download = document.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  return (
    <>
      {failed ? <Alert severity="error" small description={failed} className={fr.cx('fr-mb-2w')} /> : null}
      <ul>
        {request.documents.map((d) => (
          <li key={d.id}>
            {d.label} ({d.fileName}, {formatNumber(Math.max(1, Math.round(d.size / 1024)))} ko){' '}
            <Button priority="tertiary" size="small" iconId="fr-icon-download-line" onClick={() => void download(d)} title={`Télécharger ${d.label}`}>
              Télécharger
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Says what a decision did, above the instruction's forms. */
type Done = (message: string) => void;

function useRefresh(requestId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: ['habilitation-request', requestId] });
    await queryClient.invalidateQueries({ queryKey: ['habilitation-board'] });
    await queryClient.invalidateQueries({ queryKey: ['habilitation-requests'] });
  };
}

function InformationForm({ request, onDone }: { request: Request; onDone: Done }) {
  const refresh = useRefresh(request.id);
  const write = useWriteHeaders();
  const form = useForm({ defaultValues: { message: '' } });
  const send = useSubmit(form, async (v) => {
    await unwrap(
      api.POST('/api/habilitation-requests/{requestId}/information-requests', {
        params: { path: { requestId: request.id }, header: write.headers() },
        body: v,
      }),
    );
    write.done();
    form.reset();
    await refresh();
    onDone('La question est envoyée à l’organisation.');
  });
  return (
    <form onSubmit={send.onSubmit} noValidate aria-labelledby="informations" className={fr.cx('fr-mb-4w')}>
      <h3 id="informations" className={fr.cx('fr-h6')}>
        Demander des informations
      </h3>
      <FormFailure failure={send.failure} />
      <Input label="Votre question à l’organisation" textArea nativeTextAreaProps={form.register('message')} {...fieldState(form, 'message')} />
      <SubmitButton busy={form.formState.isSubmitting} priority="secondary">
        Demander des informations
      </SubmitButton>
    </form>
  );
}

function CdiaeForm({ request, onDone }: { request: Request; onDone: Done }) {
  const refresh = useRefresh(request.id);
  const write = useWriteHeaders();
  const form = useForm({ defaultValues: { on: request.cdiaeOpinion?.on ?? '', opinion: request.cdiaeOpinion?.opinion ?? '' } });
  const send = useSubmit(form, async (v) => {
    await unwrap(
      api.POST('/api/habilitation-requests/{requestId}/cdiae-opinion', {
        params: { path: { requestId: request.id }, header: write.headers() },
        body: { on: v.on, ...(v.opinion ? { opinion: v.opinion as 'favorable' } : {}) },
      }),
    );
    write.done();
    await refresh();
    onDone('L’avis du CDIAE est enregistré.');
  });
  return (
    <form onSubmit={send.onSubmit} noValidate aria-labelledby="cdiae" className={fr.cx('fr-mb-4w')}>
      <h3 id="cdiae" className={fr.cx('fr-h6')}>
        Avis du CDIAE
      </h3>
      <FormFailure failure={send.failure} />
      <Input label="Date de l’avis" nativeInputProps={{ ...form.register('on'), type: 'date' }} {...fieldState(form, 'on')} />
      <Select label="Avis" nativeSelectProps={form.register('opinion')} {...fieldState(form, 'opinion')}>
        <option value="">Non précisé</option>
        <option value="favorable">Favorable</option>
        <option value="reserved">Réservé</option>
        <option value="unfavorable">Défavorable</option>
      </Select>
      <SubmitButton busy={form.formState.isSubmitting} priority="secondary">
        Enregistrer l’avis du CDIAE
      </SubmitButton>
    </form>
  );
}

function GrantForm({ request, onDone }: { request: Request; onDone: Done }) {
  const refresh = useRefresh(request.id);
  const write = useWriteHeaders();
  const form = useForm({ defaultValues: { decisionReference: '', decisionOn: '', validUntil: '' } });
  const send = useSubmit(form, async (v) => {
    await unwrap(
      api.POST('/api/habilitation-requests/{requestId}/grant', {
        params: { path: { requestId: request.id }, header: write.headers() },
        body: { decisionReference: v.decisionReference, validUntil: v.validUntil, ...(v.decisionOn ? { decisionOn: v.decisionOn } : {}) },
      }),
    );
    write.done();
    await refresh();
    onDone('L’habilitation est accordée ; l’organisation en est informée.');
  });
  // A refusal for want of the CDIAE's opinion no longer holds once the opinion is recorded: it leaves the form.
  const opinionOn = request.cdiaeOpinion?.on ?? null;
  const [seenOpinion, setSeenOpinion] = useState(opinionOn);
  if (opinionOn !== seenOpinion) {
    setSeenOpinion(opinionOn);
    send.clearFailure();
  }
  return (
    <form onSubmit={send.onSubmit} noValidate aria-labelledby="accorder" className={fr.cx('fr-mb-4w')}>
      <h3 id="accorder" className={fr.cx('fr-h6')}>
        Accorder l’habilitation
      </h3>
      {!request.cdiaeOpinion ? <p>L’habilitation s’accorde après l’avis du CDIAE.</p> : null}
      <FormFailure failure={send.failure} />
      <Input
        label="Référence de l’arrêté"
        hintText="Par exemple : arrêté préfectoral n° 69-2026-11-23-004"
        nativeInputProps={form.register('decisionReference')}
        {...fieldState(form, 'decisionReference')}
      />
      <Input
        label="Date de la décision"
        hintText="Aujourd’hui si vous la laissez vide."
        nativeInputProps={{ ...form.register('decisionOn'), type: 'date' }}
        {...fieldState(form, 'decisionOn')}
      />
      <Input
        label="Dernier jour de l’habilitation"
        hintText="Au plus 5 ans après la décision."
        nativeInputProps={{ ...form.register('validUntil'), type: 'date' }}
        {...fieldState(form, 'validUntil')}
      />
      <SubmitButton busy={form.formState.isSubmitting}>Accorder l’habilitation</SubmitButton>
    </form>
  );
}

function RefusalForm({ request, onDone }: { request: Request; onDone: Done }) {
  const refresh = useRefresh(request.id);
  const write = useWriteHeaders();
  return (
    <ReasonForm
      id="refuser"
      title="Refuser l’habilitation"
      label="Motif du refus"
      send={async (body) => {
        await unwrap(
          api.POST('/api/habilitation-requests/{requestId}/refusal', { params: { path: { requestId: request.id }, header: write.headers() }, body }),
        );
        write.done();
        await refresh();
        onDone('L’habilitation est refusée ; l’organisation en est informée.');
      }}
    />
  );
}

function WithdrawalForm({ request, onDone }: { request: Request; onDone: Done }) {
  const refresh = useRefresh(request.id);
  const write = useWriteHeaders();
  return (
    <ReasonForm
      id="retirer"
      title="Retirer l’habilitation"
      label="Motif du retrait"
      intro="Les membres de l’organisation ne pourront plus valider l’éligibilité des personnes."
      send={async (body) => {
        await unwrap(
          api.POST('/api/prescriber-organizations/{organizationId}/habilitation-withdrawal', {
            params: { path: { organizationId: request.organization.id }, header: write.headers() },
            body,
          }),
        );
        write.done();
        onDone('Habilitation retirée : l’organisation en est informée.');
        await refresh();
      }}
    />
  );
}

/** A decision the organisation is told the reason of (refusal, withdrawal). */
function ReasonForm({
  id,
  title,
  label,
  intro,
  send,
}: {
  id: string;
  title: string;
  label: string;
  intro?: string;
  send: (body: { reason: string }) => Promise<void>;
}) {
  const form = useForm({ defaultValues: { reason: '' } });
  const submit = useSubmit(form, send);
  return (
    <form onSubmit={submit.onSubmit} noValidate aria-labelledby={id} className={fr.cx('fr-mb-4w')}>
      <h3 id={id} className={fr.cx('fr-h6')}>
        {title}
      </h3>
      {intro ? <p>{intro}</p> : null}
      <FormFailure failure={submit.failure} />
      <Input label={label} hintText="Il est envoyé à l’organisation." textArea nativeTextAreaProps={form.register('reason')} {...fieldState(form, 'reason')} />
      <SubmitButton busy={form.formState.isSubmitting} priority="secondary">
        {title}
      </SubmitButton>
    </form>
  );
}
