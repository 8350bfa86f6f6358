import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  Actor,
  AppConfig,
  Clock,
  FieldError,
  IsoDate,
  Problem,
  RateLimit,
  RateLimiter,
  addDays,
  notFound,
  requireAccess,
  ruleProblem,
  validationProblem,
  frenchDate,
} from '@iae/core';
import { AuditTrail, isConstraintViolation } from '@iae/database';
import { CandidateLock, CandidatesService } from '@iae/candidates';
import { Outbox } from '@iae/notifications';
import { isHabilitated } from '@iae/identity';
import { passIaeIssued } from './events';
import { PassIaeViews, PassView } from './pass-iae-views';
import { PassIae, PassIaeHire, PassIaeSuspension } from './pass-iae.entity';
import { PassIaeRepository } from './pass-iae.repository';
import { PassIaeProblems } from './problems';
import { passIaeAccess } from './rules/pass-iae-access';
import { decideIssuance, excludedInPrison, passAfterHireMove, requiresPass, waitingPeriodBlocks } from './rules/issuance-rules';
import {
  correctionIssue,
  covers,
  isCurrentOrFuture,
  normalizePassNumber,
  PassStatus,
  passStatus,
  periodsLeftOut,
  suspensionPushDays,
} from './rules/pass-dates';
import {
  SUSPENSION_MAX_RETROACTIVITY_DAYS,
  SuspensionIssue,
  checkSuspension,
  endSuspensionForHire,
  suspensionBlocksHire,
  suspensionReasonLabel,
  suspensionRight,
} from './rules/suspension-rules';

/** The PASS a hire holds, as the hire leaves it. */
export interface IssuedPass {
  id: string;
  number: string;
  startDate: IsoDate;
  endDate: IsoDate;
}

/** An accepted hire, as the candidatures context gives it. */
export interface HireForPass {
  candidateId: string;
  candidatureId: string;
  employer: { id: string; kind: string; locatedInPrison: boolean };
  hiringStart: IsoDate;
  hiringEnd: IsoDate | null;
  eligibilityDiagnosisId: string | null;
  sender: { kind: 'candidate' | 'prescriber' | 'employer'; habilitatedPrescriber: boolean };
  personUnderJustice: boolean;
  hasValidPrescriberDiagnosis: boolean;
  acceptedByUserId: string;
}

export interface HireBlocker {
  code: 'waitingPeriod' | 'passSuspended';
  message: string;
  /** The last day it holds. */
  until: IsoDate;
}

export interface SuspensionInput {
  startDate: IsoDate;
  endDate: IsoDate;
  reason: string;
  explanation?: string | null;
}

/** The public check: enough for an honest caller, too little for guessing birth dates. */
export const PASS_CHECK_RATE_LIMIT: RateLimit = { limit: 20, windowSeconds: 600 };
export const PASS_CHECK_PER_NUMBER_RATE_LIMIT: RateLimit = { limit: 20, windowSeconds: 3600 };

/**
 * The PASS IAE (guide §5, rules card): issued or reused when a SIAE hire is accepted, numbered by a
 * sequence, suspended by the SIAE of the last hire or a habilitated prescriber, read by the people
 * entitled and checked publicly with the holder's birth date. Prolongations: ProlongationsService.
 */
