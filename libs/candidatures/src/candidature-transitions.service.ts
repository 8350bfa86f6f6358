import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Clock, IsoDate, Problem, frenchDate, ScheduledJobs, notFound, requireAccess, ruleProblem, validationProblem } from '@iae/core';
import { AuditTrail } from '@iae/database';
import { EligibilityService, requiresEligibility } from '@iae/eligibility';
import { CandidateLock, CandidatesService } from '@iae/candidates';
import { EmployersService, JobDescriptionsService } from '@iae/employers';
import { OrganizationsService } from '@iae/identity';
import { Outbox } from '@iae/notifications';
import { PassIaeService } from '@iae/pass-iae';
import { CandidatureView, CandidatureViews } from './candidature-views';
import { Candidature, CandidatureTransition } from './candidature.entity';
import { CandidaturesRepository } from './candidatures.repository';
import { CandidaturesService } from './candidatures.service';
import { CandidatureMoved, MoveAudience, candidatureMoved } from './events';
import { CandidatureProblems } from './problems';
import {
  ARCHIVABLE_STATES,
  AUTO_ARCHIVE_DAYS,
  CandidatureState,
  PENDING_STATES,
  STATE_LABELS,
  TRANSITIONS,
  TRANSITION_LABELS,
  TransitionName,
  allowedTransitions,
  canTransition,
  isAnswer,
  isArchivable,
} from './rules/candidature-states';
import { HiringChangeProblem, checkHiringChange, checkHiringDates, canCancelHire } from './rules/hiring-dates';
import { AUTO_REFUSAL_ANSWER, REFUSAL_REASONS, RefusalReason, refusalNeedsExplanation, selectableRefusalReasons } from './rules/refusal-reasons';
import { AUTO_REFUSAL_DAYS } from './rules/sending';
import { candidatureAccess } from './rules/candidatures-access';

const HIRING_DATE_MESSAGES = {
  startInPast: { field: 'hiringStart', message: 'L’embauche ne peut pas commencer dans le passé.' },
  startTooFar: { field: 'hiringStart', message: 'L’embauche commence au plus tard dans 6 mois.' },
  endBeforeStart: { field: 'hiringEnd', message: 'La fin du contrat précède son début.' },
} as const;

interface Moved {
  row: Candidature;
  employerKind: string;
  /** Its employer as the move read it (before any transfer). */
  employer: { name: string; kind: string; locatedInPrison: boolean };
  /** The lock of the person, when the move asked for it (`lockCandidate`). */
  candidateLock: CandidateLock | null;
}

/** What the people told of a move read of it, beyond its new state. */
interface MoveNotice {
  answer?: string | null;
  forSender?: string | null;
  audience?: MoveAudience;
  transferredFrom?: string | null;
}

/** A decision taken on a page: the state that page showed, when the client sends it. */
type Expected = { expectedState?: CandidatureState };

/**
 * Every move of a candidature, each its own endpoint: guarded by state and by the receiving
 * employer's membership, logged (from, to, who, when), in one transaction with its event
 * (`events.ts`), of which the notifications listener makes the e-mails after the commit.
 */
