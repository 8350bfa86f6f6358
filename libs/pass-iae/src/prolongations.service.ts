import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  Actor,
  Clock,
  DEFAULT_PAGE_SIZE,
  FieldError,
  IsoDate,
  Page,
  Problem,
  ScheduledJobs,
  addDays,
  decodeCursor,
  notFound,
  requireAccess,
  ruleProblem,
  toPage,
  validationProblem,
  frenchDate,
} from '@iae/core';
import { AuditTrail, isUniqueViolation } from '@iae/database';
import { OrganizationsService } from '@iae/identity';
import { CandidatesService } from '@iae/candidates';
import { Outbox } from '@iae/notifications';
import { FilesService, Upload, sniffFileType } from '@iae/storage';
import { prolongationRequestEvent } from './events';
import { PassIaeViews, PassView, ProlongationRequestView, proposedActionLabel } from './pass-iae-views';
import { DENY_REASONS, DenyReason, PassIae, ProlongationRequest, ProposedAction } from './pass-iae.entity';
import { PassIaeRepository } from './pass-iae.repository';
import { PassIaeService } from './pass-iae.service';
import { PassIaeProblems } from './problems';
import { passIaeAccess } from './rules/pass-iae-access';
import { lengthInDays, passStatus } from './rules/pass-dates';
import {
  ProlongationIssue,
  REMINDERS_FOR_DAYS,
  checkProlongation,
  denialIssue,
  followEnd,
  habilitationEnded,
  prolongationBlock,
  prolongationPeriod,
  reminderDue,
} from './rules/prolongation-rules';

const FRENCH_NUMBER = new Intl.NumberFormat('fr-FR');
export const REPORT_PURPOSE = 'prolongation_report';

export interface ProlongationInput {
  reason: string;
  endDate: IsoDate;
  explanation?: string | null;
  reportFileId?: string | null;
}

export interface ProlongationRequestInput extends ProlongationInput {
  prescriberOrganizationId: string;
  requirePhoneInterview?: boolean;
  contactEmail?: string | null;
  contactPhone?: string | null;
}

export interface DenyInput {
  reason: DenyReason;
  explanation?: string | null;
  proposedActions?: ProposedAction[];
  proposedActionsExplanation?: string | null;
}

const STRANDED_PER_RUN = 500;

/**
 * Prolongations of a PASS IAE (guide §5.3, rules card): the SIAE of the last hire declares SENIOR_CDI
 * and COMPLETE_TRAINING itself, and asks a habilitated prescriber organisation for RQTH, SENIOR and
 * PARTICULAR_DIFFICULTIES; the prescriber grants (the PASS is extended) or denies; pending requests
 * are reminded every 10 days for 30 days.
 */
