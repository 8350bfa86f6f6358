import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  Actor,
  Clock,
  FieldError,
  IsoDate,
  Problem,
  ScheduledJobs,
  addYears,
  daysBetween,
  isIsoDate,
  notFound,
  parisDate,
  requireAccess,
  ruleProblem,
  validationProblem,
} from '@iae/core';
import { AuditRecord, AuditTrail, isUniqueViolation } from '@iae/database';
import { OrganizationsService, PrescriberKind } from '@iae/identity';
import { Outbox } from '@iae/notifications';
import { FilesService, Upload } from '@iae/storage';
import { departementsOfRegion, findDepartement } from '@iae/territory';
import { HabilitationRequest } from './habilitation-request.entity';
import { HabilitationRequestsRepository } from './habilitation-requests.repository';
import { PrescriberOrganization } from './prescriber-organization.entity';
import { habilitationEvent, habilitationRequestEvent } from './events';
import { PrescriberOrganizationsService } from './prescriber-organizations.service';
import { PrescriberProblems } from './problems';
import { PrescribersRepository } from './prescribers.repository';
import {
  HABILITATION_AXES,
  HABILITATION_MAX_YEARS,
  HabilitationAction,
  HabilitationAxis,
  HabilitationRequestStatus,
  ORIENTEUR_KIND,
  actionsAllowed,
  checkHabilitationEnd,
  habilitationReminder,
  kindWhenPrefectorallyHabilitated,
  mayRequestPrefectoralHabilitation,
  missingAxes,
  nextStatus,
} from './rules/habilitation-rules';
import { habilitationRequestAccess, prescriberOrganizationAccess } from './rules/prescribers-access';

export const MAX_DOCUMENTS_PER_REQUEST = 10;

export type AxesInput = Partial<Record<HabilitationAxis, string | null>> & { evaluationNotes?: string | null };

export interface HabilitationRequestView {
  id: string;
  organization: { id: string; name: string; kind: string; kindLabel: string };
  departement: { code: string; name: string };
  status: HabilitationRequestStatus;
  allowedActions: HabilitationAction[];
  isRenewal: boolean;
  axes: Record<HabilitationAxis, string | null>;
  evaluation: { prescriptionsCount: number | null; since: string | null; notes: string | null } | null;
  submittedAt: Date | null;
  /** Days since submission, for the DDETS's queue. */
  ageInDays: number | null;
  cdiaeOpinion: { on: string; opinion: string | null } | null;
  decision: { at: Date; reference: string | null; on: string | null; validUntil: string | null; refusalReason: string | null } | null;
  documents: Array<{ id: string; label: string; fileName: string; contentType: string; size: number; uploadedAt: Date }>;
  messages: Array<{ id: string; kind: string; body: string; authorId: string | null; at: Date }>;
  history: Array<{ action: string; at: Date; actorUserId: string | null; details: Record<string, unknown> }>;
  createdAt: Date;
}

/**
 * Prefectoral habilitation (guide §2.3): an organisation not habilitated by law asks the DDETS of its
 * département, which instructs the request on four axes, gathers the CDIAE's opinion and decides for
 * at most five years. Every step is notified and kept in the history.
 */

