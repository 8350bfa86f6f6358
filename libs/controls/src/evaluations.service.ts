import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Clock, IsoDate, Problem, notFound, requireAccess, ruleProblem, validationProblem } from '@iae/core';
import { AuditTrail } from '@iae/database';
import { CRITERIA_BY_KEY, EligibilityService } from '@iae/eligibility';
import { FilesService, Upload } from '@iae/storage';
import { ControlNotifications } from './control-notifications';
import { CampaignRow, ControlsRepository, CriterionRow, EvaluationRow, SanctionsRow } from './controls.repository';
import { ControlProblems } from './problems';
import { EvaluationState, deadlineOf, isReadable, secondChanceLeft, siaeWindow } from './rules/campaign-calendar';
import {
  REFUSAL_REASON_LABELS,
  RefusalReason,
  ReviewDecision,
  afterDecision,
  checkDecision,
  concernedInPhase,
  reviewPhase,
  reviewsOf,
} from './rules/review-rules';
import { HireControlState, decidedPhases, hireControlState, shownEvaluationState } from './rules/control-states';
import { campaignAccess, evaluationAccess } from './rules/controls-access';
import { SanctionsInput, checkSanctions } from './rules/sanction-rules';

export const CONTROL_PROOF_PURPOSE = 'control_proof';

export interface CriterionView {
  id: string;
  key: string;
  level: number;
  label: string;
  expectedProof: string;
  /** The SIAE is expected to send a proof for it in the phase open now. */
  toSend: boolean;
  proofs: Array<{ phase: 1 | 2; fileName: string; uploadedAt: Date; submitted: boolean }>;
  reviews: Array<{ phase: 1 | 2; decision: ReviewDecision; comment: string | null; reviewedAt: Date }>;
}

export interface EvaluationView {
  id: string;
  state: EvaluationState;
  campaign: {
    id: string;
    name: string;
    departementCode: string;
    institutionName: string;
    state: string;
    periodStart: string;
    periodEnd: string;
    submissionDeadline: string;
    adversarialStart: string;
    adversarialDeadline: string;
    endsOn: string;
  };
  employer: { id: string; name: string; kind: string };
  hiresInPopulation: number;
  /** The phase open to the SIAE (1, then 2 in the adversarial phase) and its last day, if any. */
  openPhase: 1 | 2 | null;
  deadline: string | null;
  submittedAt: Date | null;
  resubmittedAt: Date | null;
  firstPhaseRefusal: { reason: RefusalReason; reasonLabel: string; comment: string | null; at: Date | null } | null;
  final: { state: ReviewDecision; reason: RefusalReason | null; reasonLabel: string | null; comment: string | null; forced: boolean; at: Date } | null;
  hires: Array<{
    id: string;
    state: HireControlState;
    candidate: { id: string; firstName: string; lastName: string };
    hiringStart: string;
    passNumber: string | null;
    criteria: CriterionView[];
  }>;
  sanctions: {
    trainingSession: boolean;
    autoPrescriptionWithdrawal: { from: string; to: string | null } | null;
    subsidyCut: { percent: number; from: string; to: string } | null;
    deactivationProposed: boolean;
    explanation: string | null;
    noSanctionReason: string | null;
    decidedAt: Date;
  } | null;
  /** Who decided what and when (for the State services; empty for the SIAE). */
  history: Array<{ action: string; at: Date; actorUserId: string | null; details: Record<string, unknown> }>;
}

type Side = 'siae' | 'reviewer';

/**
 * One SIAE's control: the SIAE sends a proof per criterion and submits (frozen after), once more in
 * the adversarial phase; the campaign's DDETS reviews each criterion, decides, and sanctions a refusal.
 */