@Injectable()
export class ProlongationsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly passes: PassIaeService,
    private readonly repository: PassIaeRepository,
    private readonly views: PassIaeViews,
    private readonly organizations: OrganizationsService,
    private readonly candidates: CandidatesService,
    private readonly files: FilesService,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
    private readonly jobs: ScheduledJobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'pass-iae.prolongation-request-reminders',
      description: 'Rappelle aux prescripteurs les demandes de prolongation de PASS IAE en attente : 10, 20 et 30 jours après la demande, jamais après.',
      cron: '15 5 * * *',
      run: ({ dryRun }) => this.sendReminders(dryRun),
    });
    this.jobs.register({
      name: 'pass-iae.stranded-prolongation-requests',
      description:
        'Prévient la SIAE dont une demande de prolongation attend un prescripteur qui n’est plus habilité (habilitation échue ou retirée) : elle l’adresse à un autre.',
      // Hourly, after the habilitations' expiry (at 5 past): the SIAE hears of it within the hour.
      cron: '25 * * * *',
      run: ({ dryRun }) => this.tellStranded(dryRun),
    });
  }

  /** SENIOR_CDI or COMPLETE_TRAINING, declared by the SIAE of the last hire: the PASS is extended at once. */
  async declare(actor: Actor, number: string, input: ProlongationInput): Promise<PassView> {
    return this.passes.onPass(actor, number, async (manager, pass, today) => {
      const declared = await this.checkOpen(manager, actor, pass, today, input, 'declared');
      const prolongation = await this.repository.addProlongation(manager, {
        ...declared,
        prescriberOrganizationId: null,
        validatedByUserId: null,
        requestId: null,
        reportFileId: null,
      });
      return {
        action: 'pass_iae.prolonged',
        details: { prolongationId: prolongation.id, reason: input.reason, startDate: declared.startDate, endDate: declared.endDate },
      };
    });
  }

  /** RQTH, SENIOR or PARTICULAR_DIFFICULTIES: a request to a habilitated prescriber organisation the SIAE chooses. */
  async request(actor: Actor, number: string, input: ProlongationRequestInput): Promise<ProlongationRequestView> {
    const errors: FieldError[] = [];
    if (input.requirePhoneInterview && !input.contactEmail)
      errors.push({ field: 'contactEmail', code: 'isDefined', message: 'Pour un entretien téléphonique, donnez une adresse e-mail de contact.' });
    if (input.requirePhoneInterview && !input.contactPhone)
      errors.push({ field: 'contactPhone', code: 'isDefined', message: 'Pour un entretien téléphonique, donnez un numéro de téléphone.' });
    if (errors.length) throw validationProblem(errors);
    let requestId = '';
    try {
      await this.passes.onPass(actor, number, async (manager, pass, today) => {
        const declared = await this.checkOpen(manager, actor, pass, today, input, 'request');
        const prescriber = await this.habilitatedPrescriber(manager, input.prescriberOrganizationId);
        if (input.reportFileId) await this.checkReport(manager, actor, input.reportFileId);
        const request = await this.repository.addRequest(manager, {
          ...declared,
          prescriberOrganizationId: prescriber.id,
          reportFileId: input.reportFileId ?? null,
          requirePhoneInterview: input.requirePhoneInterview ?? false,
          contactEmail: input.contactEmail?.trim() || null,
          contactPhone: input.contactPhone?.trim() || null,
          status: 'pending',
          remindersSent: 0,
          createdOn: today,
        });
        requestId = request.id;
        await this.outbox.publish(
          manager,
          prolongationRequestEvent('pass-iae.prolongation-requested', { requestId: request.id, startDate: request.startDate, endDate: request.endDate }),
        );
        return {
          action: 'pass_iae.prolongation_requested',
          details: {
            requestId: request.id,
            reason: input.reason,
            prescriberOrganizationId: prescriber.id,
            startDate: declared.startDate,
            endDate: declared.endDate,
          },
        };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'pass_iae_prolongation_requests_one_pending')) throw this.pendingProblem();
      throw error;
    }
    return (await this.views.requests(this.dataSource.manager, [(await this.repository.findRequest(requestId))!]))[0];
  }

  /** The bilan sent before the request that carries it: a PDF, kept for the SIAE that sent it. */
  async storeReport(actor: Actor, upload: Upload): Promise<{ id: string; fileName: string; contentType: string; size: number }> {
    if (sniffFileType(upload.content.subarray(0, 16)) !== 'application/pdf') {
      throw validationProblem([{ field: upload.fieldName, code: 'fileType', message: 'Le bilan doit être un fichier PDF.' }]);
    }
    const file = await this.dataSource.transaction((manager) =>
      this.files.store(manager, upload, REPORT_PURPOSE, actor.userId, actor.organization?.id ?? null),
    );
    return { id: file.id, fileName: file.fileName, contentType: file.contentType, size: file.size };
  }

  /** The bilan of a request, for the prescriber organisation asked and the SIAE that asked. */
  async openReport(actor: Actor, requestId: string): Promise<{ fileName: string; contentType: string; content: Buffer }> {
    const request = await this.repository.findRequest(requestId);
    if (!request) throw notFound('Aucune demande de prolongation ne porte cet identifiant.');
    requireAccess(
      passIaeAccess(actor, 'open-prolongation-report', {
        prescriberOrganizationId: request.prescriberOrganizationId,
        declaredByEmployerId: request.declaredByEmployerId,
      }),
    );
    if (!request.reportFileId) throw notFound('Cette demande n’a pas de bilan.');
    const { file, content } = await this.files.open(request.reportFileId);
    return { fileName: file.fileName, contentType: file.contentType, content };
  }

  /** The requests addressed to the prescriber organisation the caller acts for, newest first. */
  async inbox(actor: Actor, filter: { status?: string; cursor?: string; limit?: number }): Promise<Page<ProlongationRequestView>> {
    const limit = filter.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(filter.cursor, ['timestamp', 'uuid']) as [string, string] | null;
    const rows = await this.repository.inbox(actor.organization!.id, { status: filter.status, after, limit });
    const views = await this.views.requests(this.dataSource.manager, rows.slice(0, limit));
    return toPage(
      rows,
      limit,
      (r) => [r.createdAt.toISOString(), r.id],
      (r) => views.find((v) => v.id === r.id)!,
    );
  }

  /** Grants a request: the prolongation is created and the PASS extended, in one transaction. */
  async grant(actor: Actor, requestId: string): Promise<ProlongationRequestView> {
    return this.decide(actor, requestId, async (manager, request, pass) => {
      // The end may have moved since the request (a suspension): the prolongation follows it, same length.
      const period =
        request.startDate === addDays(pass.endDate, 1) ? { startDate: request.startDate, endDate: request.endDate } : followEnd(request, pass.endDate);
      await this.repository.updateRequest(manager, request.id, {
        ...period,
        status: 'granted',
        processedAt: this.clock.now(),
        processedByUserId: actor.userId,
      });
      await this.repository.insertProlongation(manager, {
        passId: pass.id,
        ...period,
        reason: request.reason,
        reasonExplanation: request.reasonExplanation,
        declaredByUserId: request.declaredByUserId,
        declaredByEmployerId: request.declaredByEmployerId,
        prescriberOrganizationId: request.prescriberOrganizationId,
        validatedByUserId: actor.userId,
        requestId: request.id,
        reportFileId: request.reportFileId,
      });
      await this.outbox.publish(manager, prolongationRequestEvent('pass-iae.prolongation-granted', { requestId: request.id, ...period }));
      return { action: 'pass_iae.prolongation_granted', details: { requestId: request.id, reason: request.reason, ...period } };
    });
  }

  async deny(actor: Actor, requestId: string, input: DenyInput): Promise<ProlongationRequestView> {
    const proposedActions = [...new Set(input.proposedActions ?? [])];
    return this.decide(actor, requestId, async (manager, request) => {
      const issue = denialIssue(input.reason, proposedActions);
      if (issue) {
        throw ruleProblem([
          {
            ...issue,
            message:
              'Quand l’IAE ne correspond plus à la personne, proposez au moins une action : sortie de l’IAE (EXIT_IAE), orientation vers un partenaire social (SOCIAL_PARTNER) ou autre (OTHER).',
          },
        ]);
      }
      await this.repository.updateRequest(manager, request.id, {
        status: 'denied',
        processedAt: this.clock.now(),
        processedByUserId: actor.userId,
        denyReason: input.reason,
        denyReasonExplanation: input.explanation?.trim() || null,
        denyProposedActions: proposedActions,
        denyProposedActionsExplanation: input.proposedActionsExplanation?.trim() || null,
      });
      await this.outbox.publish(
        manager,
        prolongationRequestEvent('pass-iae.prolongation-denied', {
          requestId: request.id,
          startDate: request.startDate,
          endDate: request.endDate,
          denial: {
            reason: DENY_REASONS[input.reason],
            explanation: input.explanation?.trim() || null,
            proposedActions: proposedActions.map(proposedActionLabel),
          },
        }),
      );
      return { action: 'pass_iae.prolongation_denied', details: { requestId: request.id, reason: input.reason, proposedActions } };
    });
  }

  /**
   * The SIAE that asked addresses its pending request to another habilitated prescriber organisation, once the one
   * asked is no longer habilitated (its habilitation ended or was withdrawn): the request, which blocks any other on
   * the PASS, is not left waiting for a decision nobody may take. The new organisation is told as of a new request,
   * and reminded from that day. Locks as a decision does: the organisations, the PASS, then the request.
   */
  async readdress(actor: Actor, requestId: string, prescriberOrganizationId: string): Promise<ProlongationRequestView> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.repository.findRequest(requestId, manager);
      requireAccess(passIaeAccess(actor, 'readdress-prolongation', { request: found }));
      const askedHabilitated = await this.organizations.isHabilitatedWithinTransaction(manager, found!.prescriberOrganizationId);
      const prescriber = await this.habilitatedPrescriber(manager, prescriberOrganizationId);
      const pass = await this.repository.getById(found!.passId, manager, { lock: true });
      const request = (await this.repository.findRequest(requestId, manager, { lock: true }))!;
      requirePending(request);
      if (askedHabilitated) {
        throw new Problem(
          PassIaeProblems.prescriberStillHabilitated,
          'Le prescripteur à qui la demande est adressée est toujours habilité : attendez sa décision.',
        );
      }
      const today = this.clock.today();
      await this.repository.updateRequest(manager, request.id, {
        prescriberOrganizationId: prescriber.id,
        createdOn: today,
        remindersSent: 0,
        reminderSentAt: null,
        strandedNotifiedAt: null,
      });
      await this.outbox.publish(
        manager,
        prolongationRequestEvent('pass-iae.prolongation-requested', { requestId: request.id, startDate: request.startDate, endDate: request.endDate }),
      );
      await this.passes.recordChange(manager, actor, pass, {
        action: 'pass_iae.prolongation_request_readdressed',
        details: { requestId: request.id, fromPrescriberOrganizationId: request.prescriberOrganizationId, prescriberOrganizationId: prescriber.id },
      });
      return (await this.views.requests(manager, [(await this.repository.findRequest(requestId, manager))!]))[0];
    });
  }

  /** Reminders on day 10, 20 and 30 of a pending request, each once, whenever the job runs; none after. */
  async sendReminders(dryRun: boolean): Promise<{ summary: string; reminded: number }> {
    const today = this.clock.today();
    let reminded = 0;
    for (const { id } of await this.repository.remindable(addDays(today, -REMINDERS_FOR_DAYS))) {
      await this.dataSource.transaction(async (manager) => {
        // Re-read under lock: a decision or another run may have come in between.
        const request = await this.repository.findRequest(id, manager, { lock: true });
        const due = request?.status === 'pending' ? reminderDue(request.createdOn, today, request.remindersSent) : null;
        if (!request || due === null) return;
        // An organisation no longer habilitated cannot decide: it is not reminded (the SIAE addresses the request elsewhere).
        if (!(await this.organizations.isHabilitatedWithinTransaction(manager, request.prescriberOrganizationId))) return;
        reminded++;
        if (dryRun) return;
        await this.repository.updateRequest(manager, id, { remindersSent: due, reminderSentAt: this.clock.now() });
        const pass = await this.repository.getById(request.passId, manager);
        await this.outbox.publish(
          manager,
          prolongationRequestEvent('pass-iae.prolongation-request-reminded', {
            requestId: id,
            startDate: request.startDate,
            endDate: request.endDate,
            reminder: due,
          }),
        );
        await this.audit.record(manager, {
          action: 'pass_iae.prolongation_request_reminded',
          subjectType: 'pass_iae',
          subjectId: pass.id,
          details: { requestId: id, reminder: due },
        });
      });
    }
    return { summary: `${reminded} prolongation request(s) ${dryRun ? 'to remind' : 'reminded'}`, reminded };
  }

  /**
   * The SIAE whose pending request waits on an organisation whose habilitation ended (expired, withdrawn or refused;
   * not one merely waiting for the platform's check after a change of kind) is told, once, to address it to another
   * habilitated prescriber; told again if that one loses it too, or if the first loses it again after being habilitated
   * anew. At most `STRANDED_PER_RUN` requests a run: a withdrawal does not flood a SIAE's members in one hour.
   */
  async tellStranded(dryRun: boolean): Promise<{ summary: string; told: number }> {
    const pending = await this.repository.pendingWithPrescribers();
    const asked = new Map((await this.organizations.findByIds([...new Set(pending.map((r) => r.prescriber_organization_id))])).map((o) => [o.id, o]));
    const again = pending.filter((r) => r.told && asked.get(r.prescriber_organization_id)?.habilitated).map((r) => r.id);
    if (again.length && !dryRun) await this.repository.forgetStranded(again);
    const stranded = pending.filter((r) => !r.told && habilitationEnded(asked.get(r.prescriber_organization_id))).slice(0, STRANDED_PER_RUN);
    let told = 0;
    for (const { id } of stranded) {
      await this.dataSource.transaction(async (manager) => {
        // Re-read under lock: a decision, a readdress or another run may have come in between.
        const request = await this.repository.findRequest(id, manager, { lock: true });
        if (request?.status !== 'pending' || request.strandedNotifiedAt) return;
        // Share-locked: an organisation habilitated again meanwhile is seen, or waits for this commit (and its next run's forgetting).
        const organization = await this.organizations.findByIdForShare(manager, request.prescriberOrganizationId);
        if (!habilitationEnded(organization ?? undefined)) return;
        told++;
        if (dryRun) return;
        await this.repository.updateRequest(manager, id, { strandedNotifiedAt: this.clock.now() });
        await this.outbox.publish(
          manager,
          prolongationRequestEvent('pass-iae.prolongation-request-stranded', {
            requestId: id,
            startDate: request.startDate,
            endDate: request.endDate,
            prescriberOrganizationId: request.prescriberOrganizationId,
          }),
        );
        await this.audit.record(manager, {
          action: 'pass_iae.prolongation_request_stranded',
          subjectType: 'pass_iae',
          subjectId: request.passId,
          details: { requestId: id, prescriberOrganizationId: request.prescriberOrganizationId },
        });
      });
    }
    return { summary: `${told} prolongation request(s) waiting on a prescriber no longer habilitated ${dryRun ? 'to tell' : 'told'}`, told };
  }

  // ——— private ———

  /**
   * What a declaration and a request share: the SIAE of the last hire makes them, on the person's
   * latest PASS, not suspended, with no request waiting, inside the window; the reason and the end
   * must fit the rules card. Gives the fields both record.
   */
  private async checkOpen(
    manager: EntityManager,
    actor: Actor,
    pass: PassIae,
    today: IsoDate,
    input: ProlongationInput,
    channel: 'declared' | 'request',
  ): Promise<Pick<ProlongationRequest, 'passId' | 'startDate' | 'endDate' | 'reason' | 'reasonExplanation' | 'declaredByUserId' | 'declaredByEmployerId'>> {
    const organization = actor.organization!;
    const lastHire = await this.repository.lastHire(pass.id, manager);
    requireAccess(passIaeAccess(actor, 'prolong', { lastHireEmployerId: lastHire?.employerId ?? null }));
    const latest = await this.repository.latestForCandidate(pass.candidateId, manager);
    const suspensions = await this.repository.suspensions(pass.id, manager);
    const pending = await this.repository.pendingRequest(pass.id, manager);
    const prolongations = await this.repository.prolongations(pass.id, manager);
    const block = prolongationBlock({
      passEnd: pass.endDate,
      isLatest: latest?.id === pass.id,
      suspendedToday: passStatus(pass, suspensions, today) === 'suspended',
      hasPendingRequest: !!pending,
      today,
    });
    if (block?.code === 'pendingRequest') throw this.pendingProblem();
    if (block) throw new Problem(PassIaeProblems.notProlongable, blockMessage(block), { extensions: { ...block } });
    const issues = checkProlongation({
      reason: input.reason,
      channel,
      employerKind: organization.kind,
      passEnd: pass.endDate,
      endDate: input.endDate,
      hasReport: !!input.reportFileId,
      previous: prolongations.map((p) => ({ reason: p.reason, days: lengthInDays(p) })),
      birthDate: (await this.candidates.findById(pass.candidateId, manager))!.birthDate,
      passStart: pass.startDate,
      today,
    });
    // A reason outside the list is malformed input (400); the limits of prolongation are rules (422).
    const malformed = issues.filter((i) => i.code === 'unknownReason');
    if (malformed.length) throw validationProblem(malformed.map(prolongationError));
    const ceiling = issues.find((i) => i.code === 'totalExceeded');
    if (issues.length) {
      throw ruleProblem(
        issues.map(prolongationError),
        undefined,
        ceiling?.code === 'totalExceeded'
          ? { ceiling: { reason: input.reason, ceilingDays: ceiling.ceilingDays, usedDays: ceiling.usedDays, remainingDays: ceiling.daysLeft } }
          : undefined,
      );
    }
    return {
      passId: pass.id,
      ...prolongationPeriod(pass.endDate, input.endDate),
      reason: input.reason,
      reasonExplanation: input.explanation?.trim() || null,
      declaredByUserId: actor.userId,
      declaredByEmployerId: organization.id,
    };
  }

  private async checkReport(manager: EntityManager, actor: Actor, fileId: string): Promise<void> {
    const file = await this.files.find(fileId, manager);
    if (!file || file.purpose !== REPORT_PURPOSE || file.organizationId !== actor.organization?.id) {
      throw validationProblem([
        { field: 'reportFileId', code: 'unknownReport', message: 'Ce bilan n’a pas été envoyé par votre structure (POST /api/prolongation-reports).' },
      ]);
    }
    if (await this.repository.reportUsed(manager, fileId)) {
      throw validationProblem([
        { field: 'reportFileId', code: 'reportAlreadyUsed', message: 'Ce bilan accompagne déjà une autre demande ; envoyez-en une copie.' },
      ]);
    }
  }

  /**
   * Runs a decision on a pending request addressed to the caller's organisation, under lock, in one transaction.
   * The organisation must be habilitated when the decision is taken: read here under a share lock (the access guard
   * read it before the transaction, and a habilitation may end or be withdrawn in between); the habilitation's end
   * waits for the decision, or the decision sees the end and is refused.
   */
  private async decide(
    actor: Actor,
    requestId: string,
    apply: (manager: EntityManager, request: ProlongationRequest, pass: PassIae) => Promise<{ action: string; details: Record<string, unknown> }>,
  ): Promise<ProlongationRequestView> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.repository.findRequest(requestId, manager);
      const deciderHabilitated =
        !!found && found.prescriberOrganizationId === actor.organization?.id
          ? await this.organizations.isHabilitatedWithinTransaction(manager, found.prescriberOrganizationId)
          : false;
      requireAccess(passIaeAccess(actor, 'decide-prolongation', { request: found, deciderHabilitated }));
      // The PASS first, then the request: the order every writer of a PASS takes its locks in.
      const pass = await this.repository.getById(found!.passId, manager, { lock: true });
      const request = (await this.repository.findRequest(requestId, manager, { lock: true }))!;
      requirePending(request);
      await this.passes.recordChange(manager, actor, pass, await apply(manager, request, pass));
      return (await this.views.requests(manager, [(await this.repository.findRequest(requestId, manager))!]))[0];
    });
  }

  /** The prescriber organisation a request is addressed to: habilitated, read under a share lock in the transaction. */
  private async habilitatedPrescriber(manager: EntityManager, organizationId: string): Promise<{ id: string }> {
    // isHabilitated holds for a prescriber organisation only: one read answers both.
    if (!(await this.organizations.isHabilitatedWithinTransaction(manager, organizationId))) {
      throw validationProblem([
        {
          field: 'prescriberOrganizationId',
          code: 'habilitatedPrescriber',
          message: 'Choisissez une organisation de prescripteurs habilitée (GET /api/search/prescribers).',
        },
      ]);
    }
    return { id: organizationId };
  }

  private pendingProblem(): Problem {
    return new Problem(PassIaeProblems.requestPending, 'Une demande de prolongation de ce PASS IAE attend déjà la décision d’un prescripteur.');
  }
}

