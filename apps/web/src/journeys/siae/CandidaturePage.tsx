import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { DefaultValues, FieldValues } from 'react-hook-form';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, asOrganization, unwrap, type Schemas } from '../../api/client';
import { TextField } from '../../ui/fields';
import { formatDate, formatDateTime, ofName } from '../../ui/format';
import { fieldState, fieldStateExplained, FormFailure, SubmitButton } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { useSession } from '../../api/session';
import { Combobox, type Option } from '../../ui/Combobox';
import { structuresNear } from '../prescriber/SendCandidaturePage';
import { StateBadge } from '../prescriber/SentCandidaturesPage';
import { senderKindLabel, TRANSITIONS } from './labels';
import { Section, useActionPanel, useWriteForm, WriteForm, type WriteHeaders } from './parts';

type Candidature = Schemas['CandidatureDto'];
type Action = 'postpone' | 'add_to_pool' | 'refuse' | 'accept' | 'change_hiring_dates' | 'cancel' | 'transfer' | 'external_transfer';

export function CandidaturePage() {
  const { candidatureId = '' } = useParams();
  const [params] = useSearchParams();
  const back = params.get('retour');
  const candidature = useQuery({
    queryKey: ['candidature', candidatureId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/candidatures/{candidatureId}', { params: { path: { candidatureId }, header: asOrganization() }, signal })),
  });
  const c = candidature.data;
  return (
    <Page title={c ? `Candidature ${ofName(`${c.candidate.firstName} ${c.candidate.lastName}`)}` : 'Candidature'} wide>
      <p>
        <Link className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')} to={`/siae/candidatures${back ? `?${back}` : ''}`}>
          Retour aux candidatures reçues
        </Link>
      </p>
      <QueryState query={candidature}>
        {(c) => (
          <>
            <p>
              <StateBadge candidature={c} /> <span className="iae-meta">Reçue le {formatDateTime(c.createdAt)}</span>
            </p>
            <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
              <div className={fr.cx('fr-col-12', 'fr-col-lg-7')}>
                <Candidate candidature={c} />
                <Sender candidature={c} />
                <Eligibility candidature={c} />
                <History candidatureId={c.id} />
              </div>
              <div className={fr.cx('fr-col-12', 'fr-col-lg-5')}>
                <Decision candidature={c} />
                <Actions candidature={c} />
              </div>
            </div>
          </>
        )}
      </QueryState>
    </Page>
  );
}

function Candidate({ candidature }: { candidature: Candidature }) {
  const candidateId = candidature.candidate.id;
  const file = useQuery({
    queryKey: ['candidate', candidateId],
    retry: false,
    queryFn: ({ signal }) => unwrap(api.GET('/api/candidates/{candidateId}', { params: { path: { candidateId }, header: asOrganization() }, signal })),
  });
  const f = file.data;
  return (
    <Section id="candidat" title="La personne">
      <dl>
        <dt className={fr.cx('fr-text--bold')}>Nom</dt>
        <dd>
          {candidature.candidate.firstName} {candidature.candidate.lastName}
        </dd>
        <dt className={fr.cx('fr-text--bold')}>Date de naissance</dt>
        <dd>{formatDate(candidature.candidate.birthDate)}</dd>
        {f ? (
          <>
            <dt className={fr.cx('fr-text--bold')}>Contact</dt>
            <dd>{[f.email, f.phone].filter(Boolean).join(' · ') || 'Aucun'}</dd>
            <dt className={fr.cx('fr-text--bold')}>Adresse</dt>
            <dd>{f.address ? `${f.address.line}, ${f.address.postalCode} ${f.address.communeName}` : 'Non renseignée'}</dd>
          </>
        ) : null}
      </dl>
    </Section>
  );
}

function Sender({ candidature: c }: { candidature: Candidature }) {
  return (
    <Section id="emetteur" title="La candidature">
      <dl>
        <dt className={fr.cx('fr-text--bold')}>Envoyée par</dt>
        <dd>
          {[c.sender.userName, c.sender.organization?.name].filter(Boolean).join(', ') || '—'} ({senderKindLabel(c.sender)})
        </dd>
        <dt className={fr.cx('fr-text--bold')}>Fiches de poste</dt>
        <dd>{c.jobDescriptions.length ? c.jobDescriptions.map((j) => j.title).join(', ') : 'Candidature spontanée'}</dd>
        <dt className={fr.cx('fr-text--bold')}>Message</dt>
        <dd style={{ whiteSpace: 'pre-line' }}>{c.message}</dd>
        <dt className={fr.cx('fr-text--bold')}>CV</dt>
        <dd>{c.hasResume ? 'Joint à la candidature' : 'Aucun'}</dd>
      </dl>
    </Section>
  );
}

/** The API's answer to « may this SIAE hire this person today? », with its reasons when not. */
function Eligibility({ candidature: c }: { candidature: Candidature }) {
  const answer = useQuery({
    queryKey: ['eligibility', c.candidate.id, c.employer.id],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/candidates/{candidateId}/eligibility', {
          params: { path: { candidateId: c.candidate.id }, query: { employer: c.employer.id }, header: asOrganization() },
          signal,
        }),
      ),
  });
  return (
    <Section id="eligibilite" title="Éligibilité à l’IAE">
      <QueryState query={answer}>
        {(a: Schemas['EligibilityAnswerDto']) =>
          !a.required ? (
            <p>Votre structure n’a pas à vérifier l’éligibilité à l’IAE.</p>
          ) : a.eligible ? (
            <>
              <p>
                <Badge as="span" severity="success">
                  Éligible
                </Badge>{' '}
                {basisText(a)}
                {a.validUntil ? `, valable jusqu’au ${formatDate(a.validUntil)}` : ''}.
              </p>
              {c.eligibilityValidatedBySender ? (
                <p className="iae-meta">Éligibilité validée par le prescripteur habilité qui a envoyé la candidature.</p>
              ) : null}
            </>
          ) : (
            <>
              <p>
                <Badge as="span" severity="warning">
                  Non éligible aujourd’hui
                </Badge>
              </p>
              <p>Pourquoi :</p>
              <ul>
                {a.reasons.map((r) => (
                  <li key={r.code}>{r.message}</li>
                ))}
              </ul>
              {a.requirement ? (
                <p className="iae-meta">
                  Pour valider vous-même l’éligibilité : {a.requirement.level1} critère de niveau 1, ou {a.requirement.level2} critères de niveau 2, avec leurs
                  justificatifs.
                </p>
              ) : null}
            </>
          )
        }
      </QueryState>
    </Section>
  );
}