export const DOCUMENT_LABEL_MAX_LENGTH = 200;
@Injectable()
export class HabilitationRequestsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly organizations: OrganizationsService,
    private readonly prescribers: PrescriberOrganizationsService,
    private readonly files: FilesService,
    private readonly requests: HabilitationRequestsRepository,
    private readonly profiles: PrescribersRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
    private readonly jobs: ScheduledJobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'prescribers.habilitation-expiry',
      description: 'Prévient les organisations 90 et 30 jours avant la fin de leur habilitation préfectorale, et les repasse orienteurs à son terme.',
      // Hourly: a habilitation over at midnight stops counting within the hour (it lets a diagnosis count for every
      // SIAE and lifts the waiting period), and a failed run is caught up the next hour. Each step is taken once.
      cron: '5 * * * *',
      run: ({ dryRun }) => this.applyExpiry(dryRun),
    });
  }

  // ——— organisation side ———

  async create(actor: Actor, organizationId: string, input: AxesInput & { departementCode: string }): Promise<HabilitationRequestView> {
    if (!findDepartement(input.departementCode)) {
      throw validationProblem([{ field: 'departementCode', code: 'isDepartement', message: `Le département ${input.departementCode} n’existe pas.` }]);
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const profile = await this.profiles.findById(manager, organizationId);
        if (!profile) throw notFound('Aucune organisation prescriptrice ne porte cet identifiant.');
        if (!mayRequestPrefectoralHabilitation(profile.kind)) {
          throw new Problem(
            PrescriberProblems.habilitatedByLaw,
            'Votre organisation est habilitée par la loi : l’équipe de la plateforme vérifie son inscription, sans passer par le préfet.',
          );
        }
        const request = await this.requests.insert(manager, {
          organizationId,
          departementCode: input.departementCode,
          status: 'draft',
          isRenewal: profile.habilitationBasis === 'prefectoral',
          ...this.axes(input),
          createdById: actor.userId,
        });
        await this.record(manager, actor, request.id, 'habilitation_request.created', { departementCode: input.departementCode, isRenewal: request.isRenewal });
        return this.viewWithin(manager, request.id);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'habilitation_requests_one_open')) {
        throw new Problem(PrescriberProblems.openRequestExists, 'Votre organisation a déjà une demande d’habilitation en cours ; complétez-la ou annulez-la.');
      }
      throw error;
    }
  }

  async edit(actor: Actor, organizationId: string, requestId: string, input: AxesInput): Promise<HabilitationRequestView> {
    return this.transition(actor, requestId, 'edit', { organizationId }, async (manager, request) => {
      await this.requests.update(manager, request.id, this.axes(input));
      return { details: { fields: Object.keys(input) } };
    });
  }

  async addDocument(actor: Actor, organizationId: string, requestId: string, upload: Upload): Promise<HabilitationRequestView> {
    const label = upload.fields.label?.trim();
    if (!label) throw validationProblem([{ field: 'label', code: 'isDefined', message: 'Donnez un intitulé au document (ex. « Statuts de l’association »).' }]);
    if (label.length > DOCUMENT_LABEL_MAX_LENGTH)
      throw validationProblem([{ field: 'label', code: 'maxLength', message: `L’intitulé ne doit pas dépasser ${DOCUMENT_LABEL_MAX_LENGTH} caractères.` }]);
    return this.transition(actor, requestId, 'edit', { organizationId }, async (manager, request) => {
      const count = await this.requests.countDocuments(manager, request.id);
      if (count >= MAX_DOCUMENTS_PER_REQUEST) {
        throw validationProblem([{ field: 'file', code: 'tooManyDocuments', message: `Une demande compte au plus ${MAX_DOCUMENTS_PER_REQUEST} documents.` }]);
      }
      const file = await this.files.store(manager, upload, 'habilitation_request', actor.userId);
      await this.requests.insertDocument(manager, { requestId: request.id, fileId: file.id, label, uploadedById: actor.userId });
      return { action: 'habilitation_request.document_added', details: { label, fileName: file.fileName } };
    });
  }

  /** Sends the request to the DDETS; a renewal carries the prescriptions made so far. */
  async submit(actor: Actor, organizationId: string, requestId: string): Promise<HabilitationRequestView> {
    return this.transition(actor, requestId, 'submit', { organizationId }, async (manager, request) => {
      const missing = missingAxes(request);
      if (missing.length) {
        throw new Problem(PrescriberProblems.incompleteRequest, `Répondez d’abord à ces axes : ${missing.join(', ')}.`, {
          extensions: { missingAxes: missing },
        });
      }
      const evaluation = request.isRenewal ? await this.evaluation(manager, organizationId) : null;
      await this.requests.update(manager, request.id, {
        status: 'submitted',
        submittedAt: this.clock.now(),
        prescriptionsCount: evaluation?.count ?? null,
        evaluationSince: evaluation?.since ?? null,
      });
      await this.outbox.publish(manager, habilitationRequestEvent('prescribers.habilitation-request-submitted', { requestId: request.id }));
      return { details: evaluation ? { prescriptionsCount: evaluation.count } : {} };
    });
  }

  async answer(actor: Actor, organizationId: string, requestId: string, message: string): Promise<HabilitationRequestView> {
    return this.transition(actor, requestId, 'answer', { organizationId }, async (manager, request) => {
      await this.requests.insertMessage(manager, { requestId: request.id, kind: 'answer', body: message.trim(), authorId: actor.userId });
      await this.requests.update(manager, request.id, { status: 'submitted' });
      await this.outbox.publish(
        manager,
        habilitationRequestEvent('prescribers.habilitation-request-answered', { requestId: request.id, message: message.trim() }),
      );
      return {};
    });
  }

  async cancel(actor: Actor, organizationId: string, requestId: string): Promise<HabilitationRequestView> {
    return this.transition(actor, requestId, 'cancel', { organizationId }, async (manager, request) => {
      await this.requests.update(manager, request.id, { status: 'cancelled' });
      return {};
    });
  }

  async listForOrganization(organizationId: string): Promise<HabilitationRequestView[]> {
    const rows = await this.requests.listOfOrganization(organizationId);
    return Promise.all(rows.map((r) => this.viewWithin(this.dataSource.manager, r.id)));
  }

  async getForOrganization(organizationId: string, requestId: string): Promise<HabilitationRequestView> {
    const request = await this.requests.findOfOrganization(organizationId, requestId);
    if (!request) throw notFound('Aucune demande de votre organisation ne porte cet identifiant.');
    return this.viewWithin(this.dataSource.manager, requestId);
  }

  // ——— DDETS side ———

  /**
   * The requests a reviewer may see: its département (DDETS), région (DREETS), everything (DGEFP, staff);
   * the oldest 500 of those in `status` (or in any of `statuses`), filtered before the limit.
   */
  async listForReviewer(
    actor: Actor,
    filter: { status?: HabilitationRequestStatus; statuses?: readonly HabilitationRequestStatus[]; departement?: string },
  ): Promise<HabilitationRequestView[]> {
    requireAccess(habilitationRequestAccess(actor, 'list-for-review'));
    const institution = actor.organization;
    const scope: { departements: string[] | null } = { departements: null };
    if (institution?.kind === 'DDETS_IAE') scope.departements = [institution.departmentCode as string];
    else if (institution?.kind === 'DREETS_IAE') {
      scope.departements = departementsOfRegion(institution.regionCode as string).map((d) => d.code);
    }
    const ids = await this.requests.sentRequests({
      departements: scope.departements,
      status: filter.status ?? null,
      departement: filter.departement ?? null,
      statuses: filter.statuses ?? null,
    });
    return Promise.all(ids.map((id) => this.viewWithin(this.dataSource.manager, id)));
  }

  async getForReviewer(actor: Actor, requestId: string): Promise<HabilitationRequestView> {
    const request = await this.requests.findById(requestId);
    requireAccess(habilitationRequestAccess(actor, 'read-as-reviewer', request));
    return this.viewWithin(this.dataSource.manager, requestId);
  }

  async requestInformation(actor: Actor, requestId: string, message: string): Promise<HabilitationRequestView> {
    return this.transition(actor, requestId, 'requestInformation', { reviewer: true }, async (manager, request) => {
      await this.requests.insertMessage(manager, { requestId: request.id, kind: 'information_request', body: message.trim(), authorId: actor.userId });
      await this.requests.update(manager, request.id, { status: 'information_requested' });
      await this.outbox.publish(
        manager,
        habilitationRequestEvent('prescribers.habilitation-information-requested', { requestId: request.id, message: message.trim() }),
      );
      return {};
    });
  }

  async recordCdiaeOpinion(
    actor: Actor,
    requestId: string,
    input: { on: IsoDate; opinion?: 'favorable' | 'unfavorable' | 'reserved' },
  ): Promise<HabilitationRequestView> {
    if (!isIsoDate(input.on)) throw validationProblem([{ field: 'on', code: 'isDate', message: 'La date de l’avis doit être au format AAAA-MM-JJ.' }]);
    if (input.on > this.clock.today())
      throw validationProblem([{ field: 'on', code: 'notInFuture', message: 'L’avis du CDIAE ne peut pas être daté dans le futur.' }]);
    return this.transition(actor, requestId, 'recordCdiaeOpinion', { reviewer: true }, async (manager, request) => {
      await this.requests.update(manager, request.id, { cdiaeOpinionOn: input.on, cdiaeOpinion: input.opinion ?? null });
      return { details: { on: input.on, opinion: input.opinion ?? null } };
    });
  }

  /** Grants the habilitation, for at most five years from the decision; the organisation becomes habilitated. */
  async grant(
    actor: Actor,
    requestId: string,
    input: { decisionReference: string; decisionOn?: IsoDate; validUntil: IsoDate },
  ): Promise<HabilitationRequestView> {
    const decisionOn = input.decisionOn ?? this.clock.today();
    // Dates that are no dates are malformed (400); dates outside the rules are checked once the DDETS is known (422).
    const malformed: FieldError[] = [];
    if (!isIsoDate(decisionOn)) malformed.push({ field: 'decisionOn', code: 'isDate', message: 'La date de décision doit être au format AAAA-MM-JJ.' });
    if (!isIsoDate(input.validUntil)) malformed.push({ field: 'validUntil', code: 'isDate', message: 'La date de fin doit être au format AAAA-MM-JJ.' });
    if (malformed.length) throw validationProblem(malformed);
    const errors: FieldError[] = [];
    if (decisionOn > this.clock.today())
      errors.push({ field: 'decisionOn', code: 'notInFuture', message: 'La décision ne peut pas être datée dans le futur.' });
    const problem = checkHabilitationEnd(decisionOn, input.validUntil);
    if (problem === 'before_decision')
      errors.push({ field: 'validUntil', code: 'afterDecision', message: 'La fin de l’habilitation doit suivre la décision.' });
    if (problem === 'too_long') {
      errors.push({
        field: 'validUntil',
        code: 'maxFiveYears',
        message: `Une habilitation préfectorale dure au plus ${HABILITATION_MAX_YEARS} ans : fin au plus tard le ${addYears(decisionOn, HABILITATION_MAX_YEARS)}.`,
      });
    }
    return this.transition(actor, requestId, 'grant', { reviewer: true }, async (manager, request) => {
      if (errors.length) throw ruleProblem(errors);
      if (!request.cdiaeOpinionOn) throw new Problem(PrescriberProblems.cdiaeOpinionMissing);
      await this.requests.update(manager, request.id, {
        status: 'granted',
        decidedAt: this.clock.now(),
        decidedById: actor.userId,
        decisionReference: input.decisionReference.trim(),
        decisionOn,
        validUntil: input.validUntil,
      });
      // Habilitated by the préfet, an "autre" organisation becomes an OHPD (an orienteur one is never habilitated).
      const profile = await this.profiles.getById(manager, request.organizationId);
      await this.prescribers.changeKindWithinTransaction(
        manager,
        profile,
        kindWhenPrefectorallyHabilitated(profile.kind as PrescriberKind),
        'validated',
        actor.userId,
        { notify: false },
      );
      await this.profiles.update(manager, request.organizationId, {
        habilitationBasis: 'prefectoral',
        habilitationDepartementCode: request.departementCode,
        habilitationValidUntil: input.validUntil,
        habilitationWarned90At: null,
        habilitationWarned30At: null,
      });
      await this.outbox.publish(
        manager,
        habilitationRequestEvent('prescribers.habilitation-granted', {
          requestId: request.id,
          grant: { decisionReference: input.decisionReference.trim(), validUntil: input.validUntil },
        }),
      );
      return { details: { decisionReference: input.decisionReference, decisionOn, validUntil: input.validUntil } };
    });
  }

  async refuse(actor: Actor, requestId: string, reason: string): Promise<HabilitationRequestView> {
    return this.transition(actor, requestId, 'refuse', { reviewer: true }, async (manager, request) => {
      await this.requests.update(manager, request.id, {
        status: 'refused',
        decidedAt: this.clock.now(),
        decidedById: actor.userId,
        refusalReason: reason.trim(),
      });
      // Refused and not habilitated now (a renewal refused leaves the running habilitation to its end): an orienteur organisation.
      const profile = await this.profiles.getById(manager, request.organizationId);
      if (profile.habilitationBasis !== 'prefectoral') {
        await this.prescribers.changeKindWithinTransaction(manager, profile, ORIENTEUR_KIND, 'refused', actor.userId, { notify: false });
      }
      await this.outbox.publish(manager, habilitationRequestEvent('prescribers.habilitation-refused', { requestId: request.id, reason: reason.trim() }));
      return { details: { reason: reason.trim() } };
    });
  }

  /** The DDETS that habilitated an organisation takes the habilitation back; its members become orienteurs. */
  async withdraw(actor: Actor, organizationId: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const profile = await this.profiles.findByIdForUpdate(manager, organizationId);
      if (!profile) throw notFound('Aucune organisation prescriptrice ne porte cet identifiant.');
      if (profile.habilitationBasis !== 'prefectoral' || !profile.habilitationDepartementCode) throw new Problem(PrescriberProblems.notHabilitated);
      requireAccess(prescriberOrganizationAccess(actor, 'withdraw-habilitation', { habilitationDepartementCode: profile.habilitationDepartementCode }));
      await this.endHabilitation(manager, profile, actor.userId);
      await this.audit.record(manager, {
        action: 'prescriber_organization.habilitation_withdrawn',
        subjectType: 'organization',
        subjectId: organizationId,
        actorUserId: actor.userId,
        actorOrganizationId: actor.organization?.id ?? null,
        details: { reason: reason.trim(), validUntil: profile.habilitationValidUntil },
      });
      await this.outbox.publish(manager, habilitationEvent('prescribers.habilitation-withdrawn', { organizationId, reason: reason.trim() }));
    });
  }

  async openDocument(requestId: string, documentId: string): Promise<{ fileName: string; contentType: string; content: Buffer }> {
    const document = await this.requests.findDocument(requestId, documentId);
    if (!document) throw notFound('Ce document n’appartient pas à cette demande.');
    const { file, content } = await this.files.open(document.fileId);
    return { fileName: file.fileName, contentType: file.contentType, content };
  }

  /** Warnings 90 and 30 days before the end, then back to orienteur; each step once, whenever it runs. */
  async applyExpiry(dryRun: boolean): Promise<{ summary: string; warned: number; expired: number }> {
    const today = this.clock.today();
    const profiles = await this.profiles.prefectorallyHabilitated();
    let warned = 0;
    let expired = 0;
    for (const profile of profiles) {
      const due = habilitationReminder(profile.habilitationValidUntil as string, today, {
        at90: !!profile.habilitationWarned90At,
        at30: !!profile.habilitationWarned30At,
      });
      if (!due) continue;
      if (dryRun) {
        if (due === 'expire') expired++;
        else warned++;
        continue;
      }
      await this.dataSource.transaction(async (manager) => {
        // Re-read under lock: a renewal may have been granted since the list was read.
        const current = await this.profiles.findByIdForUpdate(manager, profile.id);
        if (!current || current.habilitationBasis !== 'prefectoral') return;
        const step = habilitationReminder(current.habilitationValidUntil as string, today, {
          at90: !!current.habilitationWarned90At,
          at30: !!current.habilitationWarned30At,
        });
        if (step === 'expire') {
          await this.endHabilitation(manager, current, null);
          await this.audit.record(manager, {
            action: 'prescriber_organization.habilitation_expired',
            subjectType: 'organization',
            subjectId: current.id,
            details: { validUntil: current.habilitationValidUntil },
          });
          await this.outbox.publish(
            manager,
            habilitationEvent('prescribers.habilitation-expired', { organizationId: current.id, validUntil: current.habilitationValidUntil }),
          );
          expired++;
        } else if (step) {
          await this.profiles.update(
            manager,
            current.id,
            step === 'warn90' ? { habilitationWarned90At: this.clock.now() } : { habilitationWarned30At: this.clock.now() },
          );
          await this.outbox.publish(
            manager,
            habilitationEvent('prescribers.habilitation-expiring', {
              organizationId: current.id,
              validUntil: current.habilitationValidUntil,
              daysLeft: daysBetween(today, current.habilitationValidUntil as string),
            }),
          );
          warned++;
        }
      });
    }
    return {
      summary: `${warned} organisation(s) ${dryRun ? 'to warn' : 'warned'}, ${expired} habilitation(s) ${dryRun ? 'to end' : 'ended'}`,
      warned,
      expired,
    };
  }

  // ——— shared ———

  /** Withdrawn or over, a prefectoral habilitation leaves an orienteur organisation (kind "autre"). */
  private async endHabilitation(manager: EntityManager, profile: PrescriberOrganization, byUserId: string | null): Promise<void> {
    await this.prescribers.changeKindWithinTransaction(manager, profile, ORIENTEUR_KIND, 'not_required', byUserId, { notify: false });
  }

  /**
   * Runs one step of a request under a row lock: checks who acts (the organisation's admin, or the
   * DDETS of the département), that the status allows it, then records it in the history.
   */
  private async transition(
    actor: Actor,
    requestId: string,
    action: HabilitationAction,
    side: { organizationId: string } | { reviewer: true },
    apply: (manager: EntityManager, request: HabilitationRequest) => Promise<{ action?: string; details?: Record<string, unknown> }>,
  ): Promise<HabilitationRequestView> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.requests.findByIdForUpdate(manager, requestId);
      requireAccess(
        'reviewer' in side
          ? habilitationRequestAccess(actor, 'review', found)
          : habilitationRequestAccess(actor, 'act-for-organization', found, side.organizationId),
      );
      const request = found!; // the rule answers 404 for a missing request
      if (nextStatus(request.status, action) === null) {
        throw new Problem(PrescriberProblems.requestState, `La demande est « ${request.status} » : cette action n’est pas possible.`, {
          extensions: { currentStatus: request.status, allowedActions: actionsAllowed(request.status) },
        });
      }
      const outcome = await apply(manager, request);
      await this.record(manager, actor, request.id, outcome.action ?? `habilitation_request.${action}`, outcome.details ?? {});
      return this.viewWithin(manager, request.id);
    });
  }

  private record(manager: EntityManager, actor: Actor, requestId: string, action: string, details: Record<string, unknown>): Promise<void> {
    return this.audit.record(manager, {
      action,
      subjectType: 'habilitation_request',
      subjectId: requestId,
      actorUserId: actor.userId,
      actorOrganizationId: actor.organization?.id ?? null,
      details,
    });
  }

  private axes(input: AxesInput): Partial<HabilitationRequest> {
    const patch: Partial<HabilitationRequest> = {};
    for (const axis of HABILITATION_AXES) if (input[axis] !== undefined) patch[axis] = input[axis]?.trim() || null;
    if (input.evaluationNotes !== undefined) patch.evaluationNotes = input.evaluationNotes?.trim() || null;
    return patch;
  }

  /** Prescriptions since the current habilitation began (the start of the last granted request). */
  private async evaluation(manager: EntityManager, organizationId: string): Promise<{ count: number; since: string | null }> {
    const since = await this.requests.lastGrantedOn(manager, organizationId);
    const n = await this.requests.prescriptionsSince(manager, organizationId, since);
    return { count: n, since };
  }

  private async viewWithin(manager: EntityManager, requestId: string): Promise<HabilitationRequestView> {
    const request = await this.requests.getById(manager, requestId);
    const [organization] = await this.organizations.findByIds([request.organizationId], manager);
    const documents = await this.requests.documentsOf(manager, requestId);
    const fileById = new Map(
      (
        await this.files.findByIds(
          documents.map((d) => d.fileId),
          manager,
        )
      ).map((f) => [f.id, f]),
    );
    const messages = await this.requests.messagesOf(manager, requestId);
    const history: AuditRecord[] = await this.audit.forSubject('habilitation_request', requestId, manager);
    return {
      id: request.id,
      organization: { id: organization.id, name: organization.name, kind: organization.kind, kindLabel: organization.kindLabel },
      departement: { code: request.departementCode, name: findDepartement(request.departementCode)?.name ?? request.departementCode },
      status: request.status,
      allowedActions: actionsAllowed(request.status),
      isRenewal: request.isRenewal,
      axes: { identification: request.identification, mission: request.mission, staffCompetence: request.staffCompetence, unmetNeed: request.unmetNeed },
      evaluation: request.isRenewal ? { prescriptionsCount: request.prescriptionsCount, since: request.evaluationSince, notes: request.evaluationNotes } : null,
      submittedAt: request.submittedAt,
      ageInDays: request.submittedAt ? daysBetween(parisDate(request.submittedAt), this.clock.today()) : null,
      cdiaeOpinion: request.cdiaeOpinionOn ? { on: request.cdiaeOpinionOn, opinion: request.cdiaeOpinion } : null,
      decision: request.decidedAt
        ? {
            at: request.decidedAt,
            reference: request.decisionReference,
            on: request.decisionOn,
            validUntil: request.validUntil,
            refusalReason: request.refusalReason,
          }
        : null,
      documents: documents.map((d) => {
        const file = fileById.get(d.fileId)!;
        return { id: d.id, label: d.label, fileName: file.fileName, contentType: file.contentType, size: file.size, uploadedAt: d.createdAt };
      }),
      messages: messages.map((m) => ({ id: m.id, kind: m.kind, body: m.body, authorId: m.authorId, at: m.createdAt })),
      history: history.map((h) => ({ action: h.action, at: h.occurredAt, actorUserId: h.actorUserId, details: h.details })),
      createdAt: request.createdAt,
    };
  }
}