/** A request is decided, or addressed elsewhere, while it waits. */
function requirePending(request: ProlongationRequest): void {
  if (request.status !== 'pending') {
    throw new Problem(PassIaeProblems.requestState, `La demande a déjà été ${request.status === 'granted' ? 'accordée' : 'refusée'}.`, {
      extensions: { currentStatus: request.status },
    });
  }
}

function blockMessage(block: Exclude<ReturnType<typeof prolongationBlock>, null>): string {
  switch (block.code) {
    case 'notLatest':
      return 'La personne a un PASS IAE plus récent : c’est lui qui se prolonge.';
    case 'suspended':
      return 'Le PASS IAE est suspendu aujourd’hui : il se prolonge une fois la suspension terminée.';
    case 'pendingRequest':
      return 'Une demande de prolongation attend déjà une décision.';
    case 'windowNotOpen':
      return `Une prolongation se demande au plus tôt 12 mois avant la fin du PASS IAE, à partir du ${frenchDate(block.opensOn)}.`;
    case 'windowClosed':
      return `Une prolongation se demande au plus tard 6 mois après la fin du PASS IAE ; c’était possible jusqu’au ${frenchDate(block.closedOn)}.`;
  }
}

function prolongationError(issue: ProlongationIssue): FieldError {
  const messages: Record<ProlongationIssue['code'], string> = {
    unknownReason: 'Motif inconnu : SENIOR_CDI, COMPLETE_TRAINING, RQTH, SENIOR ou PARTICULAR_DIFFICULTIES.',
    needsPrescriber: 'Ce motif se demande à un prescripteur habilité (POST /api/pass-iae/{number}/prolongation-requests).',
    declaredBySiae: 'Ce motif se déclare par la structure, sans demande (POST /api/pass-iae/{number}/prolongations).',
    reasonForAiAndAciOnly: 'Le motif « difficultés particulièrement importantes » ne concerne que les AI et les ACI.',
    notAfterEnd: 'La prolongation commence le lendemain de la fin du PASS IAE : sa fin vient après.',
    tooLong: 'Cette prolongation dépasse la durée maximale de son motif.',
    totalExceeded: 'Avec les prolongations déjà accordées, la durée totale maximale serait dépassée.',
    reportNotAllowed: 'Un bilan n’accompagne que les demandes RQTH, SENIOR ou PARTICULAR_DIFFICULTIES.',
    personTooYoung: 'La personne n’a pas l’âge que ce motif demande.',
    parcoursTooShort: 'Un CDI inclusion se conclut après 12 mois de parcours au moins.',
  };
  if (issue.code === 'personTooYoung')
    return { field: issue.field, code: issue.code, message: `Ce motif concerne les personnes de ${issue.minimumAge} ans et plus.` };
  if (issue.code === 'parcoursTooShort')
    return {
      field: issue.field,
      code: issue.code,
      message: `Un CDI inclusion se conclut après 12 mois de parcours au moins : à partir du ${frenchDate(issue.from)} pour ce PASS IAE.`,
    };
  if (issue.code === 'totalExceeded') {
    const days = (n: number) => `${FRENCH_NUMBER.format(n)} jour${n > 1 ? 's' : ''}`;
    const latest = issue.latest ? ` : fin au plus tard le ${frenchDate(issue.latest)}` : '';
    return {
      field: issue.field,
      code: issue.code,
      message:
        `Ce motif est plafonné à ${days(issue.ceilingDays)} de prolongation en tout, tous motifs confondus ; ` +
        `les prolongations de ce PASS IAE en comptent déjà ${days(issue.usedDays)}, il en reste ${days(issue.daysLeft)}${latest}.`,
    };
  }
  const latest = 'latest' in issue && issue.latest ? ` Fin au plus tard le ${frenchDate(issue.latest)}.` : '';
  return { field: issue.field, code: issue.code, message: `${messages[issue.code]}${latest}` };
}