function basisText(a: Schemas['EligibilityAnswerDto']): string {
  const b = a.basis;
  if (!b) return '';
  if (b.kind === 'passIae') return 'Grâce à un PASS IAE en cours';
  if (b.kind === 'prescriberDiagnosis')
    return `Selon le diagnostic ${ofName(b.authorOrganizationName ?? 'un prescripteur habilité')} du ${formatDate(b.createdOn)}`;
  if (b.kind === 'employerDiagnosis') return `Selon le diagnostic ${ofName(b.authorOrganizationName ?? 'votre structure')} du ${formatDate(b.createdOn)}`;
  return '';
}

function History({ candidatureId }: { candidatureId: string }) {
  const history = useQuery({
    queryKey: ['candidature-history', candidatureId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/candidatures/{candidatureId}/history', { params: { path: { candidatureId }, header: asOrganization() }, signal })),
  });
  return (
    <Section id="historique" title="Historique">
      <QueryState query={history} isEmpty={(h) => h.length === 0} empty="Aucun changement depuis l’envoi.">
        {(entries: Schemas['HistoryEntryDto'][]) => (
          <Table
            caption="Changements d’état, du plus ancien au plus récent"
            noCaption
            headers={['Date', 'Changement', 'Par', 'Commentaire']}
            data={entries.map((e) => [formatDateTime(e.at), TRANSITIONS[e.transition] ?? e.transition, e.by ?? '—', e.comment ?? '—'])}
          />
        )}
      </QueryState>
    </Section>
  );
}

/** What the employer answered, the hire and its PASS IAE. */
function Decision({ candidature: c }: { candidature: Candidature }) {
  if (!c.answer && !c.refusalReason && !c.hiring && !c.passIae) return null;
  return (
    <Section id="decision" title="Votre réponse">
      <dl>
        {c.refusalReason ? (
          <>
            <dt className={fr.cx('fr-text--bold')}>Motif du refus</dt>
            <dd>{c.refusalReason.label}</dd>
          </>
        ) : null}
        {c.answer ? (
          <>
            <dt className={fr.cx('fr-text--bold')}>Message à la personne</dt>
            <dd>{c.answer}</dd>
          </>
        ) : null}
        {c.answerToPrescriber ? (
          <>
            <dt className={fr.cx('fr-text--bold')}>Message à l’accompagnateur</dt>
            <dd>{c.answerToPrescriber}</dd>
          </>
        ) : null}
        {c.hiring ? (
          <>
            <dt className={fr.cx('fr-text--bold')}>Contrat</dt>
            <dd>
              Du {formatDate(c.hiring.start)}
              {c.hiring.end ? ` au ${formatDate(c.hiring.end)}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      {c.passIae ? (
        <div className={fr.cx('fr-callout', 'fr-mb-3w')}>
          <h3 className={fr.cx('fr-callout__title', 'fr-h5')}>PASS IAE {c.passIae.number}</h3>
          <p className={fr.cx('fr-callout__text')}>
            Valable du {formatDate(c.passIae.startDate)} au {formatDate(c.passIae.endDate)}.
          </p>
          <Link className={fr.cx('fr-btn', 'fr-btn--secondary', 'fr-mt-2w')} to={`/siae/pass-iae/${c.passIae.number}`}>
            Gérer le PASS IAE {c.passIae.number}
          </Link>
        </div>
      ) : null}
    </Section>
  );
}

/** The moves the API allows now; each opens its form, sends once (button disabled meanwhile) with an Idempotency-Key. */
function Actions({ candidature: c }: { candidature: Candidature }) {
  const allowed = new Set(c.allowedTransitions ?? []);
  const { open, setOpen, finished, doneAlert, trigger, formRef } = useActionPanel<Action>();
  const buttons: Array<{ action: Action; label: string }> = [
    { action: 'accept', label: 'Accepter la candidature' },
    { action: 'postpone', label: 'Mettre en attente' },
    { action: 'add_to_pool', label: 'Garder dans le vivier' },
    { action: 'refuse', label: 'Décliner la candidature' },
    { action: 'change_hiring_dates', label: 'Changer les dates d’embauche' },
    { action: 'cancel', label: 'Annuler l’embauche' },
    { action: 'transfer', label: 'Transférer à une autre de mes structures' },
    { action: 'external_transfer', label: 'Orienter vers une autre structure' },
  ];
  const { me } = useSession();
  const otherStructures = (me?.memberships ?? []).filter((m) => m.organization.family === 'employer' && m.organization.id !== c.employer.id);
  const offered = buttons.filter((b) => allowed.has(b.action) && (b.action !== 'transfer' || otherStructures.length > 0));
  return (
    <Section id="actions" title="Répondre">
      {doneAlert}
      {!allowed.size ? <p>Aucune action possible sur cette candidature.</p> : null}
      {allowed.has('process') ? <ProcessButton candidature={c} onDone={finished} /> : null}
      {open === null ? (
        <ul className={fr.cx('fr-btns-group', 'fr-btns-group--left')}>
          {offered.map((b) => (
            <li key={b.action}>
              <Button priority={b.action === 'accept' ? 'primary' : 'secondary'} {...trigger(b.action)}>
                {b.label}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <div ref={formRef}>
          {open === 'accept' ? <AcceptForm candidature={c} onDone={finished} /> : null}
          {open === 'postpone' ? <PostponeForm candidature={c} onDone={finished} /> : null}
          {open === 'add_to_pool' ? <PoolForm candidature={c} onDone={finished} /> : null}
          {open === 'refuse' ? <RefuseForm candidature={c} onDone={finished} /> : null}
          {open === 'change_hiring_dates' ? <HiringDatesForm candidature={c} onDone={finished} /> : null}
          {open === 'cancel' ? <CancelForm candidature={c} onDone={finished} /> : null}
          {open === 'transfer' ? <TransferForm candidature={c} onDone={finished} structures={otherStructures.map((m) => m.organization)} /> : null}
          {open === 'external_transfer' ? <ExternalTransferForm candidature={c} onDone={finished} /> : null}
          <Button priority="tertiary" className={fr.cx('fr-mt-2w')} onClick={() => setOpen(null)}>
            Revenir aux actions
          </Button>
        </div>
      )}
    </Section>
  );
}

/** Refreshes what the move changed: the candidature, its history, the inbox and its counts. */
function useAfterMove(candidatureId: string) {
  const queryClient = useQueryClient();
  return async (moved: Candidature) => {
    queryClient.setQueryData(['candidature', candidatureId], moved);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['candidature-history', candidatureId] }),
      queryClient.invalidateQueries({ queryKey: ['inbox'] }),
      queryClient.invalidateQueries({ queryKey: ['inbox-counts'] }),
      queryClient.invalidateQueries({ queryKey: ['eligibility'] }),
    ]);
  };
}

type FormProps = { candidature: Candidature; onDone: (message: string, severity?: 'success' | 'warning') => void };
/** A move: its form, then what the move changed refreshed and said. */
function useMoveForm<T extends FieldValues>(
  { candidature, onDone }: FormProps,
  defaultValues: DefaultValues<T>,
  send: (values: T, header: WriteHeaders) => Promise<{ data?: Candidature; error?: unknown; response: Response }>,
  message: (moved: Candidature) => string,
) {
  const after = useAfterMove(candidature.id);
  const queryClient = useQueryClient();
  return useWriteForm<T, Candidature>(
    defaultValues,
    async (values, header) => {
      const result = await send(values, header);
      // Moved meanwhile (another tab, a colleague): the page shows where it is now, and says that nothing was done.
      if (
        result.response.status === 409 &&
        (CHANGED_MEANWHILE as readonly string[]).includes((result.error as { type?: string })?.type?.split('/').pop() ?? '')
      ) {
        await queryClient.invalidateQueries({ queryKey: ['candidature', candidature.id] });
        const now = queryClient.getQueryData<Candidature>(['candidature', candidature.id]);
        onDone(
          `Rien n’a été fait : la candidature a changé entre-temps (dans un autre onglet, ou par un membre de votre équipe)${now ? ` ; elle est maintenant « ${now.stateLabel} »` : ''}.`,
          'warning',
        );
      }
      return result;
    },
    async (moved) => {
      await after(moved);
      onDone(message(moved));
    },
  );
}

const CHANGED_MEANWHILE = ['candidature-changed', 'candidature-transition-not-allowed'] as const;

const path = (c: Candidature) => ({ candidatureId: c.id });

function ProcessButton(props: FormProps) {
  const move = useMoveForm(
    props,
    {},
    (_, header) => api.POST('/api/candidatures/{candidatureId}/processing', { params: { path: path(props.candidature), header } }),
    () => 'La candidature est à l’étude.',
  );
  return (
    <form onSubmit={move.submit.onSubmit} className={fr.cx('fr-mb-2w')}>
      <FormFailure failure={move.submit.failure} />
      <SubmitButton busy={move.form.formState.isSubmitting}>Mettre à l’étude</SubmitButton>
    </form>
  );
}

function PostponeForm(props: FormProps) {
  const move = useMoveForm(
    props,
    { comment: '', answer: '' },
    (v, header) =>
      api.POST('/api/candidatures/{candidatureId}/postponement', {
        params: { path: path(props.candidature), header },
        body: { comment: v.comment, answer: v.answer || null, expectedState: props.candidature.state },
      }),
    () => 'La candidature est en attente.',
  );
  return (
    <WriteForm id="titre-attente" marksRequired title="Mettre en attente" write={move} submitLabel="Confirmer la mise en attente">
      <TextField form={move.form} name="comment" label="Pourquoi la mettre en attente ? *" hint="Lu par l’accompagnateur." textArea required />
      <TextField form={move.form} name="answer" label="Message à la personne (facultatif)" textArea />
    </WriteForm>
  );
}

function PoolForm(props: FormProps) {
  const move = useMoveForm(
    props,
    { answer: '' },
    (v, header) =>
      api.POST('/api/candidatures/{candidatureId}/pool', {
        params: { path: path(props.candidature), header },
        body: { answer: v.answer || null, expectedState: props.candidature.state },
      }),
    () => 'La candidature est dans le vivier.',
  );
  return (
    <WriteForm id="titre-vivier" title="Garder dans le vivier" write={move} submitLabel="Confirmer l’ajout au vivier">
      <TextField form={move.form} name="answer" label="Message à la personne (facultatif)" textArea />
    </WriteForm>
  );
}

function RefuseForm(props: FormProps) {
  const { candidature } = props;
  const reasons = useQuery({
    queryKey: ['refusal-reasons', candidature.employer.kind],
    queryFn: ({ signal }) => unwrap(api.GET('/api/refusal-reasons', { params: { query: { employerKind: candidature.employer.kind } }, signal })),
  });
  const move = useMoveForm(
    props,
    { reason: '', answer: '', answerToPrescriber: '' },
    (v, header) =>
      api.POST('/api/candidatures/{candidatureId}/refusal', {
        params: { path: path(candidature), header },
        body: {
          reason: v.reason as never,
          answer: v.answer || null,
          answerToPrescriber: v.answerToPrescriber || null,
          expectedState: props.candidature.state,
        },
      }),
    () => 'La candidature est déclinée ; la personne et l’émetteur sont prévenus.',
  );
  const form = move.form;
  const chosen = reasons.data?.find((r) => r.key === form.watch('reason'));
  return (
    <WriteForm id="titre-refus" marksRequired title="Décliner la candidature" write={move} submitLabel="Confirmer le refus">
      <Select
        label="Motif du refus *"
        hint="Jamais montré à la personne."
        nativeSelectProps={{ ...form.register('reason', { required: 'Choisissez un motif de refus.' }), required: true }}
        {...fieldStateExplained(form, 'reason', reasons.isError ? 'La liste des motifs n’a pas pu être chargée ; rechargez la page pour réessayer.' : null)}
      >
        <option value="">{reasons.isPending ? 'Chargement des motifs…' : 'Choisir un motif'}</option>
        {(reasons.data ?? []).map((r) => (
          <option key={r.key} value={r.key}>
            {r.label}
          </option>
        ))}
      </Select>
      <TextField
        form={form}
        name="answer"
        label={chosen?.needsMessage ? 'Message à la personne *' : 'Message à la personne (facultatif)'}
        hint="Envoyé à la personne et à son accompagnateur."
        textArea
        required={chosen?.needsMessage}
      />
      <TextField
        form={form}
        name="answerToPrescriber"
        label="Message à l’émetteur (facultatif)"
        hint="Commentaire privé, jamais envoyé à la personne."
        textArea
      />
    </WriteForm>
  );
}

function AcceptForm(props: FormProps) {
  const { candidature } = props;
  const move = useMoveForm(
    props,
    { hiringStart: '', hiringEnd: '', hiredJobDescriptionId: candidature.jobDescriptions[0]?.id ?? '', answer: '' },
    (v, header) =>
      api.POST('/api/candidatures/{candidatureId}/acceptance', {
        params: { path: path(candidature), header },
        body: {
          hiringStart: v.hiringStart,
          hiringEnd: v.hiringEnd || null,
          hiredJobDescriptionId: v.hiredJobDescriptionId || null,
          answer: v.answer || null,
          expectedState: props.candidature.state,
        },
      }),
    (moved) => (moved.passIae ? `Embauche enregistrée : PASS IAE ${moved.passIae.number}.` : 'Embauche enregistrée.'),
  );
  const form = move.form;
  return (
    <WriteForm id="titre-embauche" marksRequired title="Accepter la candidature" write={move} submitLabel="Confirmer l’embauche">
      <TextField form={form} name="hiringStart" label="Premier jour du contrat *" hint="Pas dans le passé, au plus tard dans 6 mois." type="date" required />
      <TextField form={form} name="hiringEnd" label="Dernier jour du contrat (facultatif)" type="date" />
      {candidature.jobDescriptions.length ? (
        <Select label="Poste occupé" nativeSelectProps={form.register('hiredJobDescriptionId')} {...fieldState(form, 'hiredJobDescriptionId')}>
          <option value="">Non précisé</option>
          {candidature.jobDescriptions.map((j) => (
            <option key={j.id} value={j.id}>
              {j.title}
            </option>
          ))}
        </Select>
      ) : null}
      <TextField form={form} name="answer" label="Message à la personne (facultatif)" textArea />
    </WriteForm>
  );
}

function HiringDatesForm(props: FormProps) {
  const { candidature } = props;
  const move = useMoveForm(
    props,
    { hiringStart: candidature.hiring?.start ?? '', hiringEnd: candidature.hiring?.end ?? '' },
    (v, header) =>
      api.POST('/api/candidatures/{candidatureId}/hiring-dates', {
        params: { path: path(candidature), header },
        body: { hiringStart: v.hiringStart, hiringEnd: v.hiringEnd || null },
      }),
    () => 'Les dates de l’embauche sont changées ; le PASS IAE suit.',
  );
  return (
    <WriteForm id="titre-dates" marksRequired title="Changer les dates d’embauche" write={move} submitLabel="Enregistrer les dates">
      <TextField
        form={move.form}
        name="hiringStart"
        label="Nouveau premier jour *"
        hint="Pas dans le passé, au plus 30 jours après le début prévu."
        type="date"
        required
      />
      <TextField form={move.form} name="hiringEnd" label="Nouveau dernier jour (facultatif)" type="date" />
    </WriteForm>
  );
}

function CancelForm(props: FormProps) {
  const move = useMoveForm(
    props,
    { comment: '' },
    (v, header) =>
      api.POST('/api/candidatures/{candidatureId}/cancellation', {
        params: { path: path(props.candidature), header },
        body: { comment: v.comment || null, expectedState: props.candidature.state },
      }),
    () => 'L’embauche est annulée.',
  );
  return (
    <WriteForm id="titre-annulation" title="Annuler l’embauche" write={move} submitLabel="Confirmer l’annulation">
      <p>Possible jusqu’au premier jour du contrat. Le PASS IAE délivré pour cette embauche est rendu si aucune autre ne l’utilise.</p>
      <TextField form={move.form} name="comment" label="Pourquoi annuler ? (facultatif)" textArea />
    </WriteForm>
  );
}

function TransferForm(props: FormProps & { structures: Array<{ id: string; name: string }> }) {
  const move = useMoveForm(
    props,
    { employerId: props.structures[0]?.id ?? '' },
    (v, header) =>
      api.POST('/api/candidatures/{candidatureId}/transfer', { params: { path: path(props.candidature), header }, body: { employerId: v.employerId } }),
    (moved) => `La candidature est transférée à ${moved.employer.name}, où elle repart comme nouvelle.`,
  );
  return (
    <WriteForm id="titre-transfert" marksRequired title="Transférer à une autre de mes structures" write={move} submitLabel="Transférer la candidature">
      <Select label="Structure *" nativeSelectProps={{ ...move.form.register('employerId'), required: true }} {...fieldState(move.form, 'employerId')}>
        {props.structures.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </Select>
    </WriteForm>
  );
}

/** A declined candidature sent on to another structure, near the person, as a new candidature of this SIAE. */
function ExternalTransferForm(props: FormProps) {
  const candidate = useQuery({
    queryKey: ['candidate', props.candidature.candidate.id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/candidates/{candidateId}', { params: { path: { candidateId: props.candidature.candidate.id }, header: asOrganization() }, signal })),
  });
  const [structure, setStructure] = useState<Option | null>(null);
  const move = useMoveForm(
    props,
    { employerId: '', message: '' },
    (v, header) =>
      api.POST('/api/candidatures/{candidatureId}/external-transfer', {
        params: { path: path(props.candidature), header },
        body: { employerId: structure?.value ?? '', message: v.message || null },
      }),
    () => `La candidature est envoyée à ${structure?.label ?? 'la structure choisie'}.`,
  );
  const commune = candidate.data?.address?.communeCode;
  return (
    <WriteForm
      id="titre-orientation"
      marksRequired
      title="Orienter vers une autre structure"
      write={move}
      submitLabel="Envoyer la candidature à cette structure"
    >
      {commune ? (
        <Combobox
          label="Structure *"
          required
          hint={`Son nom ; à 100 km au plus ${ofName(candidate.data?.address?.communeName ?? '')}`}
          name="employerId"
          queryKey={`structures-${commune}`}
          selected={structure}
          search={structuresNear(commune)}
          onSelect={setStructure}
          error={fieldState(move.form, 'employerId').stateRelatedMessage}
        />
      ) : (
        <p>L’adresse de la personne n’est pas renseignée : la recherche de structures autour d’elle est impossible.</p>
      )}
      <TextField form={move.form} name="message" label="Message (facultatif)" hint="Par défaut, le message de la candidature d’origine." textArea />
    </WriteForm>
  );
}
