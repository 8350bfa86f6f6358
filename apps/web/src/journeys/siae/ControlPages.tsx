import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import { api, asOrganization, unwrap, type Schemas } from '../../api/client';
import { formatDate, formatDateTime, ofName } from '../../ui/format';
import { fieldState, FormFailure, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { sendFile } from '../../ui/upload';
import { useWriteHeaders } from '../../api/writes';
import { Section, useActionPanel } from './parts';

type Evaluation = Schemas['ControlEvaluationDto'];
type Hire = Schemas['ControlledHireDto'];
type Criterion = Schemas['ControlledCriterionDto'];

/** How the API's states read for the SIAE. */
const EVALUATION_STATES: Record<Evaluation['state'], { label: string; severity: 'info' | 'success' | 'warning' | 'error' | 'new' }> = {
  pending: { label: 'Justificatifs à déposer', severity: 'new' },
  submittable: { label: 'Prêt à transmettre', severity: 'info' },
  submitted: { label: 'Transmis, en cours d’examen', severity: 'info' },
  refused: { label: 'Refusé : phase contradictoire à venir', severity: 'warning' },
  adversarial: { label: 'Phase contradictoire', severity: 'warning' },
  resubmitted: { label: 'Transmis à nouveau, en cours d’examen', severity: 'info' },
  closed: { label: 'Clos', severity: 'success' },
};

/** The state badge; a closed control reads with its final decision. */
function stateOf(e: Evaluation): { label: string; severity: 'info' | 'success' | 'warning' | 'error' | 'new' } {
  if (e.state === 'closed' && e.final)
    return e.final.state === 'accepted' ? { label: 'Clos : accepté', severity: 'success' } : { label: 'Clos : refusé', severity: 'error' };
  return EVALUATION_STATES[e.state];
}

const HIRE_STATES: Record<Hire['state'], string> = {
  pending: 'Justificatifs à déposer',
  uploaded: 'Justificatifs déposés',
  submitted: 'Transmis',
  reviewed: 'Examiné',
  refused: 'Refusé',
  refused_2: 'Refusé deux fois',
  accepted: 'Accepté',
};

const PHASES = { 1: 'transmission', 2: 'phase contradictoire' } as const;

const evaluationKey = (id: string) => ['control-evaluation', id];

/** The controls of the SIAE: those it was told of, with their state and deadline. */
export function ControlsPage() {
  const list = useQuery({
    queryKey: ['control-evaluations'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/control-evaluations', { params: { header: asOrganization() } as never, signal })),
  });
  return (
    <Page
      title="Contrôle a posteriori"
      intro={
        <p>
          La DDETS contrôle une partie des embauches en auto-prescription : pour chaque critère d’éligibilité retenu, déposez un justificatif, puis
          transmettez-les.
        </p>
      }
    >
      <QueryState query={list} isEmpty={(l: Evaluation[]) => l.length === 0} empty="Aucun contrôle en cours pour votre structure.">
        {(l: Evaluation[]) => (
          <ul className={fr.cx('fr-raw-list')}>
            {l.map((e) => (
              <li key={e.id} className={fr.cx('fr-mb-3w')}>
                <div className={fr.cx('fr-card', 'fr-card--horizontal', 'fr-enlarge-link')}>
                  <div className={fr.cx('fr-card__body')}>
                    <div className={fr.cx('fr-card__content')}>
                      <h2 className={fr.cx('fr-card__title')}>
                        <Link to={`/siae/controles/${e.id}`}>
                          {e.campaign.name} — {e.campaign.institutionName}
                        </Link>
                      </h2>
                      <div className={fr.cx('fr-card__desc')}>
                        <p>
                          <Badge severity={stateOf(e).severity}>{stateOf(e).label}</Badge>
                        </p>
                        <p>
                          {e.hires.length} embauche{e.hires.length > 1 ? 's' : ''} contrôlée{e.hires.length > 1 ? 's' : ''}
                          {e.deadline ? ` ; à transmettre au plus tard le ${formatDate(e.deadline)}` : ''}.
                        </p>
                      </div>
                    </div>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Page>
  );
}

/** One control: the drawn hires and a proof per criterion, the submission, the DDETS's review, the decision, the sanctions. */
export function ControlPage() {
  const { evaluationId = '' } = useParams();
  const evaluation = useQuery({
    queryKey: evaluationKey(evaluationId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/control-evaluations/{evaluationId}', { params: { path: { evaluationId }, header: asOrganization() } as never, signal })),
  });
  const panel = useActionPanel<never>();
  return (
    <Page title="Contrôle a posteriori de vos embauches" wide>
      <QueryState query={evaluation}>
        {(e: Evaluation) => (
          <>
            {panel.doneAlert}
            <Summary evaluation={e} />
            <Outcome evaluation={e} />
            <Section id="embauches" title="Les embauches contrôlées">
              {e.hires.map((h) => (
                <HireBlock key={h.id} evaluation={e} hire={h} />
              ))}
            </Section>
            {e.openPhase ? <Submission evaluation={e} finished={panel.finished} /> : null}
          </>
        )}
      </QueryState>
    </Page>
  );
}

function Summary({ evaluation: e }: { evaluation: Evaluation }) {
  const state = stateOf(e);
  return (
    <Section id="campagne" title={`${e.campaign.name} — ${e.campaign.institutionName}`}>
      <p>
        <Badge severity={state.severity}>{state.label}</Badge>
      </p>
      <dl>
        <dt className={fr.cx('fr-text--bold')}>Embauches de la période</dt>
        <dd>
          Du {formatDate(e.campaign.periodStart)} au {formatDate(e.campaign.periodEnd)} ({e.hiresInPopulation} embauches en auto-prescription)
        </dd>
        <dt className={fr.cx('fr-text--bold')}>Transmission des justificatifs</dt>
        <dd>Au plus tard le {formatDate(e.campaign.submissionDeadline)}</dd>
        <dt className={fr.cx('fr-text--bold')}>Phase contradictoire</dt>
        <dd>
          Du {formatDate(e.campaign.adversarialStart)} au {formatDate(e.campaign.adversarialDeadline)}
        </dd>
        {e.openPhase && e.deadline ? (
          <>
            <dt className={fr.cx('fr-text--bold')}>À faire</dt>
            <dd>
              Déposer et transmettre les justificatifs ({PHASES[e.openPhase]}) au plus tard le {formatDate(e.deadline)}.
            </dd>
          </>
        ) : null}
        {e.submittedAt ? (
          <>
            <dt className={fr.cx('fr-text--bold')}>Transmis</dt>
            <dd>
              Le {formatDateTime(e.submittedAt)}
              {e.resubmittedAt ? ` ; à nouveau le ${formatDateTime(e.resubmittedAt)}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
    </Section>
  );
}

/** The DDETS's decisions: the refusal of the first phase (which opens the adversarial one), the final decision, the sanctions. */
function Outcome({ evaluation: e }: { evaluation: Evaluation }) {
  const refusal = e.firstPhaseRefusal;
  const final = e.final;
  const s = e.sanctions;
  if (!refusal && !final) return null;
  return (
    <Section id="decision" title="Décisions de la DDETS">
      {refusal ? (
        <Alert
          severity="warning"
          small
          className={fr.cx('fr-mb-2w')}
          description={`Premier examen${refusal.at ? ` du ${formatDate(refusal.at)}` : ''} : justificatifs refusés — ${refusal.reasonLabel}.${refusal.comment ? ` « ${refusal.comment} »` : ''} Vous pouvez en déposer de nouveaux pendant la phase contradictoire, du ${formatDate(e.campaign.adversarialStart)} au ${formatDate(e.campaign.adversarialDeadline)}.`}
        />
      ) : null}
      {final ? (
        <Alert
          severity={final.state === 'accepted' ? 'success' : 'error'}
          small
          className={fr.cx('fr-mb-2w')}
          description={`Décision finale du ${formatDate(final.at)} : ${final.state === 'accepted' ? 'contrôle accepté' : 'contrôle refusé'}${final.reasonLabel ? ` — ${final.reasonLabel}` : ''}${final.forced ? ' (clos à la fin de la campagne)' : ''}.${final.comment ? ` « ${final.comment} »` : ''}`}
        />
      ) : null}
      {s ? (
        <>
          <h3 className={fr.cx('fr-h5')}>Sanctions décidées le {formatDate(s.decidedAt)}</h3>
          {s.explanation ? <p>{s.explanation}</p> : null}
          <ul>
            {s.trainingSession ? <li>Session de formation obligatoire sur l’auto-prescription.</li> : null}
            {s.autoPrescriptionWithdrawal ? (
              <li>
                Retrait de l’auto-prescription à partir du {formatDate(s.autoPrescriptionWithdrawal.from)}
                {s.autoPrescriptionWithdrawal.to ? ` jusqu’au ${formatDate(s.autoPrescriptionWithdrawal.to)}` : ', sans date de fin'}.
              </li>
            ) : null}
            {s.subsidyCut ? (
              <li>
                Baisse de {s.subsidyCut.percent} % de l’aide au poste du {formatDate(s.subsidyCut.from)} au {formatDate(s.subsidyCut.to)}.
              </li>
            ) : null}
            {s.deactivationProposed ? <li>Proposition de déconventionnement.</li> : null}
            {s.noSanctionReason ? <li>Aucune sanction : {s.noSanctionReason}</li> : null}
          </ul>
        </>
      ) : final?.state === 'refused' ? (
        <p>La DDETS décidera des sanctions ; vous les lirez ici.</p>
      ) : null}
    </Section>
  );
}

function HireBlock({ evaluation, hire: h }: { evaluation: Evaluation; hire: Hire }) {
  const name = `${h.candidate.firstName} ${h.candidate.lastName}`;
  return (
    <div className={fr.cx('fr-mb-4w')}>
      <h3 className={fr.cx('fr-h5', 'fr-mb-1w')}>{name}</h3>
      <p>
        Embauche du {formatDate(h.hiringStart)}
        {h.passNumber ? `, PASS IAE ${h.passNumber}` : ''} —{' '}
        <Badge severity={h.state.startsWith('refused') ? 'error' : h.state === 'accepted' ? 'success' : 'info'}>{HIRE_STATES[h.state]}</Badge>
      </p>
      <ul className={fr.cx('fr-raw-list')}>
        {h.criteria.map((c) => (
          <li key={c.id} className={fr.cx('fr-mb-2w', 'fr-pl-2w')} style={{ borderLeft: '2px solid var(--border-default-grey)' }}>
            <CriterionBlock evaluation={evaluation} criterion={c} person={name} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function CriterionBlock({ evaluation: e, criterion: c, person }: { evaluation: Evaluation; criterion: Criterion; person: string }) {
  return (
    <>
      <p className={fr.cx('fr-text--bold', 'fr-mb-1v')}>
        {c.label} (niveau {c.level})
      </p>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>Justificatif attendu : {c.expectedProof}</p>
      {c.proofs.length ? (
        <ul className={fr.cx('fr-text--sm')}>
          {c.proofs.map((p) => (
            <li key={`${p.phase}-${p.fileName}`}>
              {PHASES[p.phase].replace(/^./, (x) => x.toUpperCase())} :{' '}
              <a href={`/api/control-evaluations/${e.id}/criteria/${c.id}/proof?phase=${p.phase}`}>{p.fileName}</a> déposé le {formatDateTime(p.uploadedAt)}
              {p.submitted ? ', transmis' : ', pas encore transmis'}
            </li>
          ))}
        </ul>
      ) : (
        <p className={fr.cx('fr-text--sm')}>Aucun justificatif déposé.</p>
      )}
      {c.reviews.map((r) => (
        <p key={r.phase} className={fr.cx('fr-text--sm')}>
          Examen de la DDETS ({PHASES[r.phase]}) :{' '}
          <Badge severity={r.decision === 'accepted' ? 'success' : 'error'} small>
            {r.decision === 'accepted' ? 'Accepté' : 'Refusé'}
          </Badge>
          {r.comment ? ` « ${r.comment} »` : ''}
        </p>
      ))}
      {e.openPhase && c.toSend ? <ProofUpload evaluationId={e.id} criterion={c} person={person} /> : null}
    </>
  );
}

/** A proof for a criterion: uploaded at once, replacing the previous one while nothing is submitted. */
function ProofUpload({ evaluationId, criterion: c, person }: { evaluationId: string; criterion: Criterion; person: string }) {
  const queryClient = useQueryClient();
  const form = useForm<{ file: FileList | null }>({ defaultValues: { file: null } });
  const id = `justificatif-${c.id}`;
  const write = useWriteHeaders();
  const submit = useSubmit(form, async (values) => {
    const answer = (await sendFile(
      `/api/control-evaluations/${evaluationId}/criteria/${c.id}/proof`,
      values.file![0]!,
      write.key()['Idempotency-Key'],
    )) as Evaluation;
    write.done();
    queryClient.setQueryData(evaluationKey(evaluationId), answer);
    form.reset();
  });
  const error = fieldState(form, 'file').stateRelatedMessage;
  const busy = form.formState.isSubmitting;
  return (
    <form onSubmit={submit.onSubmit} noValidate aria-label={`Dépôt du justificatif « ${c.label} » ${ofName(person)}`}>
      <FormFailure failure={submit.failure} />
      <div className={fr.cx('fr-upload-group', 'fr-mb-1w', ...(error ? (['fr-input-group--error'] as const) : []))}>
        <label className={fr.cx('fr-label')} htmlFor={id}>
          Justificatif « {c.label} » de {person}
          <span className={fr.cx('fr-hint-text')}>PDF, JPEG ou PNG ; remplace le précédent tant que rien n’est transmis.</span>
        </label>
        <input
          id={id}
          className={fr.cx('fr-upload')}
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          aria-describedby={error ? `${id}-erreur` : undefined}
          {...form.register('file', { validate: (files) => ((files as FileList | null)?.length ? true : 'Choisissez le fichier du justificatif.') })}
        />
        {error ? (
          <p id={`${id}-erreur`} className={fr.cx('fr-error-text')}>
            {error}
          </p>
        ) : null}
      </div>
      <Button type="submit" size="small" priority="secondary" disabled={busy}>
        {busy ? 'Envoi en cours…' : `Déposer le justificatif « ${c.label} »`}
      </Button>
    </form>
  );
}

/** The submission to the DDETS: once every expected proof is there (the API checks), nothing changes afterwards. */
function Submission({ evaluation: e, finished }: { evaluation: Evaluation; finished: (message: string) => void }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const form = useForm();
  const write = useWriteHeaders();
  const submit = useSubmit(form, async () => {
    const answer = await unwrap(
      api.POST('/api/control-evaluations/{evaluationId}/submission', { params: { path: { evaluationId: e.id }, header: write.headers() } }),
    );
    write.done();
    queryClient.setQueryData(evaluationKey(e.id), answer);
    await queryClient.invalidateQueries({ queryKey: ['control-evaluations'] });
    setConfirming(false);
    finished('Les justificatifs sont transmis à la DDETS ; vous lirez ici son examen.');
  });
  const busy = form.formState.isSubmitting;
  return (
    <Section id="transmission" title="Transmettre à la DDETS">
      <p>Une fois transmis, les justificatifs ne se modifient plus{e.openPhase === 1 ? ' (sauf en phase contradictoire, pour les critères refusés)' : ''}.</p>
      <form onSubmit={submit.onSubmit} noValidate aria-labelledby="transmission">
        <FormFailure failure={submit.failure} />
        {confirming ? (
          <div className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
            <Button type="submit" disabled={busy}>
              {busy ? 'Envoi en cours…' : 'Confirmer la transmission'}
            </Button>
            <Button type="button" priority="secondary" onClick={() => setConfirming(false)} disabled={busy}>
              Annuler
            </Button>
          </div>
        ) : (
          <Button type="button" onClick={() => setConfirming(true)}>
            Transmettre les justificatifs
          </Button>
        )}
      </form>
    </Section>
  );
}