@Injectable()
export class PassIaeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly repository: PassIaeRepository,
    private readonly views: PassIaeViews,
    private readonly candidates: CandidatesService,
    private readonly outbox: Outbox,
    private readonly rateLimiter: RateLimiter,
    private readonly audit: AuditTrail,
  ) {}

  // ——— for the candidatures context ———

  /**
   * Inside the caller's transaction, under the lock of the person it holds: reuse or issue the PASS, end a running
   * suspension, record the hire, publish `pass-iae.issued|reused` (the "PASS délivré" e-mail to the employer's members
   * is made of it after the commit). Returns null when no PASS
   * applies (non-SIAE employer, prison rule). Throws a Problem (422) when the waiting period forbids it.
   */
  async issueForHire(manager: EntityManager, hire: HireForPass, candidateLock: CandidateLock): Promise<IssuedPass | null> {
    if (!requiresPass(hire.employer.kind)) return null;
    const today = this.clock.today();
    // Under the lock of the person the caller's transaction holds (one lock per hire): two hires of one person queue up.
    if (candidateLock.manager !== manager || candidateLock.candidateId !== hire.candidateId) {
      throw new Error('issueForHire runs in the transaction that holds the lock of the person hired');
    }
    const latest = await this.repository.latestForCandidate(hire.candidateId, manager, { lock: true });
    const decision = decideIssuance({
      employerKind: hire.employer.kind,
      employerLocatedInPrison: hire.employer.locatedInPrison,
      personUnderJustice: hire.personUnderJustice,
      latest,
      hiringStart: hire.hiringStart,
      today,
      context: { senderHabilitatedPrescriber: hire.sender.habilitatedPrescriber, hasValidPrescriberDiagnosis: hire.hasValidPrescriberDiagnosis },
    });
    if (decision.action === 'none') return null;
    if (decision.action === 'blocked') {
      if (decision.code === 'waitingPeriod') {
        throw new Problem(
          PassIaeProblems.waitingPeriod,
          `Le dernier PASS IAE de la personne a pris fin il y a moins de 2 ans : une SIAE ne peut pas en obtenir un nouveau avant le ${frenchDate(decision.until)} inclus, sauf candidature ou diagnostic d’un prescripteur habilité.`,
          { extensions: { until: decision.until } },
        );
      }
      throw new Problem(
        PassIaeProblems.hiringAfterPassEnd,
        `La personne détient un PASS IAE valable jusqu’au ${frenchDate(decision.until)} : l’embauche doit commencer au plus tard ce jour-là.`,
        {
          extensions: { until: decision.until },
        },
      );
    }

    let pass: { id: string; number: string };
    if (decision.action === 'issue') {
      pass = await this.repository.issue(manager, this.config.passIae.numberPrefix, {
        candidateId: hire.candidateId,
        startDate: decision.startDate,
        endDate: decision.endDate,
        origin: 'default',
        eligibilityDiagnosisId: hire.eligibilityDiagnosisId,
        createdByUserId: hire.acceptedByUserId,
        originEmployerId: hire.employer.id,
        originEmployerKind: hire.employer.kind,
        originSenderKind: hire.sender.kind,
      });
    } else {
      pass = latest as PassIae;
      if (decision.moved) await this.repository.setDates(manager, pass.id, { startDate: decision.startDate, endDate: decision.endDate });
      await this.endSuspensionsForHire(manager, pass.id, hire.hiringStart);
    }

    await this.repository.addHire(manager, {
      passId: pass.id,
      candidateId: hire.candidateId,
      employerId: hire.employer.id,
      candidatureId: hire.candidatureId,
      hiringStart: hire.hiringStart,
      hiringEnd: hire.hiringEnd,
      issuedPass: decision.action === 'issue',
    });
    // The hiring SIAE follows the person from now on (it sees their file and their PASS).
    await this.candidates.link(manager, hire.candidateId, hire.employer.id, hire.acceptedByUserId, 'received_candidature');
    // An issued PASS has the decision's dates; a reused one is read again, its end having followed the suspensions ended
    // (a trigger moves it).
    const { number, startDate, endDate } = decision.action === 'issue' ? { ...pass, ...decision } : await this.repository.getById(pass.id, manager);
    const current: IssuedPass = { id: pass.id, number, startDate, endDate };
    await this.audit.record(manager, {
      action: decision.action === 'issue' ? 'pass_iae.issued' : 'pass_iae.reused',
      subjectType: 'pass_iae',
      subjectId: pass.id,
      actorUserId: hire.acceptedByUserId,
      actorOrganizationId: hire.employer.id,
      details: {
        number: current.number,
        candidatureId: hire.candidatureId,
        hiringStart: hire.hiringStart,
        startDate: current.startDate,
        endDate: current.endDate,
      },
    });
    // Told after the commit, by the notifications listener (pass-iae-notifications.ts).
    await this.outbox.publish(
      manager,
      passIaeIssued(decision.action === 'reuse', {
        passId: current.id,
        candidateId: hire.candidateId,
        employerId: hire.employer.id,
        hiredByUserId: hire.acceptedByUserId,
        passNumber: current.number,
        startDate: current.startDate,
        endDate: current.endDate,
      }),
    );
    return current;
  }

  /**
   * Cancelling an accepted hire before it starts: mark the hire cancelled; delete the PASS (number
   * never reused) when no other active hire uses it and it was issued for this hire.
   */
  async cancelHire(manager: EntityManager, candidatureId: string): Promise<void> {
    const hire = await this.repository.activeHireOfCandidature(candidatureId, manager);
    if (!hire) return;
    const pass = await this.repository.findById(hire.passId, manager, { lock: true });
    await this.repository.cancelHire(manager, hire.id, this.clock.now());
    const deleted = !!pass && hire.issuedPass && (await this.repository.countActiveHires(hire.passId, manager)) === 0;
    if (deleted) await this.repository.delete(manager, hire.passId);
    await this.audit.record(manager, {
      action: deleted ? 'pass_iae.cancelled' : 'pass_iae.hire_cancelled',
      subjectType: 'pass_iae',
      subjectId: hire.passId,
      actorOrganizationId: hire.employerId,
      details: { number: pass?.number ?? null, candidatureId, candidateId: hire.candidateId },
    });
  }

  /**
   * The new dates of an accepted hire not started yet, inside the caller's transaction: the PASS issued
   * for it alone follows its start (its end too); one it shares, or already running, must hold the
   * new start (422 otherwise). No PASS (not a SIAE, the prison rule): nothing to do.
   */
  async moveHire(manager: EntityManager, move: { candidatureId: string; hiringStart: IsoDate; hiringEnd: IsoDate | null; byUserId: string }): Promise<void> {
    const hire = await this.repository.activeHireOfCandidature(move.candidatureId, manager);
    if (!hire) return;
    const pass = await this.repository.getById(hire.passId, manager, { lock: true });
    const alone = hire.issuedPass && (await this.repository.countActiveHires(pass.id, manager)) === 1;
    const decision = passAfterHireMove({ pass, issuedForThisHireAlone: alone, newStart: move.hiringStart, today: this.clock.today() });
    if (decision.action === 'blocked') {
      throw new Problem(
        PassIaeProblems.hiringAfterPassEnd,
        `La personne détient le PASS IAE ${pass.number}, valable du ${frenchDate(decision.from)} au ${frenchDate(decision.until)} : l’embauche doit commencer dans cette période.`,
        { extensions: { from: decision.from, until: decision.until } },
      );
    }
    if (decision.action === 'follow') await this.repository.setDates(manager, pass.id, { startDate: decision.startDate, endDate: decision.endDate });
    await this.repository.moveHire(manager, hire.id, { hiringStart: move.hiringStart, hiringEnd: move.hiringEnd });
    await this.audit.record(manager, {
      action: 'pass_iae.hire_moved',
      subjectType: 'pass_iae',
      subjectId: pass.id,
      actorUserId: move.byUserId,
      actorOrganizationId: hire.employerId,
      details: {
        number: pass.number,
        candidatureId: move.candidatureId,
        hiringStart: { before: hire.hiringStart, after: move.hiringStart },
        ...(decision.action === 'follow'
          ? { startDate: { before: pass.startDate, after: decision.startDate }, endDate: { before: pass.endDate, after: decision.endDate } }
          : {}),
      },
    });
  }

  /** What would stop a SIAE from hiring this person on `on` (for sending a candidature). */
  async hireBlockers(
    candidateId: string,
    employer: { kind: string; locatedInPrison: boolean },
    on: IsoDate,
    context: { senderHabilitatedPrescriber: boolean; hasValidPrescriberDiagnosis: boolean; personUnderJustice: boolean },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<HireBlocker[]> {
    // Such a hire gives no PASS IAE (decideIssuance): no PASS rule can stop it.
    if (!requiresPass(employer.kind) || excludedInPrison(context.personUnderJustice, employer.locatedInPrison)) return [];
    const latest = await this.repository.latestForCandidate(candidateId, manager);
    if (!latest) return [];
    if (isCurrentOrFuture(latest, on)) {
      const running = (await this.repository.suspensions(latest.id, manager)).find((s) => covers(s, on));
      if (running && suspensionBlocksHire(running.reason)) {
        return [
          {
            code: 'passSuspended',
            until: running.endDate,
            message: `Le PASS IAE de la personne est suspendu jusqu’au ${frenchDate(running.endDate)} (${suspensionReasonLabel(running.reason)}) : une nouvelle embauche n’est pas possible avant.`,
          },
        ];
      }
      return [];
    }
    const waiting = waitingPeriodBlocks(latest.endDate, on, context);
    if (!waiting.blocked) return [];
    return [
      {
        code: 'waitingPeriod',
        until: waiting.until,
        message: `Le PASS IAE de la personne a pris fin le ${frenchDate(latest.endDate)} : pendant le délai de carence de 2 ans (jusqu’au ${frenchDate(waiting.until)}), seul un prescripteur habilité peut l’orienter vers une SIAE.`,
      },
    ];
  }

  async latestFor(candidateId: string, manager: EntityManager = this.dataSource.manager): Promise<PassView | null> {
    const latest = await this.repository.latestForCandidate(candidateId, manager);
    return latest ? this.views.pass(manager, latest, this.clock.today()) : null;
  }

  // ——— HTTP ———

  /** The PASS for the people who may see its holder: the person, professionals following them, staff with a reason. */
  async get(actor: Actor, number: string): Promise<PassView> {
    const pass = await this.repository.findByNumber(number);
    if (!pass) throw notFound('Aucun PASS IAE ne porte ce numéro.');
    await this.candidates.requireAccess(actor, pass.candidateId);
    return this.views.pass(this.dataSource.manager, pass, this.clock.today());
  }

  /** Public: whether this number is a valid (current or future) PASS of a person born that day. Nothing else. */
  async check(number: string, birthDate: IsoDate, clientIp: string | null): Promise<{ valid: boolean; endDate?: IsoDate }> {
    const tooMany = 'Trop de vérifications de PASS IAE ; réessayez dans quelques minutes.';
    await this.rateLimiter.consume('pass-iae-check', clientIp ?? 'unknown', PASS_CHECK_RATE_LIMIT, tooMany);
    const normalized = normalizePassNumber(number);
    if (!normalized) return { valid: false };
    await this.rateLimiter.consume('pass-iae-check-number', normalized, PASS_CHECK_PER_NUMBER_RATE_LIMIT, tooMany);
    const endDate = await this.repository.endForNumberAndBirthDate(normalized, birthDate);
    return endDate && this.clock.today() <= endDate ? { valid: true, endDate } : { valid: false };
  }

  /** The SIAE of the last hire (any reason) or a habilitated prescriber (no contract or support any more) suspends. */
  async suspend(actor: Actor, number: string, input: SuspensionInput): Promise<PassView> {
    return this.onPass(actor, number, async (manager, pass, today) => {
      const organization = actor.organization!;
      const lastHire = await this.repository.lastHire(pass.id, manager);
      const habilitated = isHabilitated(organization.family, organization.authorizationStatus);
      requireAccess(passIaeAccess(actor, 'suspend', { lastHireEmployerId: lastHire?.employerId ?? null, habilitated }));
      const author = suspensionRight({ id: organization.id, family: organization.family, habilitated }, lastHire?.employerId ?? null)!;
      await this.requireLatest(manager, pass);
      const suspensions = await this.repository.suspensions(pass.id, manager);
      const status = passStatus(pass, suspensions, today);
      if (status === 'suspended') {
        throw new Problem(PassIaeProblems.alreadySuspended, 'Le PASS IAE est déjà suspendu aujourd’hui : modifiez la suspension en cours.');
      }
      this.requireInProgress(status, pass);
      this.throwIssues(
        checkSuspension({
          pass,
          others: suspensions,
          ...input,
          author,
          employerKind: author === 'employer' ? organization.kind : null,
          lastHireStart: lastHire?.hiringStart ?? null,
          today,
        }),
      );
      const suspension = await this.writeSuspension(manager, () =>
        this.repository.addSuspension(manager, {
          passId: pass.id,
          startDate: input.startDate,
          endDate: input.endDate,
          reason: input.reason,
          reasonExplanation: input.explanation?.trim() || null,
          organizationId: organization.id,
          authorKind: author,
          createdByUserId: actor.userId,
          updatedByUserId: actor.userId,
        }),
      );
      return {
        action: 'pass_iae.suspended',
        details: { suspensionId: suspension.id, startDate: input.startDate, endDate: input.endDate, reason: input.reason, by: author },
      };
    });
  }

  /** The organisation that made a suspension edits it; the end of the PASS follows. */
  async editSuspension(actor: Actor, number: string, suspensionId: string, patch: Partial<SuspensionInput>): Promise<PassView> {
    return this.onPass(actor, number, async (manager, pass, today) => {
      const { suspension, lastHire } = await this.ownSuspension(manager, actor, pass, suspensionId);
      const all = await this.repository.suspensions(pass.id, manager);
      this.requireInProgress(passStatus(pass, all, today), pass);
      const next = {
        startDate: patch.startDate ?? suspension.startDate,
        endDate: patch.endDate ?? suspension.endDate,
        reason: patch.reason ?? suspension.reason,
      };
      const others = all.filter((s) => s.id !== suspension.id);
      // The PASS as it would be without this suspension: the one edited no longer pushes its end.
      const without = { startDate: pass.startDate, endDate: addDays(pass.endDate, -suspensionPushDays(suspension)) };
      this.throwIssues(
        checkSuspension({
          pass: without,
          others,
          ...next,
          author: suspension.authorKind === 'prescriber' ? 'prescriber' : 'employer',
          employerKind: suspension.authorKind === 'employer' ? actor.organization!.kind : null,
          lastHireStart: lastHire?.hiringStart ?? null,
          today,
          startChanged: next.startDate !== suspension.startDate,
        }),
      );
      await this.writeSuspension(manager, () =>
        this.repository.updateSuspension(manager, suspension.id, {
          ...next,
          ...(patch.explanation !== undefined ? { reasonExplanation: patch.explanation?.trim() || null } : {}),
          updatedByUserId: actor.userId,
        }),
      );
      return {
        action: 'pass_iae.suspension_edited',
        details: { suspensionId, before: { startDate: suspension.startDate, endDate: suspension.endDate, reason: suspension.reason }, after: next },
      };
    });
  }

  async deleteSuspension(actor: Actor, number: string, suspensionId: string): Promise<PassView> {
    return this.onPass(actor, number, async (manager, pass) => {
      const { suspension } = await this.ownSuspension(manager, actor, pass, suspensionId);
      await this.repository.deleteSuspension(manager, suspension.id);
      return {
        action: 'pass_iae.suspension_deleted',
        details: { suspensionId, startDate: suspension.startDate, endDate: suspension.endDate, reason: suspension.reason },
      };
    });
  }

  /**
   * Staff correct the dates of a PASS (a start or an end recorded wrong), with the reason; the end
   * never before the start, never over another PASS of the person. Audited, like every change.
   */
  async correctDates(actor: Actor, number: string, input: { startDate?: IsoDate; endDate?: IsoDate; reason: string }): Promise<PassView> {
    return this.onPass(actor, number, async (manager, pass) => {
      const corrected = { startDate: input.startDate ?? pass.startDate, endDate: input.endDate ?? pass.endDate };
      const issue = correctionIssue(corrected);
      if (issue) throw ruleProblem([{ ...issue, message: `La fin du PASS IAE suit son début (le ${frenchDate(corrected.startDate)}) : elle vient après.` }]);
      const leftOut = periodsLeftOut(corrected, {
        suspensions: await this.repository.suspensions(pass.id, manager),
        prolongations: await this.repository.prolongations(pass.id, manager),
      });
      if (leftOut) {
        const what = { suspensionOutside: 'une suspension', prolongationOutside: 'une prolongation' };
        const side = { startDate: 'Ce début', endDate: 'Cette fin' };
        throw new Problem(PassIaeProblems.correctionLeavesPeriodsOut, 'Ces dates laisseraient une suspension ou une prolongation hors du PASS IAE.', {
          errors: leftOut.errors.map((e) => ({
            ...e,
            message: `${side[e.field]} laisserait ${what[e.code]} hors du PASS IAE : corrigez-la ou supprimez-la d’abord.`,
          })),
          extensions: { suspensions: leftOut.suspensions, prolongations: leftOut.prolongations },
        });
      }
      try {
        await this.repository.setDates(manager, pass.id, corrected);
      } catch (error) {
        if (isConstraintViolation(error, 'pass_iae_one_at_a_time')) {
          throw new Problem(PassIaeProblems.datesOverlap, 'Ces dates chevauchent un autre PASS IAE de la personne : une personne n’en a qu’un à la fois.');
        }
        throw error;
      }
      return {
        action: 'pass_iae.dates_corrected',
        details: { reason: input.reason.trim(), before: { startDate: pass.startDate, endDate: pass.endDate }, after: corrected },
      };
    });
  }

  /** Everything that happened to a PASS, oldest first (staff): issue, hires, suspensions, prolongations, corrections. */
  async history(
    number: string,
  ): Promise<Array<{ action: string; at: Date; actorUserId: string | null; actorOrganizationId: string | null; details: Record<string, unknown> }>> {
    const pass = await this.repository.findByNumber(number);
    if (!pass) throw notFound('Aucun PASS IAE ne porte ce numéro.');
    return (await this.audit.forSubject('pass_iae', pass.id)).map((e) => ({
      action: e.action,
      at: e.occurredAt,
      actorUserId: e.actorUserId,
      actorOrganizationId: e.actorOrganizationId,
      details: e.details,
    }));
  }

  // ——— shared with prolongations ———

  /**
   * Runs a change on one PASS in one transaction, under a lock on its row; records it in the audit
   * trail and answers the PASS as it is after the change.
   */
  async onPass(
    actor: Actor,
    number: string,
    apply: (manager: EntityManager, pass: PassIae, today: IsoDate) => Promise<{ action: string; details: Record<string, unknown> }>,
  ): Promise<PassView> {
    return this.dataSource.transaction(async (manager) => {
      const pass = await this.repository.findByNumber(number, manager, { lock: true });
      if (!pass) throw notFound('Aucun PASS IAE ne porte ce numéro.');
      const today = this.clock.today();
      await this.recordChange(manager, actor, pass, await apply(manager, pass, today));
      return this.views.pass(manager, await this.repository.getById(pass.id, manager), today);
    });
  }

  /** The audit record of a change to a PASS, in the transaction of the change. */
  recordChange(manager: EntityManager, actor: Actor, pass: PassIae, change: { action: string; details: Record<string, unknown> }): Promise<void> {
    return this.audit.record(manager, {
      action: change.action,
      subjectType: 'pass_iae',
      subjectId: pass.id,
      actorUserId: actor.userId,
      actorOrganizationId: actor.organization?.id ?? null,
      details: { number: pass.number, ...change.details },
    });
  }

  /** Only the person's latest PASS is suspended or prolonged. */
  async requireLatest(manager: EntityManager, pass: PassIae): Promise<void> {
    const latest = await this.repository.latestForCandidate(pass.candidateId, manager);
    if (latest?.id !== pass.id)
      throw new Problem(PassIaeProblems.notLatest, `La personne a un PASS IAE plus récent (${latest?.number}) : c’est lui qui se suspend ou se prolonge.`);
  }

  // ——— private ———

  /** A new hire ends the suspension running at its start (a legacy reason blocks the hire). */
  private async endSuspensionsForHire(manager: EntityManager, passId: string, hiringStart: IsoDate): Promise<void> {
    for (const suspension of await this.repository.suspensions(passId, manager)) {
      const change = endSuspensionForHire(suspension, hiringStart);
      if (change.action === 'none') continue;
      if (suspensionBlocksHire(suspension.reason)) {
        throw new Problem(
          PassIaeProblems.suspended,
          `Le PASS IAE est suspendu jusqu’au ${frenchDate(suspension.endDate)} (${suspensionReasonLabel(suspension.reason)}).`,
          {
            extensions: { until: suspension.endDate },
          },
        );
      }
      if (change.action === 'delete') await this.repository.deleteSuspension(manager, suspension.id);
      else await this.repository.updateSuspension(manager, suspension.id, { endDate: change.endDate });
    }
  }

  /** A suspension its organisation may still change: it made it, and still has the right to suspend the PASS. */
  private async ownSuspension(
    manager: EntityManager,
    actor: Actor,
    pass: PassIae,
    suspensionId: string,
  ): Promise<{ suspension: PassIaeSuspension; lastHire: PassIaeHire | null }> {
    const suspension = await this.repository.findSuspension(manager, pass.id, suspensionId);
    if (!suspension) throw notFound('Ce PASS IAE n’a pas de suspension portant cet identifiant.');
    const organization = actor.organization;
    const lastHire = await this.repository.lastHire(pass.id, manager);
    requireAccess(
      passIaeAccess(actor, 'edit-suspension', {
        suspensionOrganizationId: suspension.organizationId,
        lastHireEmployerId: lastHire?.employerId ?? null,
        habilitated: !!organization && isHabilitated(organization.family, organization.authorizationStatus),
      }),
    );
    return { suspension, lastHire };
  }

  /** A PASS is suspended while it runs (guide: « alors que son PASS IAE est valide »): an ended one is not brought back. */
  private requireInProgress(status: PassStatus, pass: PassIae): void {
    if (status === 'expired' || status === 'future')
      throw new Problem(
        PassIaeProblems.notInProgress,
        status === 'expired'
          ? `Le PASS IAE a pris fin le ${frenchDate(pass.endDate)} : il ne se suspend plus.`
          : `Le PASS IAE commence le ${frenchDate(pass.startDate)} : il ne se suspend pas avant.`,
        { extensions: { passStatus: status } },
      );
  }

  /** The database refuses overlapping suspensions even when two arrive at once. */
  private async writeSuspension<T>(manager: EntityManager, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isConstraintViolation(error, 'pass_iae_suspensions_no_overlap')) {
        throw new Problem(PassIaeProblems.suspensionOverlap, 'Cette période chevauche une autre suspension du PASS IAE.');
      }
      throw error;
    }
  }

  private throwIssues(issues: SuspensionIssue[]): void {
    const overlap = issues.find((i) => i.code === 'overlaps');
    if (overlap && overlap.code === 'overlaps') {
      throw new Problem(
        PassIaeProblems.suspensionOverlap,
        `Le PASS IAE est déjà suspendu du ${frenchDate(overlap.with.startDate)} au ${frenchDate(overlap.with.endDate)} : les suspensions ne se chevauchent pas.`,
        { extensions: { overlaps: overlap.with } },
      );
    }
    // A reason outside the list is malformed input (400); the rest are the rules of suspension (422).
    const malformed = issues.filter((i) => i.code === 'unknownReason');
    if (malformed.length) throw validationProblem(malformed.map(suspensionError));
    if (issues.length) throw ruleProblem(issues.map(suspensionError));
  }
}

