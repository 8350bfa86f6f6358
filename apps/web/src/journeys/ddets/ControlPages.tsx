import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import { api, asOrganization, unwrap, type Schemas } from '../../api/client';
import { TextField } from '../../ui/fields';
import { formatDate, formatNumber, ofName } from '../../ui/format';
import { fieldState, FormFailure, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { Section, useActionPanel, useWriteForm, WriteForm } from '../siae/parts';
import { useWriteHeaders } from '../../api/writes';

type Campaign = Schemas['CampaignDto'];
type Evaluation = Schemas['ControlEvaluationDto'];
type Criterion = Schemas['ControlledCriterionDto'];

const CAMPAIGN_STATES: Record<string, string> = {
  draft: 'Brouillon',
  selected: 'Tirage fait',
  submission: 'Transmission des justificatifs',
  adversarial: 'Phase contradictoire',
  closed: 'Close',
};

const EVALUATION_STATES: Record<string, string> = {
  pending: 'Justificatifs attendus',
  submittable: 'Justificatifs déposés, pas encore transmis',
  submitted: 'Transmis, à examiner',
  refused: 'Refusé, phase contradictoire à venir',
  adversarial: 'Phase contradictoire',
  resubmitted: 'Transmis à nouveau, à examiner',
  closed: 'Clos',
};

const REFUSAL_REASONS = { invalid_proof: 'Justificatif non conforme', missing_proof: 'Justificatif manquant', other: 'Autre motif' } as const;

const evaluationKey = (id: string) => ['ddets-control-evaluation', id];

/** The control campaigns of the DDETS's département. */
export function ControlCampaignsPage() {
  const list = useQuery({
    queryKey: ['control-campaigns'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/control-campaigns', { params: { header: asOrganization() } as never, signal })),
  });
  return (
    <Page
      title="Contrôle a posteriori"
      intro={<p>Les campagnes de contrôle de votre territoire : les SIAE tirées au sort, leurs justificatifs, vos décisions.</p>}
    >
      <QueryState query={list} isEmpty={(l: Campaign[]) => l.length === 0} empty="Aucune campagne.">
        {(l: Campaign[]) => (
          <Table
            caption="Campagnes de contrôle"
            headers={['Campagne', 'État', 'Période contrôlée', 'Fin']}
            data={l.map((c) => [
              <Link key={c.id} to={`/ddets/controles/${c.id}`}>
                {c.name} ({c.departement.name})
              </Link>,
              CAMPAIGN_STATES[c.state] ?? c.state,
              `Du ${formatDate(c.periodStart)} au ${formatDate(c.periodEnd)}`,
              formatDate(c.endsOn),
            ])}
          />
        )}
      </QueryState>
      <CreateCampaignForm />
    </Page>
  );
}

interface NewCampaign {
  name: string;
  periodStart: string;
  periodEnd: string;
  notifyOn: string;
  submissionDeadline: string;
  adversarialStart: string;
  endsOn: string;
  ratioPercent: string;
}

/** A new campaign for the DDETS's département: the period controlled, the calendar, the rate (checked by the API). */
function CreateCampaignForm() {
  const navigate = useNavigate();
  const write = useWriteForm<NewCampaign, Campaign>(
    { name: '', periodStart: '', periodEnd: '', notifyOn: '', submissionDeadline: '', adversarialStart: '', endsOn: '', ratioPercent: '30' },
    ({ ratioPercent, ...v }, header) =>
      api.POST('/api/control-campaigns', { params: { header }, body: { ...v, ratioPercent: ratioPercent ? Number(ratioPercent) : undefined } }),
    (created) => {
      void navigate(`/ddets/controles/${created.id}`);
    },
  );
  return (
    <Section id="nouvelle" title="Ouvrir une campagne">
      <WriteForm id="nouvelle-campagne" marksRequired title="Nouvelle campagne de contrôle" write={write} submitLabel="Créer la campagne">
        <TextField form={write.form} name="name" label="Nom de la campagne *" required />
        <TextField form={write.form} name="periodStart" label="Premier jour de la période contrôlée *" type="date" required />
        <TextField form={write.form} name="periodEnd" label="Dernier jour de la période contrôlée *" type="date" required />
        <TextField form={write.form} name="notifyOn" label="Jour où les SIAE tirées au sort sont prévenues *" type="date" required />
        <TextField form={write.form} name="submissionDeadline" label="Dernier jour pour transmettre les justificatifs *" type="date" required />
        <TextField form={write.form} name="adversarialStart" label="Début de la phase contradictoire *" type="date" required />
        <TextField form={write.form} name="endsOn" label="Fin de la campagne *" type="date" required />
        <TextField form={write.form} name="ratioPercent" label="Part des SIAE tirées au sort (%) *" hint="De 20 à 40 %." type="number" required />
      </WriteForm>
    </Section>
  );
}

/** Before the draw: the population as the API counts it at the rate, the rate changed, the draw confirmed. */
function DraftSection({ campaign: c, finished }: { campaign: Campaign; finished: (message: string) => void }) {
  const queryClient = useQueryClient();
  const population = useQuery({
    queryKey: ['control-population', c.id, c.ratioPercent],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/control-campaigns/{campaignId}/population', {
          params: { path: { campaignId: c.id }, query: {}, header: asOrganization() } as never,
          signal,
        }),
      ),
  });
  // Said above the page's sections, with the focus: the draw removes this section and the button pressed.
  const refresh = async (answer: Campaign, message: string) => {
    queryClient.setQueryData(['control-campaign', c.id], answer);
    await queryClient.invalidateQueries({ queryKey: ['control-population', c.id] });
    finished(message);
  };
  const rate = useWriteForm<{ ratioPercent: string }, Campaign>(
    { ratioPercent: String(c.ratioPercent) },
    (v, header) =>
      api.PATCH('/api/control-campaigns/{campaignId}', { params: { path: { campaignId: c.id }, header }, body: { ratioPercent: Number(v.ratioPercent) } }),
    (answer) => refresh(answer, `Taux de contrôle enregistré : ${answer.ratioPercent} %.`),
  );
  const draw = useWriteForm<Record<string, never>, Campaign>(
    {},
    (_v, header) => api.POST('/api/control-campaigns/{campaignId}/selection', { params: { path: { campaignId: c.id }, header } }),
    (answer) =>
      refresh(
        answer,
        answer.evaluations.length === 1
          ? 'Tirage fait : 1 SIAE tirée au sort.'
          : `Tirage fait : ${formatNumber(answer.evaluations.length)} SIAE tirées au sort.`,
      ),
  );
  return (
    <Section id="population" title="Population contrôlable et tirage">
      <QueryState query={population}>
        {(p) => (
          <>
            <p>
              {formatNumber(p.hires)} embauches auto-prescrites dans la période, dans {formatNumber(p.siae)} SIAE ; {formatNumber(p.qualifyingSiae)} en ont au
              moins 2. Au taux de {p.ratioPercent} %, {formatNumber(p.siaeToSelect)} SIAE seront tirées au sort.
            </p>
            {p.bySiae.length ? (
              <Table
                caption="Population contrôlable par SIAE"
                noCaption
                headers={['Structure', 'Embauches', 'Contrôlable', 'Embauches contrôlées si tirée']}
                data={p.bySiae.map((s) => [
                  `${s.employer.name} (${s.employer.kind})`,
                  formatNumber(s.hires),
                  s.qualifies ? 'Oui' : 'Non',
                  formatNumber(s.hiresControlledIfDrawn),
                ])}
              />
            ) : null}
          </>
        )}
      </QueryState>
      <WriteForm id="taux" marksRequired title="Taux de contrôle" write={rate} submitLabel="Enregistrer le taux">
        <TextField form={rate.form} name="ratioPercent" label="Part des SIAE tirées au sort (%) *" hint="De 20 à 40 %." type="number" required />
      </WriteForm>
      <WriteForm id="tirage" title="Tirage au sort" write={draw} submitLabel="Confirmer le tirage">
        <p>Le tirage est définitif ; les SIAE tirées seront prévenues le {formatDate(c.notifyOn)}.</p>
      </WriteForm>
    </Section>
  );
}