@Injectable()
export class CandidatureTransitionsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly candidatures: CandidaturesService,
    private readonly eligibility: EligibilityService,
    private readonly organizations: OrganizationsService,
    private readonly employers: EmployersService,
    private readonly jobDescriptions: JobDescriptionsService,
    private readonly passIae: PassIaeService,
    private readonly views: CandidatureViews,
    private readonly candidates: CandidatesService,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
    private readonly jobs: ScheduledJobs,
    private readonly repository: CandidaturesRepository,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'candidatures.auto-refusal',
      description: `Refuse (motif « auto ») les candidatures restées nouvelles ou à l’étude ${AUTO_REFUSAL_DAYS} jours ; seul le candidat est prévenu.`,
      cron: '30 6 * * *',
      run: ({ dryRun }) => this.autoRefuse(dryRun),
    });
    this.jobs.register({
      name: 'candidatures.auto-archive',
      description: `Archive les candidatures restées ${AUTO_ARCHIVE_DAYS} jours sans activité (nouvelles, à l’étude, en attente, déclinées, annulées, embauché ailleurs ; jamais une embauche ni le vivier).`,
      cron: '40 6 * * *',
      run: ({ dryRun }) => this.autoArchive(dryRun),
    });
  }

  /** The SIAE archives a candidature it received (not a hire, a GEIQ's action before hiring, the pool): hidden from the lists. */
  archive(actor: Actor, id: string): Promise<CandidatureView> {
    return this.onReceived(actor, id, async (manager, row) => {
      if (!isArchivable(row.state)) {
        throw new Problem(CandidatureProblems.notArchivable, `La candidature est « ${STATE_LABELS[row.state]} » : elle ne s’archive pas.`, {
          extensions: { state: row.state },
        });
      }
      if (row.archivedAt) return null;
      await this.repository.update(manager, id, { archivedAt: this.clock.now(), archivedById: actor.userId });
      return 'candidature.archived';
    });
  }

  /** Back in the lists; un-archiving counts as activity (the daily job leaves it 180 more days). */
  unarchive(actor: Actor, id: string): Promise<CandidatureView> {
    return this.onReceived(actor, id, async (manager, row) => {
      if (!row.archivedAt) return null;
      await this.repository.update(manager, id, { archivedAt: null, archivedById: null, lastActivityAt: this.clock.now() });
      return 'candidature.unarchived';
    });
  }

  /** Archives what stayed untouched 180 days in an archivable state; a candidature being moved right now is left alone. */
  async autoArchive(dryRun: boolean): Promise<{ summary: string; archived: number }> {
    const limit = new Date(this.clock.now().getTime() - AUTO_ARCHIVE_DAYS * 86_400_000);
    if (dryRun) {
      const n = await this.repository.countArchivable(limit, ARCHIVABLE_STATES);
      return { summary: `${n} candidature(s) seraient archivées`, archived: n };
    }
    let archived = 0;
    for (;;) {
      const batch = await this.repository.archiveBatch(limit, ARCHIVABLE_STATES, this.clock.now());
      archived += batch;
      if (batch < 500) break;
    }
    return { summary: `${archived} candidature(s) archivée(s)`, archived };
  }

  process(actor: Actor, id: string): Promise<CandidatureView> {
    return this.move(actor, id, 'process', async () => ({}));
  }

  postpone(actor: Actor, id: string, input: { comment: string; answer?: string | null } & Expected): Promise<CandidatureView> {
    const comment = input.comment?.trim();
    if (!comment) throw validationProblem([{ field: 'comment', code: 'isNotEmpty', message: 'Dites pourquoi la candidature est mise en attente.' }]);
    return this.move(actor, id, 'postpone', async () => ({ answer: input.answer?.trim() || null }), {
      expectedState: input.expectedState,
      comment,
      notice: { forSender: comment, answer: input.answer?.trim() || null },
    });
  }

  addToPool(actor: Actor, id: string, input: { answer?: string | null } & Expected): Promise<CandidatureView> {
    return this.move(actor, id, 'add_to_pool', async () => ({ answer: input.answer?.trim() || null }), {
      expectedState: input.expectedState,
      notice: { answer: input.answer?.trim() || null },
    });
  }

  moveToPriorToHire(actor: Actor, id: string): Promise<CandidatureView> {
    return this.move(actor, id, 'move_to_prior_to_hire', async () => ({}));
  }

  cancelPriorToHire(actor: Actor, id: string): Promise<CandidatureView> {
    return this.move(actor, id, 'cancel_prior_to_hire', async () => ({}));
  }

  reset(actor: Actor, id: string): Promise<CandidatureView> {
    return this.move(actor, id, 'reset', async () => ({ processedAt: null }));
  }

  refuse(
    actor: Actor,
    id: string,
    input: { reason: RefusalReason; answer?: string | null; answerToPrescriber?: string | null } & Expected,
  ): Promise<CandidatureView> {
    const answer = input.answer?.trim() || null;
    const answerToPrescriber = input.answerToPrescriber?.trim() || null;
    if (refusalNeedsExplanation(input.reason) && !answer && !answerToPrescriber) {
      throw validationProblem([{ field: 'answer', code: 'isNotEmpty', message: 'Le motif « Autre » s’explique dans un message.' }]);
    }
    return this.move(
      actor,
      id,
      'refuse',
      async (_manager, moved) => {
        if (!selectableRefusalReasons(moved.employerKind).includes(input.reason)) {
          // A reason of the list this kind of employer may not give: a rule of the trade, not malformed input.
          throw ruleProblem([
            {
              field: 'reason',
              code: 'reasonNotForThisKind',
              message: `Motifs possibles pour un ${moved.employerKind} : ${selectableRefusalReasons(moved.employerKind).join(', ')}.`,
            },
          ]);
        }
        return { refusalReason: input.reason, answer, answerToPrescriber };
      },
      { expectedState: input.expectedState, notice: { answer, forSender: answerToPrescriber } },
    );
  }

  /**
   * The hire: dates checked, eligibility at the start date for a SIAE, the PASS IAE issued or
   * reused, the person's other pending candidatures made obsolete. The candidate's row is locked
   * first, so two employers hiring the same person at once queue up and share one PASS.
   */
  async accept(
    actor: Actor,
    id: string,
    input: { hiringStart: IsoDate; hiringEnd?: IsoDate | null; hiredJobDescriptionId?: string | null; answer?: string | null } & Expected,
  ): Promise<CandidatureView> {
    const today = this.clock.today();
    const problem = checkHiringDates(input.hiringStart, input.hiringEnd ?? null, today);
    // Well-formed dates outside the hiring window break a rule of the trade (422), as when the dates of a hire change.
    if (problem) throw ruleProblem([{ ...HIRING_DATE_MESSAGES[problem], code: problem }]);
    const answer = input.answer?.trim() || null;
    const current = await this.repository.candidateOf(id);
    if (!current) throw notFound('Aucune candidature reçue par votre structure ne porte cet identifiant.');

    return this.move(
      actor,
      id,
      'accept',
      async (manager, moved) => {
        const c = moved.row;
        if (input.hiredJobDescriptionId) {
          const [job] = await this.jobDescriptions.recruitingStates([input.hiredJobDescriptionId], manager);
          if (job?.employerId !== c.employerId) {
            throw validationProblem([
              { field: 'hiredJobDescriptionId', code: 'unknownJobDescription', message: 'Cette fiche de poste n’est pas une fiche de votre structure.' },
            ]);
          }
        }
        const employer = moved.employer;
        let passIaeId: string | null = null;
        let eligibilityDiagnosisId = c.eligibilityDiagnosisId;
        if (requiresEligibility(employer.kind)) {
          const lock = moved.candidateLock!;
          const eligibility = await this.eligibility.decide(
            c.candidateId,
            { id: c.employerId, name: employer.name, kind: employer.kind },
            input.hiringStart,
            lock.person,
            manager,
          );
          if (!eligibility.eligible) {
            throw new Problem(CandidatureProblems.eligibilityRequired, eligibility.reasons.map((r) => r.message).join(' '), {
              extensions: { reasons: eligibility.reasons, requirement: eligibility.requirement, proposedCriteria: eligibility.proposedCriteria },
            });
          }
          eligibilityDiagnosisId = eligibility.basis?.diagnosisId ?? eligibilityDiagnosisId;
          const pass = await this.passIae.issueForHire(
            manager,
            {
              candidateId: c.candidateId,
              candidatureId: c.id,
              employer: { id: c.employerId, kind: employer.kind, locatedInPrison: employer.locatedInPrison },
              hiringStart: input.hiringStart,
              hiringEnd: input.hiringEnd ?? null,
              eligibilityDiagnosisId: eligibility.basis?.diagnosisId ?? null,
              sender: { kind: c.senderKind, habilitatedPrescriber: c.senderKind === 'prescriber' && c.senderHabilitated },
              personUnderJustice: this.candidates.lockedUnderJusticeSupervision(lock),
              // On the day the PASS is obtained, as the waiting period is: a prescriber's diagnosis valid today counts though
              // the start's eligibility rests on the SIAE's own (read only then: on a PASS the hire reuses, no period applies).
              hasValidPrescriberDiagnosis:
                eligibility.basis?.kind === 'prescriberDiagnosis' ||
                (eligibility.basis?.kind === 'employerDiagnosis' &&
                  !(c.senderKind === 'prescriber' && c.senderHabilitated) &&
                  (await this.eligibility.holdsPrescriberDiagnosisOn(manager, c.candidateId, today))),
              acceptedByUserId: actor.userId,
            },
            lock,
          );
          // A PASS issued today on the strength of a SIAE's own diagnosis needs that diagnosis's proofs recent today.
          if (pass) await this.eligibility.checkProofsAtIssuance(manager, eligibility, employer.kind, today);
          passIaeId = pass?.id ?? null;
        }
        await this.renderOthersObsolete(manager, c, actor);
        return {
          hiringStart: input.hiringStart,
          hiringEnd: input.hiringEnd ?? null,
          hiredJobDescriptionId: input.hiredJobDescriptionId ?? null,
          answer,
          refusalReason: null,
          answerToPrescriber: null,
          passIaeId,
          eligibilityDiagnosisId,
        };
      },
      { lockCandidate: current.candidate_id, expectedState: input.expectedState, notice: { answer } },
    );
  }

  /** Cancelling a hire up to its first day; its PASS IAE goes back unless another hire uses it. */
  cancel(actor: Actor, id: string, input: { comment?: string | null } & Expected): Promise<CandidatureView> {
    const comment = input.comment?.trim() || null;
    return this.move(
      actor,
      id,
      'cancel',
      async (manager, moved) => {
        if (!canCancelHire(moved.row.hiringStart!, this.clock.today())) {
          throw new Problem(CandidatureProblems.hireStarted, `Le contrat a commencé le ${moved.row.hiringStart} : il ne s’annule plus.`);
        }
        await this.passIae.cancelHire(manager, moved.row.id);
        // The cancelled hire no longer holds a PASS, even one another hire keeps.
        return { passIaeId: null };
      },
      { comment, expectedState: input.expectedState, notice: { forSender: comment } },
    );
  }

  /**
   * New dates for an accepted hire that has not started: the start postponed by 30 days at most, never
   * into the past (422 otherwise); its PASS IAE follows. The sender and the candidate are told.
   */
  changeHiringDates(actor: Actor, id: string, input: { hiringStart: IsoDate; hiringEnd?: IsoDate | null }): Promise<CandidatureView> {
    let notice = '';
    return this.move(
      actor,
      id,
      'change_hiring_dates',
      async (manager, moved) => {
        const before = { start: moved.row.hiringStart!, end: moved.row.hiringEnd };
        const end = input.hiringEnd === undefined ? before.end : input.hiringEnd;
        const problem = checkHiringChange({ currentStart: before.start, start: input.hiringStart, end, today: this.clock.today() });
        if (problem?.code === 'hireStarted') {
          throw new Problem(CandidatureProblems.hireStarted, `Le contrat a commencé le ${before.start} : ses dates ne se changent plus ici.`);
        }
        if (problem) throw ruleProblem([{ field: problem.field, code: problem.code, message: hiringChangeMessage(problem) }]);
        await this.passIae.moveHire(manager, { candidatureId: moved.row.id, hiringStart: input.hiringStart, hiringEnd: end, byUserId: actor.userId });
        notice = `Le contrat commence désormais le ${frenchDate(input.hiringStart)}${end ? ` et finit le ${frenchDate(end)}` : ''} (au lieu du ${frenchDate(before.start)}).`;
        return { hiringStart: input.hiringStart, hiringEnd: end };
      },
      { noticeOf: () => ({ answer: notice }), commentOf: () => notice },
    );
  }

  /** To another structure the same user belongs to: back to `new` there, answers and selected jobs cleared. */
  async transfer(actor: Actor, id: string, input: { employerId: string }): Promise<CandidatureView> {
    const role = await this.organizations.membershipRole(actor.userId, input.employerId);
    const target = await this.employers.viewWithin(this.dataSource.manager, input.employerId).catch(() => null);
    if (!target) throw validationProblem([{ field: 'employerId', code: 'unknownEmployer', message: 'Aucun employeur ne porte cet identifiant.' }]);
    requireAccess(candidatureAccess(actor, 'transfer', { targetRole: role }));
    let fromName = '';
    return this.move(
      actor,
      id,
      'transfer',
      async (manager, moved) => {
        if (input.employerId === moved.row.employerId) {
          throw validationProblem([{ field: 'employerId', code: 'sameEmployer', message: 'La candidature est déjà chez cette structure.' }]);
        }
        fromName = (await this.organizations.findByIds([moved.row.employerId], manager))[0].name;
        await this.repository.removeJobDescriptions(manager, moved.row.id);
        await this.candidates.linkUnlessLinked(manager, moved.row.candidateId, input.employerId, 'received_candidature');
        return {
          employerId: input.employerId,
          answer: null,
          answerToPrescriber: null,
          refusalReason: null,
          hiringStart: null,
          hiringEnd: null,
          hiredJobDescriptionId: null,
          passIaeId: null,
          processedAt: null,
          transferredFromEmployerId: moved.row.employerId,
          transferredAt: this.clock.now(),
          // New there, also when it was new here: the automatic refusal's 60 days start again.
          stateChangedAt: this.clock.now(),
          transferredByUserId: actor.userId,
        };
      },
      {
        targetEmployerId: input.employerId,
        noticeOf: () => ({ transferredFrom: fromName, answer: `Votre candidature a été transmise par ${fromName} à ${target.name}.` }),
      },
    );
  }

  /** A refused candidature sent on to any other employer, as a new candidature from this SIAE. */
  async externalTransfer(
    actor: Actor,
    id: string,
    input: { employerId: string; jobDescriptionIds?: string[]; message?: string | null },
  ): Promise<CandidatureView> {
    const found = await this.repository.original(id);
    requireAccess(candidatureAccess(actor, 'transfer-externally', { received: found ? { employerId: found.employer_id } : null }));
    const original = found!; // the rule answers 404 for a missing candidature
    if (input.employerId === original.employer_id)
      throw validationProblem([{ field: 'employerId', code: 'sameEmployer', message: 'Choisissez une autre structure.' }]);
    const plan = await this.candidatures.prepare(
      actor,
      {
        candidateId: original.candidate_id,
        employerId: input.employerId,
        jobDescriptionIds: input.jobDescriptionIds,
        message: input.message?.trim() || original.message,
      },
      { trustedResumeFileId: original.resume_file_id },
    );
    let newId = '';
    await this.move(
      actor,
      id,
      'external_transfer',
      async (manager, moved) => {
        newId = await this.candidatures.insertWithin(manager, plan, { externalTransferOfId: moved.row.id });
        return {};
      },
      // The new candidature tells its employer itself (CandidaturesService).
      { targetEmployerId: input.employerId, notice: { audience: 'nobody' } },
    );
    return this.views.view((await this.views.one(this.dataSource.manager, newId))!, 'sender');
  }

  /** Refuses, with reason `auto`, what stayed `new` or `processing` for 60 days; tells only the candidate. */
  async autoRefuse(dryRun: boolean): Promise<{ summary: string; refused: number }> {
    const limit = new Date(this.clock.now().getTime() - AUTO_REFUSAL_DAYS * 86_400_000);
    if (dryRun) {
      const n = await this.repository.countAutoRefusable(limit);
      return { summary: `${n} candidature(s) seraient refusées automatiquement`, refused: n };
    }
    let refused = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        // SKIP LOCKED: an employer answering one of them right now keeps it.
        const rows = await this.repository.lockAutoRefusable(manager, limit);
        const now = this.clock.now();
        for (const row of rows) {
          await this.repository.update(manager, row.id, {
            state: 'refused',
            refusalReason: 'auto',
            answer: AUTO_REFUSAL_ANSWER,
            stateChangedAt: now,
            processedAt: now,
            lastActivityAt: now,
          });
          await this.log(manager, {
            candidatureId: row.id,
            transition: 'refuse',
            fromState: row.state,
            toState: 'refused',
            comment: REFUSAL_REASONS.auto,
            occurredAt: now,
          });
          await this.publishMove(
            manager,
            'refuse',
            { id: row.id, employerId: row.employer_id, toState: 'refused', refusalReason: 'auto' },
            {
              audience: 'candidate',
              answer: AUTO_REFUSAL_ANSWER,
            },
          );
        }
        return rows.length;
      });
      refused += batch;
      if (batch < 200) break;
    }
    return { summary: `${refused} candidature(s) refusée(s) automatiquement`, refused };
  }

  private async renderOthersObsolete(manager: EntityManager, accepted: Candidature, actor: Actor): Promise<void> {
    const others = await this.repository.lockOtherPending(manager, accepted.candidateId, accepted.id, PENDING_STATES);
    const now = this.clock.now();
    for (const other of others) {
      await this.repository.update(manager, other.id, { state: 'obsolete', stateChangedAt: now, processedAt: now, lastActivityAt: now });
      await this.log(manager, {
        candidatureId: other.id,
        transition: 'render_obsolete',
        fromState: other.state,
        toState: 'obsolete',
        userId: actor.userId,
        occurredAt: now,
      });
      await this.publishMove(
        manager,
        'render_obsolete',
        { id: other.id, employerId: other.employer_id, toState: 'obsolete', refusalReason: null },
        { audience: 'sender' },
      );
    }
  }

  /**
   * The common path of a transition: lock, check the employer and the state, apply the change,
   * log it, audit it, publish what happened, all in one transaction.
   */
  private async move(
    actor: Actor,
    id: string,
    name: TransitionName,
    apply: (manager: EntityManager, moved: Moved) => Promise<Partial<Candidature>>,
    options: {
      comment?: string | null;
      notice?: MoveNotice;
      /** The notice, known once the change is applied. */
      noticeOf?: () => MoveNotice;
      /** Lock the person first (a hire): the lock is handed to `apply` and held until the commit. */
      lockCandidate?: string;
      targetEmployerId?: string;
      /** The comment of the log, known once the change is applied. */
      commentOf?: () => string;
      /** The state the actor's page showed; another one means someone decided meanwhile. */
      expectedState?: CandidatureState;
    } = {},
  ): Promise<CandidatureView> {
    requireAccess(candidatureAccess(actor, 'answer'));
    const organization = actor.organization!;
    await this.dataSource.transaction(async (manager) => {
      // The person first, then the candidature: two hires of one person queue up here, never in a deadlock.
      const candidateLock = options.lockCandidate ? await this.candidates.lock(manager, options.lockCandidate) : null;
      const found = await this.repository.lockById(manager, id);
      requireAccess(candidatureAccess(actor, 'answer', { received: found }));
      const row = found!; // the rule answers 404 for a missing candidature
      if (options.expectedState && row.state !== options.expectedState) {
        throw new Problem(
          CandidatureProblems.changedMeanwhile,
          `La candidature est passée à l’état « ${STATE_LABELS[row.state]} » depuis l’affichage de la page : rechargez-la avant de décider.`,
          { extensions: { state: row.state, expectedState: options.expectedState } },
        );
      }
      const employer = (await this.employers.forCandidatureMove(row.employerId, manager))!; // a candidature's employer exists (foreign key)
      const kind = employer.kind;
      if (!canTransition(name, row.state, kind)) {
        throw new Problem(
          CandidatureProblems.transitionNotAllowed,
          `La candidature est « ${STATE_LABELS[row.state]} » : il n’est plus possible de ${TRANSITION_LABELS[name]}.`,
          { extensions: { state: row.state, allowedTransitions: allowedTransitions(row.state, kind) } },
        );
      }
      const fromState = row.state;
      const toState = TRANSITIONS[name].to;
      const patch = await apply(manager, { row, employerKind: kind, employer, candidateLock });
      const now = this.clock.now();
      // processed_at marks a decision (accepted, refused, cancelled, obsolete) and is cleared by any other state.
      const stateChanges = fromState !== toState;
      const decided = ['accepted', 'refused', 'cancelled', 'obsolete'].includes(toState);
      await this.repository.update(manager, id, {
        ...(stateChanges ? { processedAt: decided ? now : null, stateChangedAt: now } : {}),
        ...(isAnswer(name) && !row.firstAnsweredAt ? { firstAnsweredAt: now } : {}),
        // Any move by the employer touches it, and brings it back from the archive.
        lastActivityAt: now,
        archivedAt: null,
        archivedById: null,
        ...patch,
        state: toState,
      });
      await this.log(manager, {
        candidatureId: id,
        transition: name,
        fromState,
        toState,
        userId: actor.userId,
        organizationId: organization.id,
        targetEmployerId: options.targetEmployerId ?? null,
        comment: options.commentOf?.() ?? options.comment ?? null,
        occurredAt: now,
      });
      await this.audit.record(manager, {
        action: `candidature.${name}`,
        subjectType: 'candidature',
        subjectId: id,
        actorUserId: actor.userId,
        actorOrganizationId: organization.id,
        details: { from: fromState, to: toState, ...(options.targetEmployerId ? { targetEmployerId: options.targetEmployerId } : {}) },
      });
      await this.publishMove(
        manager,
        name,
        {
          id,
          employerId: patch.employerId ?? row.employerId,
          toState,
          refusalReason: toState === 'refused' ? (patch.refusalReason ?? row.refusalReason) : null,
        },
        options.noticeOf?.() ?? options.notice ?? {},
      );
    });
    // After a transfer the user reads it as a member of the structure that now holds it.
    return this.views.view((await this.views.one(this.dataSource.manager, id))!, 'employer');
  }

  /** A change by the receiving employer that is not a move: locked, checked, audited; null when there was nothing to do. */
  private async onReceived(actor: Actor, id: string, apply: (manager: EntityManager, row: Candidature) => Promise<string | null>): Promise<CandidatureView> {
    requireAccess(candidatureAccess(actor, 'archive'));
    const organization = actor.organization!;
    await this.dataSource.transaction(async (manager) => {
      const found = await this.repository.lockById(manager, id);
      requireAccess(candidatureAccess(actor, 'archive', { received: found }));
      const row = found!; // the rule answers 404 for a missing candidature
      const action = await apply(manager, row);
      if (action) {
        await this.audit.record(manager, {
          action,
          subjectType: 'candidature',
          subjectId: id,
          actorUserId: actor.userId,
          actorOrganizationId: organization.id,
          details: { state: row.state },
        });
      }
    });
    return this.views.view((await this.views.one(this.dataSource.manager, id))!, 'employer');
  }

  /** The event of a move, in its transaction: the notifications listener makes its e-mails after the commit. */
  private async publishMove(
    manager: EntityManager,
    transition: TransitionName,
    moved: { id: string; employerId: string; toState: CandidatureState; refusalReason: RefusalReason | null },
    notice: MoveNotice,
  ): Promise<void> {
    const payload: CandidatureMoved['payload'] = {
      candidatureId: moved.id,
      employerId: moved.employerId,
      toState: moved.toState,
      refusalReason: moved.refusalReason,
      answer: notice.answer ?? null,
      forSender: notice.forSender ?? null,
      audience: notice.audience ?? 'both',
      transferredFrom: notice.transferredFrom ?? null,
    };
    await this.outbox.publish(manager, candidatureMoved(transition, payload));
  }

  private async log(
    manager: EntityManager,
    entry: Partial<CandidatureTransition> & Pick<CandidatureTransition, 'candidatureId' | 'transition' | 'fromState' | 'toState' | 'occurredAt'>,
  ): Promise<void> {
    await this.repository.logTransition(manager, { userId: null, organizationId: null, targetEmployerId: null, comment: null, ...entry });
  }
}

function hiringChangeMessage(problem: Exclude<HiringChangeProblem, { code: 'hireStarted' }>): string {
  switch (problem.code) {
    case 'startInPast':
      return 'L’embauche ne peut pas commencer dans le passé.';
    case 'postponedTooFar':
      return `Le début d’une embauche se reporte de 30 jours au plus : le ${frenchDate(problem.latest)} au plus tard.`;
    case 'startTooFar':
      return 'L’embauche commence au plus tard dans 6 mois.';
    case 'endBeforeStart':
      return 'La fin du contrat précède son début.';
  }
}