@Injectable()
export class EvaluationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly repository: ControlsRepository,
    private readonly notifications: ControlNotifications,
    private readonly files: FilesService,
    private readonly eligibility: EligibilityService,
    private readonly audit: AuditTrail,
  ) {}

  /** The controls a SIAE was told about (the draw stays confidential until the notification day). */
  async listForEmployer(actor: Actor): Promise<EvaluationView[]> {
    const employerId = actor.organization?.id as string;
    const today = this.clock.today();
    const rows = (await this.repository.evaluationsOfEmployer(employerId)).filter((row) => isReadable(row.campaign.endsOn, today));
    return Promise.all(rows.map((row) => this.view(this.dataSource.manager, row, row.campaign, 'siae')));
  }

  async get(actor: Actor, evaluationId: string): Promise<EvaluationView> {
    const { evaluation, campaign, side } = await this.readable(actor, evaluationId);
    return this.view(this.dataSource.manager, evaluation, campaign, side);
  }

  async openProof(actor: Actor, evaluationId: string, criterionId: string, phase?: 1 | 2): Promise<{ fileName: string; contentType: string; content: Buffer }> {
    await this.readable(actor, evaluationId);
    const criterion = (await this.repository.criteria(evaluationId)).find((c) => c.id === criterionId);
    if (!criterion) throw notFound('Ce critère n’appartient pas à ce contrôle.');
    const proof = phase ? criterion.proofs.find((p) => p.phase === phase) : criterion.proofs[criterion.proofs.length - 1];
    if (!proof) throw notFound('Aucun justificatif n’a été déposé pour ce critère.');
    const { file, content } = await this.files.open(proof.fileId);
    return { fileName: file.fileName, contentType: file.contentType, content };
  }

  // ——— the SIAE ———

  async uploadProof(actor: Actor, evaluationId: string, criterionId: string, upload: Upload): Promise<EvaluationView> {
    return this.onEvaluation(actor, evaluationId, 'siae', async (manager, evaluation, campaign) => {
      const phase = this.openPhase(evaluation, campaign);
      const criterion = await this.criterion(manager, evaluationId, criterionId);
      if (!concernedInPhase(phase, reviewsOf(criterion))) {
        throw new Problem(
          ControlProblems.evaluationState,
          'Ce critère a été accepté : seuls les critères refusés ou non transmis se complètent en phase contradictoire.',
          {
            extensions: { state: evaluation.state },
          },
        );
      }
      const file = await this.files.store(manager, upload, CONTROL_PROOF_PURPOSE, actor.userId, evaluation.employerId);
      await this.repository.upsertProof(manager, criterionId, phase, file.id, actor.userId, this.clock.now());
      return { action: 'control_evaluation.proof_uploaded', details: { criterionId, key: criterion.key, phase, fileName: file.fileName } };
    });
  }

  /** Sends every proof of the phase to the DDETS; nothing changes afterwards. */
  async submit(actor: Actor, evaluationId: string): Promise<EvaluationView> {
    return this.onEvaluation(actor, evaluationId, 'siae', async (manager, evaluation, campaign) => {
      const phase = this.openPhase(evaluation, campaign);
      const criteria = await this.repository.criteria(evaluationId, manager);
      const missing = criteria.filter((c) => concernedInPhase(phase, reviewsOf(c)) && !c.proofs.some((p) => p.phase === phase));
      if (missing.length) {
        throw new Problem(
          ControlProblems.proofsMissing,
          `Déposez d’abord un justificatif pour ${missing.length} critère(s) : ${[...new Set(missing.map((c) => c.key))].join(', ')}.`,
          {
            extensions: { missing: missing.map((c) => ({ criterionId: c.id, hireId: c.hireId, key: c.key })) },
          },
        );
      }
      const now = this.clock.now();
      await this.repository.freezeProofs(manager, evaluationId, phase, now);
      const moved = await this.repository.updateEvaluation(
        manager,
        evaluationId,
        evaluation.state,
        phase === 1 ? { state: 'submitted', submitted_at: now } : { state: 'resubmitted', resubmitted_at: now },
      );
      if (!moved) throw this.stateProblem(evaluation.state);
      await this.notifications.submitted(manager, campaign, evaluation, phase === 2);
      return { action: 'control_evaluation.submitted', details: { phase, criteria: criteria.length } };
    });
  }

  // ——— the campaign's DDETS ———

  async review(actor: Actor, evaluationId: string, criterionId: string, input: { decision: ReviewDecision; comment?: string | null }): Promise<EvaluationView> {
    const comment = input.comment?.trim() || null;
    if (input.decision === 'refused' && !comment)
      throw validationProblem([{ field: 'comment', code: 'isDefined', message: 'Expliquez à la structure pourquoi ce justificatif est refusé.' }]);
    return this.onEvaluation(actor, evaluationId, 'reviewer', async (manager, evaluation) => {
      const phase = reviewPhase(evaluation.state);
      if (!phase)
        throw this.stateProblem(evaluation.state, 'Rien n’est à examiner : la structure n’a pas transmis de justificatifs, ou la décision est prise.');
      const criterion = await this.criterion(manager, evaluationId, criterionId);
      if (!concernedInPhase(phase, reviewsOf(criterion))) throw this.stateProblem(evaluation.state, 'Ce critère a été accepté en première phase.');
      await this.repository.upsertReview(manager, criterionId, phase, input.decision, comment, actor.userId, this.clock.now());
      return { action: 'control_evaluation.criterion_reviewed', details: { criterionId, key: criterion.key, phase, decision: input.decision, comment } };
    });
  }

  /** Concludes the review round: accepted closes the control; a first refusal opens the adversarial phase; a second is final. */
  async decide(
    actor: Actor,
    evaluationId: string,
    input: { decision: ReviewDecision; reason?: RefusalReason; comment?: string | null },
  ): Promise<EvaluationView> {
    const comment = input.comment?.trim() || null;
    if (input.decision === 'refused' && !input.reason) throw validationProblem([{ field: 'reason', code: 'isDefined', message: 'Donnez le motif du refus.' }]);
    if (input.reason === 'other' && !comment) throw validationProblem([{ field: 'comment', code: 'isDefined', message: 'Précisez le motif « autre ».' }]);
    return this.onEvaluation(actor, evaluationId, 'reviewer', async (manager, evaluation, campaign) => {
      const phase = reviewPhase(evaluation.state);
      if (!phase) throw this.stateProblem(evaluation.state, 'Aucune transmission n’attend de décision.');
      const check = checkDecision(phase, (await this.repository.criteria(evaluationId, manager)).map(reviewsOf), input.decision);
      if (!check.ok && check.code === 'reviewsMissing') {
        throw new Problem(ControlProblems.reviewsMissing, `${check.missing} critère(s) transmis n’ont pas encore été examinés.`, {
          extensions: { missing: check.missing },
        });
      }
      if (!check.ok && check.code === 'contradictsReviews') {
        throw new Problem(
          ControlProblems.decisionContradictsReviews,
          check.outcome === 'refused'
            ? 'Un critère au moins reste refusé : la structure ne peut pas être acceptée.'
            : 'Aucun critère n’est refusé : la structure ne peut pas être refusée.',
          { extensions: { outcome: check.outcome } },
        );
      }
      if (phase === 1 && input.decision === 'refused' && !secondChanceLeft(campaign, this.clock.today())) {
        throw new Problem(
          ControlProblems.evaluationState,
          `La date limite de la phase contradictoire (${campaign.adversarialDeadline}) est passée : la structure ne pourrait plus répondre à un refus. Sans décision, le contrôle sera accepté d’office à la clôture.`,
          { extensions: { state: evaluation.state, deadline: campaign.adversarialDeadline } },
        );
      }
      const now = this.clock.now();
      const next = afterDecision(phase, input.decision, campaign.state === 'adversarial');
      const reason = input.decision === 'refused' ? (input.reason as RefusalReason) : null;
      const set: Record<string, unknown> =
        next.state === 'closed'
          ? {
              state: 'closed',
              final_state: next.final,
              final_reason: reason,
              final_comment: comment,
              closed_at: now,
              closed_by_id: actor.userId,
              ...(phase === 1 ? { reviewed_at: now } : {}),
            }
          : { state: next.state, refusal_reason: reason, refusal_comment: comment, reviewed_at: now };
      if (!(await this.repository.updateEvaluation(manager, evaluationId, evaluation.state, set))) throw this.stateProblem(evaluation.state);
      if (next.final === 'accepted') await this.notifications.accepted(manager, campaign, [evaluationId], false);
      else await this.notifications.refused(manager, campaign, [evaluationId], { final: next.final === 'refused', reason: reason as RefusalReason, comment });
      if (next.state === 'adversarial') await this.notifications.adversarialOpened(manager, campaign, [evaluationId]);
      return {
        action: next.state === 'closed' ? 'control_evaluation.closed' : 'control_evaluation.refused',
        details: { phase, decision: input.decision, reason, comment, state: next.state },
      };
    });
  }

  /** Sanctions (or none, with a reason) of a SIAE refused at the end; a withdrawal of auto-prescription binds eligibility in the same transaction. */
  async sanction(actor: Actor, evaluationId: string, input: SanctionsInput): Promise<EvaluationView> {
    const today = this.clock.today();
    const errors = checkSanctions(input, today);
    if (errors.malformed.length) throw validationProblem(errors.malformed);
    return this.onEvaluation(actor, evaluationId, 'reviewer', async (manager, evaluation, campaign) => {
      if (evaluation.state !== 'closed' || evaluation.finalState !== 'refused') {
        throw new Problem(ControlProblems.sanctionsNotAllowed, 'Seule une structure refusée à l’issue du contrôle est sanctionnée.');
      }
      if (evaluation.hasSanctions) throw new Problem(ControlProblems.sanctionsNotAllowed, 'Les sanctions de cette structure sont déjà décidées.');
      if (errors.rules.length) throw ruleProblem(errors.rules);
      const sanctions: Omit<SanctionsRow, 'id' | 'decidedAt'> = {
        explanation: input.explanation?.trim() || null,
        trainingSession: !!input.trainingSession,
        withdrawalFrom: input.autoPrescriptionWithdrawal?.from ?? null,
        withdrawalTo: input.autoPrescriptionWithdrawal?.to ?? null,
        subsidyCutPercent: input.subsidyCut?.percent ?? null,
        subsidyCutFrom: input.subsidyCut?.from ?? null,
        subsidyCutTo: input.subsidyCut?.to ?? null,
        deactivationProposed: !!input.deactivationProposed,
        noSanctionReason: input.noSanctionReason?.trim() || null,
      };
      const id = await this.repository.insertSanctions(manager, evaluationId, { ...sanctions, decidedById: actor.userId, decidedAt: this.clock.now() });
      if (input.autoPrescriptionWithdrawal) {
        await this.eligibility.recordWithdrawal(manager, {
          employerId: evaluation.employerId,
          from: input.autoPrescriptionWithdrawal.from,
          to: input.autoPrescriptionWithdrawal.to ?? null,
          reason: `sanction du contrôle a posteriori « ${campaign.name} »`,
          sourceId: id,
        });
      }
      await this.notifications.sanctioned(manager, campaign, evaluation);
      return { action: 'control_evaluation.sanctioned', details: { sanctionsId: id, ...sanctions } };
    });
  }

  // ——— shared ———

  /** The evaluation and its campaign for a reader: the SIAE itself (once told), or the State services of the campaign's scope. */
  private async readable(
    actor: Actor,
    evaluationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ evaluation: EvaluationRow; campaign: CampaignRow; side: Side }> {
    const evaluation = await this.repository.findEvaluation(evaluationId, manager);
    const campaign = evaluation && (await this.repository.findCampaign(evaluation.campaignId, manager));
    if (!evaluation || !campaign || !isReadable(campaign.endsOn, this.clock.today())) throw notFound('Aucun contrôle ne porte cet identifiant.');
    if (actor.organization?.family === 'employer') {
      requireAccess(evaluationAccess(actor, 'siae', evaluation));
      return { evaluation, campaign, side: 'siae' };
    }
    requireAccess(campaignAccess(actor, 'read', campaign));
    return { evaluation, campaign, side: 'reviewer' };
  }

  /**
   * One step under a row lock, by the SIAE itself or by the campaign's DDETS, recorded in the history.
   * The campaign is locked first, shared (the daily job takes it for update): the step reads the
   * campaign's phase as it stands, and the job's sweep of the evaluations runs wholly before or after it.
   */
  private async onEvaluation(
    actor: Actor,
    evaluationId: string,
    side: Side,
    apply: (manager: EntityManager, evaluation: EvaluationRow, campaign: CampaignRow) => Promise<{ action: string; details: Record<string, unknown> }>,
  ): Promise<EvaluationView> {
    return this.dataSource.transaction(async (manager) => {
      const campaignId = await this.repository.campaignIdOf(evaluationId, manager);
      const campaign = campaignId && (await this.repository.findCampaign(campaignId, manager, { lock: 'share' }));
      const evaluation = campaign && (await this.repository.findEvaluation(evaluationId, manager, { lock: true }));
      if (!evaluation || !campaign) throw notFound('Aucun contrôle ne porte cet identifiant.');
      requireAccess(side === 'siae' ? evaluationAccess(actor, 'siae', evaluation) : campaignAccess(actor, 'decide', campaign));
      const outcome = await apply(manager, evaluation, campaign);
      await this.audit.record(manager, {
        action: outcome.action,
        subjectType: 'control_evaluation',
        subjectId: evaluationId,
        actorUserId: actor.userId,
        actorOrganizationId: actor.organization?.id ?? null,
        details: outcome.details,
      });
      const current = (await this.repository.findEvaluation(evaluationId, manager))!;
      return this.view(manager, current, campaign, side);
    });
  }

  private openPhase(evaluation: EvaluationRow, campaign: CampaignRow): 1 | 2 {
    const window = siaeWindow(evaluation.state, campaign, this.clock.today());
    if ('phase' in window) return window.phase;
    throw new Problem(
      ControlProblems.evaluationState,
      window.code === 'deadlinePassed'
        ? `La date limite du ${window.deadline} est passée : les justificatifs ne se déposent plus.`
        : 'Les justificatifs sont transmis : ils ne se modifient plus.',
      { extensions: { state: evaluation.state, deadline: window.deadline } },
    );
  }

  private async criterion(manager: EntityManager, evaluationId: string, criterionId: string): Promise<CriterionRow> {
    const criterion = (await this.repository.criteria(evaluationId, manager)).find((c) => c.id === criterionId);
    if (!criterion) throw notFound('Ce critère n’appartient pas à ce contrôle.');
    return criterion;
  }

  private stateProblem(state: EvaluationState, detail = 'Cette étape n’est pas possible à ce stade du contrôle.'): Problem {
    return new Problem(ControlProblems.evaluationState, detail, { extensions: { state } });
  }

  private async view(manager: EntityManager, evaluation: EvaluationRow, campaign: CampaignRow, side: Side): Promise<EvaluationView> {
    const today: IsoDate = this.clock.today();
    // One after the other: inside a transaction, the manager holds one connection, which runs one query at a time.
    const hires = await this.repository.hires(evaluation.id, manager);
    const criteria = await this.repository.criteria(evaluation.id, manager);
    const sanctions = await this.repository.sanctions(evaluation.id, manager);
    const history = side === 'reviewer' ? await this.audit.forSubject('control_evaluation', evaluation.id, manager) : [];
    const window = siaeWindow(evaluation.state, campaign, today);
    const openPhase = 'phase' in window ? window.phase : null;
    // The SIAE reads a round's reviews once the DDETS has decided it.
    const readable: ReadonlySet<number> = side === 'reviewer' ? new Set([1, 2]) : decidedPhases(evaluation.state);
    return {
      id: evaluation.id,
      state: shownEvaluationState(evaluation.state, evaluation.proofsMissing),
      campaign: {
        id: campaign.id,
        name: campaign.name,
        departementCode: campaign.departementCode,
        institutionName: campaign.institutionName,
        state: campaign.state,
        periodStart: campaign.periodStart,
        periodEnd: campaign.periodEnd,
        submissionDeadline: campaign.submissionDeadline,
        adversarialStart: campaign.adversarialStart,
        adversarialDeadline: campaign.adversarialDeadline,
        endsOn: campaign.endsOn,
      },
      employer: { id: evaluation.employerId, name: evaluation.employerName, kind: evaluation.employerKind },
      hiresInPopulation: evaluation.hiresInPopulation,
      openPhase,
      deadline: deadlineOf(evaluation.state, campaign),
      submittedAt: evaluation.submittedAt,
      resubmittedAt: evaluation.resubmittedAt,
      firstPhaseRefusal: evaluation.refusalReason
        ? {
            reason: evaluation.refusalReason,
            reasonLabel: REFUSAL_REASON_LABELS[evaluation.refusalReason],
            comment: evaluation.refusalComment,
            at: evaluation.reviewedAt,
          }
        : null,
      final:
        evaluation.finalState && evaluation.closedAt
          ? {
              state: evaluation.finalState,
              reason: evaluation.finalReason,
              reasonLabel: evaluation.finalReason ? REFUSAL_REASON_LABELS[evaluation.finalReason] : null,
              comment: evaluation.finalComment,
              forced: evaluation.finalForced,
              at: evaluation.closedAt,
            }
          : null,
      hires: hires.map((hire) => ({
        id: hire.id,
        state: hireControlState({
          evaluationState: evaluation.state,
          finalState: evaluation.finalState,
          side,
          criteria: criteria.filter((c) => c.hireId === hire.id).map((c) => ({ reviews: reviewsOf(c), proofPhases: c.proofs.map((p) => p.phase) })),
        }),
        candidate: { id: hire.candidateId, firstName: hire.firstName, lastName: hire.lastName },
        hiringStart: hire.hiringStart,
        passNumber: hire.passNumber,
        criteria: criteria
          .filter((c) => c.hireId === hire.id)
          .map((c) => {
            const definition = CRITERIA_BY_KEY.get(c.key);
            return {
              id: c.id,
              key: c.key,
              level: definition?.level ?? 0,
              label: definition?.label ?? c.key,
              expectedProof: definition?.proof ?? '',
              toSend: openPhase !== null && concernedInPhase(openPhase, reviewsOf(c)),
              proofs: c.proofs.map((p) => ({ phase: p.phase, fileName: p.fileName, uploadedAt: p.uploadedAt, submitted: p.submittedAt !== null })),
              reviews: c.reviews.filter((r) => readable.has(r.phase)),
            };
          }),
      })),
      sanctions: sanctions
        ? {
            trainingSession: sanctions.trainingSession,
            autoPrescriptionWithdrawal: sanctions.withdrawalFrom ? { from: sanctions.withdrawalFrom, to: sanctions.withdrawalTo } : null,
            subsidyCut:
              sanctions.subsidyCutPercent && sanctions.subsidyCutFrom && sanctions.subsidyCutTo
                ? { percent: sanctions.subsidyCutPercent, from: sanctions.subsidyCutFrom, to: sanctions.subsidyCutTo }
                : null,
            deactivationProposed: sanctions.deactivationProposed,
            explanation: sanctions.explanation,
            noSanctionReason: sanctions.noSanctionReason,
            decidedAt: sanctions.decidedAt,
          }
        : null,
      history: history.map((h) => ({ action: h.action, at: h.occurredAt, actorUserId: h.actorUserId, details: h.details })),
    };
  }
}