function suspensionError(issue: SuspensionIssue): FieldError {
  const messages: Record<string, string> = {
    unknownReason: 'Motif inconnu : CONTRACT_SUSPENDED, CONTRACT_BROKEN, FINISHED_CONTRACT, APPROVAL_BETWEEN_CTA_MEMBERS ou CONTRAT_PASSERELLE.',
    reasonForEiAndAciOnly: 'La bascule en contrat passerelle ne concerne que les EI et les ACI.',
    reasonNotForPrescriber: 'Un prescripteur suspend un PASS lorsque le contrat est rompu ou terminé (CONTRACT_BROKEN, FINISHED_CONTRACT).',
    notInFuture: 'Une suspension commence au plus tard aujourd’hui.',
    tooOld: `Une suspension commence au plus tôt il y a ${SUSPENSION_MAX_RETROACTIVITY_DAYS} jours.`,
    beforePass: 'La suspension commence avant le début du PASS IAE.',
    afterPass: 'La suspension commence après la fin du PASS IAE.',
    beforeStart: 'La fin de la suspension précède son début.',
    tooLong: 'Une suspension dure au plus 36 mois',
    beforeLastHire: 'La suspension commence au plus tôt le premier jour de la dernière embauche',
  };
  const bound =
    'latest' in issue && issue.latest ? ` (au plus tard le ${frenchDate(issue.latest)})` : 'earliest' in issue ? `, le ${frenchDate(issue.earliest)}` : '';
  return { field: issue.field, code: issue.code, message: `${messages[issue.code].replace(/\.$/, '')}${bound}.` };
}