/** A campaign: its calendar and the SIAE drawn, each linked to its review. */
export function ControlCampaignPage() {
  const { campaignId = '' } = useParams();
  const campaign = useQuery({
    queryKey: ['control-campaign', campaignId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/control-campaigns/{campaignId}', { params: { path: { campaignId }, header: asOrganization() } as never, signal })),
  });
  const panel = useActionPanel<never>();
  return (
    <Page title={campaign.data ? campaign.data.name : 'Campagne de contrôle'} wide>
      <QueryState query={campaign}>
        {(c: Campaign) => (
          <>
            {panel.doneAlert}
            <Section id="calendrier" title="Calendrier">
              <p>
                <Badge severity="info">{CAMPAIGN_STATES[c.state] ?? c.state}</Badge>
              </p>
              <ul>
                <li>
                  Embauches du {formatDate(c.periodStart)} au {formatDate(c.periodEnd)} ; taux de contrôle : {c.ratioPercent} %
                </li>
                <li>Transmission des justificatifs jusqu’au {formatDate(c.submissionDeadline)}</li>
                <li>
                  Phase contradictoire du {formatDate(c.adversarialStart)} au {formatDate(c.adversarialDeadline)}
                </li>
                <li>Fin de la campagne le {formatDate(c.endsOn)}</li>
              </ul>
            </Section>
            {c.state === 'draft' && c.right === 'decide' ? <DraftSection campaign={c} finished={panel.finished} /> : null}
            <Section id="siae" title="Les SIAE contrôlées">
              {c.evaluations.length === 0 ? (
                <p className="iae-empty">Aucune SIAE tirée au sort pour l’instant.</p>
              ) : (
                <Table
                  caption="SIAE contrôlées"
                  noCaption
                  headers={['Structure', 'État', 'Décision finale', 'Sanctions']}
                  data={c.evaluations.map((e) => [
                    <Link key={e.id} to={`/ddets/controles/evaluations/${e.id}`}>
                      Examiner {e.employer.name} ({e.employer.kind})
                    </Link>,
                    EVALUATION_STATES[e.state] ?? e.state,
                    e.finalState === 'accepted' ? 'Acceptée' : e.finalState === 'refused' ? 'Refusée' : '—',
                    e.hasSanctions ? 'Décidées' : '—',
                  ])}
                />
              )}
            </Section>
          </>
        )}
      </QueryState>
    </Page>
  );
}

/** A SIAE's control as the DDETS reviews it: each criterion's proof accepted or refused (explained), then the decision. */
export function ControlReviewPage() {
  const { evaluationId = '' } = useParams();
  const evaluation = useQuery({
    queryKey: evaluationKey(evaluationId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/control-evaluations/{evaluationId}', { params: { path: { evaluationId }, header: asOrganization() } as never, signal })),
  });
  const panel = useActionPanel<string>();
  return (
    <Page title={evaluation.data ? `Contrôle ${ofName(evaluation.data.employer.name)}` : 'Contrôle d’une SIAE'} wide>
      <QueryState query={evaluation}>
        {(e: Evaluation) => {
          const reviewable = e.state === 'submitted' || e.state === 'resubmitted';
          return (
            <>
              {panel.doneAlert}
              <p>
                <Link to={`/ddets/controles/${e.campaign.id}`}>Retour à la campagne {e.campaign.name}</Link>
              </p>
              <p>
                <Badge severity="info">{EVALUATION_STATES[e.state] ?? e.state}</Badge>
                {e.final
                  ? ` Décision finale : ${e.final.state === 'accepted' ? 'acceptée' : 'refusée'}${e.final.reasonLabel ? ` (${e.final.reasonLabel})` : ''}.`
                  : ''}
              </p>
              <Section id="embauches" title="Embauches et justificatifs">
                {e.hires.map((h) => (
                  <div key={h.id} className={fr.cx('fr-mb-3w')}>
                    <h3 className={fr.cx('fr-h5', 'fr-mb-1w')}>
                      {h.candidate.firstName} {h.candidate.lastName}, embauche du {formatDate(h.hiringStart)}
                    </h3>
                    <ul className={fr.cx('fr-raw-list')}>
                      {h.criteria.map((c) => (
                        <li key={c.id} className={fr.cx('fr-mb-2w')}>
                          <CriterionReview evaluation={e} criterion={c} person={`${h.candidate.firstName} ${h.candidate.lastName}`} reviewable={reviewable} />
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </Section>
              {reviewable ? <DecisionForm evaluation={e} finished={panel.finished} /> : null}
              {e.final?.state === 'refused' && !e.sanctions ? <SanctionsForm evaluation={e} finished={panel.finished} /> : null}
              {e.sanctions ? (
                <Section id="sanctions" title="Sanctions décidées">
                  <p>
                    Le {formatDate(e.sanctions.decidedAt)}
                    {e.sanctions.trainingSession ? ' ; formation obligatoire' : ''}
                    {e.sanctions.autoPrescriptionWithdrawal
                      ? ` ; retrait de l’auto-prescription à partir du ${formatDate(e.sanctions.autoPrescriptionWithdrawal.from)}${e.sanctions.autoPrescriptionWithdrawal.to ? ` jusqu’au ${formatDate(e.sanctions.autoPrescriptionWithdrawal.to)}` : ', sans fin'}`
                      : ''}
                    {e.sanctions.subsidyCut ? ` ; baisse de ${e.sanctions.subsidyCut.percent} % de l’aide au poste` : ''}
                    {e.sanctions.deactivationProposed ? ' ; proposition de déconventionnement' : ''}
                    {e.sanctions.noSanctionReason ? ` ; aucune sanction : ${e.sanctions.noSanctionReason}` : ''}.
                  </p>
                </Section>
              ) : null}
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}

function CriterionReview({
  evaluation: e,
  criterion: c,
  person,
  reviewable,
}: {
  evaluation: Evaluation;
  criterion: Criterion;
  person: string;
  reviewable: boolean;
}) {
  const queryClient = useQueryClient();
  const latest = c.proofs.at(-1);
  const phase = e.state === 'resubmitted' ? 2 : 1;
  const review = c.reviews.find((r) => r.phase === phase);
  // Said where the inspector is (the button keeps the focus); alternated so that a second save is announced too.
  const [saved, setSaved] = useState('');
  const write = useWriteForm<{ decision: string; comment: string }, Evaluation>(
    { decision: review?.decision ?? '', comment: review?.comment ?? '' },
    (v, header) =>
      api.POST('/api/control-evaluations/{evaluationId}/criteria/{criterionId}/review', {
        params: { path: { evaluationId: e.id, criterionId: c.id }, header },
        body: { decision: v.decision as 'accepted' | 'refused', comment: v.comment || undefined },
      }),
    (answer) => {
      queryClient.setQueryData(evaluationKey(e.id), answer);
      setSaved((before) => (before === SAVED[0] ? SAVED[1] : SAVED[0]));
    },
  );
  const id = `examen-${c.id}`;
  return (
    <div className={fr.cx('fr-pl-2w')} style={{ borderLeft: '2px solid var(--border-default-grey)' }}>
      <p className={fr.cx('fr-text--bold', 'fr-mb-1v')}>
        {c.label} (niveau {c.level})
      </p>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
        Justificatif attendu : {c.expectedProof}.{' '}
        {latest ? (
          <a href={`/api/control-evaluations/${e.id}/criteria/${c.id}/proof?phase=${latest.phase}`}>Ouvrir le justificatif « {latest.fileName} »</a>
        ) : (
          'Aucun justificatif.'
        )}
      </p>
      {c.reviews.map((r) => (
        <p key={r.phase} className={fr.cx('fr-text--sm')}>
          Examen {r.phase === 1 ? 'de la transmission' : 'de la phase contradictoire'} : {r.decision === 'accepted' ? 'accepté' : 'refusé'}
          {r.comment ? ` « ${r.comment} »` : ''}
        </p>
      ))}
      {reviewable && latest ? (
        <WriteForm
          id={id}
          title={`Examen du critère « ${c.label} » ${ofName(person)}`}
          headingLevel={4}
          marksRequired
          write={write}
          submitLabel={
            <>
              Enregistrer l’examen
              <span className={fr.cx('fr-sr-only')}>
                {' '}
                du critère « {c.label} » de {person}
              </span>
            </>
          }
        >
          <Select
            label={
              <>
                Justificatif
                <span className={fr.cx('fr-sr-only')}>
                  {' '}
                  du critère « {c.label} » de {person}
                </span>{' '}
                *
              </>
            }
            nativeSelectProps={{ ...write.form.register('decision', { required: 'Choisissez : accepté ou refusé.' }), required: true }}
            {...fieldState(write.form, 'decision')}
          >
            <option value="">Choisir</option>
            <option value="accepted">Accepté</option>
            <option value="refused">Refusé</option>
          </Select>
          <TextField form={write.form} name="comment" label="Commentaire" hint="Obligatoire pour un refus : la structure le lira." textArea />
        </WriteForm>
      ) : null}
      <p role="status" className={fr.cx('fr-text--sm', 'fr-mt-1w', 'fr-mb-0')}>
        {saved}
      </p>
    </div>
  );
}

const SAVED = ['Examen enregistré.', 'Examen enregistré à nouveau.'] as const;

function DecisionForm({ evaluation: e, finished }: { evaluation: Evaluation; finished: (message: string) => void }) {
  const queryClient = useQueryClient();
  const write = useWriteForm<{ decision: string; reason: string; comment: string }, Evaluation>(
    { decision: '', reason: '', comment: '' },
    (v, header) =>
      api.POST('/api/control-evaluations/{evaluationId}/decision', {
        params: { path: { evaluationId: e.id }, header },
        body: {
          decision: v.decision as 'accepted' | 'refused',
          reason: v.decision === 'refused' && v.reason ? (v.reason as keyof typeof REFUSAL_REASONS) : undefined,
          comment: v.comment || undefined,
        },
      }),
    (answer) => {
      queryClient.setQueryData(evaluationKey(e.id), answer);
      finished(answer.final ? 'La décision finale est enregistrée.' : 'La décision est enregistrée ; la structure en est informée.');
    },
  );
  return (
    <Section id="decision" title="Conclure l’examen">
      <WriteForm id="decision-form" marksRequired title="Décision sur la structure" write={write} submitLabel="Enregistrer la décision">
        <Select
          label="Décision *"
          nativeSelectProps={{ ...write.form.register('decision', { required: 'Choisissez une décision.' }), required: true }}
          {...fieldState(write.form, 'decision')}
        >
          <option value="">Choisir</option>
          <option value="accepted">Accepter</option>
          <option value="refused">Refuser</option>
        </Select>
        <Select
          label="Motif du refus"
          hint="Obligatoire pour un refus."
          nativeSelectProps={write.form.register('reason')}
          {...fieldState(write.form, 'reason')}
        >
          <option value="">Choisir</option>
          {Object.entries(REFUSAL_REASONS).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </Select>
        <TextField form={write.form} name="comment" label="Commentaire" hint="Obligatoire pour le motif « Autre motif »." textArea />
      </WriteForm>
    </Section>
  );
}

interface SanctionValues {
  explanation: string;
  trainingSession: boolean;
  withdrawalFrom: string;
  withdrawalTo: string;
  cutPercent: string;
  cutFrom: string;
  cutTo: string;
  deactivationProposed: boolean;
  noSanctionReason: string;
}

/** The sanctions of a finally refused SIAE (or none, explained); the API checks the dates and lands its refusals at their fields. */
function SanctionsForm({ evaluation: e, finished }: { evaluation: Evaluation; finished: (message: string) => void }) {
  const queryClient = useQueryClient();
  const write = useWriteHeaders();
  const form = useForm<SanctionValues>({
    defaultValues: {
      explanation: '',
      trainingSession: false,
      withdrawalFrom: '',
      withdrawalTo: '',
      cutPercent: '',
      cutFrom: '',
      cutTo: '',
      deactivationProposed: false,
      noSanctionReason: '',
    },
  });
  const submit = useSubmit(
    form,
    async (v) => {
      const answer = await unwrap(
        api.POST('/api/control-evaluations/{evaluationId}/sanctions', {
          params: { path: { evaluationId: e.id }, header: write.headers() },
          body: {
            explanation: v.explanation || undefined,
            trainingSession: v.trainingSession,
            autoPrescriptionWithdrawal: v.withdrawalFrom ? { from: v.withdrawalFrom, to: v.withdrawalTo || null } : undefined,
            subsidyCut: v.cutPercent ? { percent: Number(v.cutPercent), from: v.cutFrom, to: v.cutTo } : undefined,
            deactivationProposed: v.deactivationProposed,
            noSanctionReason: v.noSanctionReason || undefined,
          },
        }),
      );
      write.done();
      queryClient.setQueryData(evaluationKey(e.id), answer);
      finished('Les sanctions sont enregistrées ; la structure en est informée.');
    },
    {
      'autoPrescriptionWithdrawal.from': 'withdrawalFrom',
      'autoPrescriptionWithdrawal.to': 'withdrawalTo',
      'subsidyCut.percent': 'cutPercent',
      'subsidyCut.from': 'cutFrom',
      'subsidyCut.to': 'cutTo',
    },
  );
  const busy = form.formState.isSubmitting;
  return (
    <Section id="sanctions" title="Sanctions">
      <form onSubmit={submit.onSubmit} noValidate aria-labelledby="sanctions">
        <FormFailure failure={submit.failure} />
        <TextField form={form} name="explanation" label="Texte de la décision" hint="Envoyé à la structure ; obligatoire avec une sanction." textArea />
        <Checkbox
          legend="Mesures"
          options={[
            { label: 'Session de formation obligatoire sur l’auto-prescription', nativeInputProps: form.register('trainingSession') },
            { label: 'Proposition de déconventionnement', nativeInputProps: form.register('deactivationProposed') },
          ]}
        />
        <TextField
          form={form}
          name="withdrawalFrom"
          label="Retrait de l’auto-prescription : à partir du"
          hint="Au plus tôt un mois après la décision."
          type="date"
        />
        <TextField form={form} name="withdrawalTo" label="Retrait de l’auto-prescription : jusqu’au" hint="Vide : sans fin." type="date" />
        <TextField form={form} name="cutPercent" label="Baisse de l’aide au poste (%)" hint="De 1 à 100." type="number" />
        <TextField form={form} name="cutFrom" label="Baisse de l’aide au poste : du" type="date" />
        <TextField form={form} name="cutTo" label="Baisse de l’aide au poste : au" type="date" />
        <TextField form={form} name="noSanctionReason" label="Sans sanction : pourquoi" textArea />
        <Button type="submit" disabled={busy} className={fr.cx('fr-mt-2w')}>
          {busy ? 'Envoi en cours…' : 'Enregistrer les sanctions'}
        </Button>
      </form>
    </Section>
  );
}
