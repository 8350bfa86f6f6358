import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  Actor,
  Clock,
  DEFAULT_PAGE_SIZE,
  FieldError,
  IsoDate,
  Page,
  Problem,
  decodeCursor,
  requireAccess,
  toCsv,
  toPage,
  validationProblem,
  frenchShortCalendarDate,
  frenchShortDate,
} from '@iae/core';
import { AuditTrail } from '@iae/database';
import { CandidatesService, underJusticeSupervision } from '@iae/candidates';
import { EligibilityService, ProfileFacts, requiresEligibility } from '@iae/eligibility';
import { EmployerForSending, EmployersService, JobDescriptionsService } from '@iae/employers';
import { isHabilitated } from '@iae/identity';
import { Outbox } from '@iae/notifications';
import { PassIaeService } from '@iae/pass-iae';
import { FilesService, Upload } from '@iae/storage';
import { normalizeName } from '@iae/territory';
import { CandidatureReader, CandidatureRow, CandidatureView, CandidatureViews } from './candidature-views';
import { Candidature, SenderKind } from './candidature.entity';
import { CandidaturesRepository, listValue } from './candidatures.repository';
import { candidatureSent } from './events';
import { CandidatureProblems } from './problems';
import { candidatureAccess } from './rules/candidatures-access';
import { CANDIDATURE_STATES, CandidatureState, STATE_LABELS } from './rules/candidature-states';
import { REFUSAL_REASONS } from './rules/refusal-reasons';
import { SendingRefusal, appliedWithin24Hours, sendingRefusal } from './rules/sending';

export const RESUME_PURPOSE = 'candidature_resume';

export interface SendInput {
  candidateId?: string;
  employerId: string;
  jobDescriptionIds?: string[];
  message: string;
  resumeFileId?: string | null;
}

export interface SendPlan {
  kind: SenderKind;
  candidateId: string;
  organizationId: string | null;
  habilitated: boolean;
  userId: string;
  employerId: string;
  jobIds: string[];
  message: string;
  resumeFileId: string | null;
  eligibilityDiagnosisId: string | null;
  /** A SIAE sending to itself: not held to the 24-hour rule. */
  autoPrescription: boolean;
  now: Date;
}

export interface StateCount {
  state: CandidatureState;
  label: string;
  count: number;
}

export interface CandidatureFilter {
  states?: CandidatureState[];
  /** Archived ones are hidden unless asked: `only` them, or `include` them. */
  archived?: 'exclude' | 'only' | 'include';
  createdFrom?: IsoDate;
  createdTo?: IsoDate;
  jobDescriptionId?: string;
  senderKind?: SenderKind;
  senderOrganizationId?: string;
  q?: string;
  cursor?: string;
  limit?: number;
}

const REFUSAL_MESSAGES: Record<SendingRefusal, string> = {
  employerInactive: 'Cette structure n’est plus active : elle ne reçoit plus de candidatures.',
  candidaturesBlocked: 'Cette structure a suspendu la réception des candidatures.',
  spontaneousClosed: 'Cette structure ne reçoit pas de candidatures spontanées : choisissez une de ses fiches de poste.',
  appliedWithin24Hours: 'Ce candidat a déjà postulé chez cet employeur il y a moins de 24 heures.',
};

function refusedByEmployer(refusal: SendingRefusal): Problem {
  return new Problem(CandidatureProblems.refusedByEmployer, REFUSAL_MESSAGES[refusal], { extensions: { reason: refusal } });
}

/** Sending candidatures, reading them, the lists and the monthly export. */
@Injectable()
export class CandidaturesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly candidates: CandidatesService,
    private readonly eligibility: EligibilityService,
    private readonly employers: EmployersService,
    private readonly jobDescriptions: JobDescriptionsService,
    private readonly passIae: PassIaeService,
    private readonly files: FilesService,
    private readonly views: CandidatureViews,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
    private readonly repository: CandidaturesRepository,
  ) {}

  /** A CV sent before the candidature that carries it; only its sender may attach it. */
  async storeResume(actor: Actor, upload: Upload): Promise<{ id: string; fileName: string; contentType: string; size: number }> {
    const file = await this.dataSource.transaction((manager) =>
      this.files.store(manager, upload, RESUME_PURPOSE, actor.userId, actor.organization?.id ?? null),
    );
    return { id: file.id, fileName: file.fileName, contentType: file.contentType, size: file.size };
  }

  async send(actor: Actor, input: SendInput): Promise<CandidatureView> {
    const plan = await this.prepare(actor, input);
    const id = await this.dataSource.transaction((manager) => this.insertWithin(manager, plan));
    return this.views.view((await this.views.one(this.dataSource.manager, id))!, plan.kind === 'candidate' ? 'candidate' : 'sender');
  }

  /**
   * Every check of a new candidature, before anything is written: who sends it for whom, whether the
   * employer receives it, and whether a SIAE could hire the person. `trustedResumeFileId` is a CV
   * already attached to a candidature being transferred.
   */
  async prepare(actor: Actor, input: SendInput, options: { trustedResumeFileId?: string | null } = {}): Promise<SendPlan> {
    const now = this.clock.now();
    const today = this.clock.today();
    const { person, ...sender } = await this.senderOf(actor, input);
    const employer = await this.employerFor(input.employerId);
    const autoPrescription = sender.kind === 'employer' && sender.organizationId === employer.id;
    const jobIds = [...new Set(input.jobDescriptionIds ?? [])];
    const jobs = await this.checkJobs(jobIds, employer.id);
    const resumeFileId = options.trustedResumeFileId ?? input.resumeFileId ?? null;
    if (!options.trustedResumeFileId)
      await this.checkResume(
        actor,
        resumeFileId,
        jobs.some((j) => j.isResumeMandatory),
      );

    const refusal = sendingRefusal({ employer, autoPrescription, jobDescriptionCount: jobs.length });
    if (refusal) throw refusedByEmployer(refusal);

    let eligibilityDiagnosisId: string | null = null;
    if (requiresEligibility(employer.kind)) {
      const { answer, senderDiagnosisId } = await this.eligibility.decideForSending(
        sender.candidateId,
        employer,
        today,
        person ?? undefined,
        sender.organizationId,
      );
      if (autoPrescription && !answer.eligible) {
        throw new Problem(CandidatureProblems.autoPrescriptionWithoutDiagnosis, answer.reasons.map((r) => r.message).join(' '), {
          extensions: { reasons: answer.reasons, requirement: answer.requirement },
        });
      }
      // Its own diagnosis's proofs too old today would be so at the hire too: refused now, not at the acceptance.
      if (autoPrescription) await this.eligibility.checkProofsAtIssuance(this.dataSource.manager, answer, employer.kind, today);
      // Read only for a SIAE in a prison, where a person under justice supervision is hired without a PASS IAE.
      const personUnderJustice =
        employer.locatedInPrison && (person ? underJusticeSupervision(person) : await this.candidates.isUnderJusticeSupervision(sender.candidateId));
      const blockers = await this.passIae.hireBlockers(sender.candidateId, employer, today, {
        senderHabilitatedPrescriber: sender.habilitated,
        hasValidPrescriberDiagnosis: answer.basis?.kind === 'prescriberDiagnosis',
        personUnderJustice,
      });
      if (blockers.length)
        throw new Problem(CandidatureProblems.hireImpossible, blockers.map((b) => b.message).join(' '), { extensions: { reasons: blockers } });
      // A habilitated prescriber's own valid diagnosis travels with the candidature.
      if (sender.habilitated && answer.basis?.kind === 'prescriberDiagnosis') {
        eligibilityDiagnosisId = senderDiagnosisId;
      }
    }
    return {
      ...sender,
      userId: actor.userId,
      employerId: employer.id,
      jobIds: jobs.map((j) => j.id),
      message: input.message.trim(),
      resumeFileId,
      eligibilityDiagnosisId,
      autoPrescription,
      now,
    };
  }

  /** Writes a prepared candidature in the caller's transaction with its event (its employer told after the commit); returns its id. */
  async insertWithin(manager: EntityManager, plan: SendPlan, extra: Partial<Candidature> = {}): Promise<string> {
    if (!plan.autoPrescription) {
      await this.repository.lockSendingPair(manager, plan.candidateId, plan.employerId);
      const lastCandidatureAt = await this.repository.lastSentAt(plan.candidateId, plan.employerId, manager);
      if (appliedWithin24Hours({ autoPrescription: false, lastCandidatureAt, now: plan.now })) throw refusedByEmployer('appliedWithin24Hours');
    }
    const candidature = await this.repository.insert(manager, {
      candidateId: plan.candidateId,
      employerId: plan.employerId,
      state: 'new',
      senderKind: plan.kind,
      senderUserId: plan.userId,
      senderOrganizationId: plan.organizationId,
      senderHabilitated: plan.habilitated,
      eligibilityDiagnosisId: plan.eligibilityDiagnosisId,
      message: plan.message,
      resumeFileId: plan.resumeFileId,
      stateChangedAt: plan.now,
      lastActivityAt: plan.now,
      createdAt: plan.now,
      ...extra,
    });
    if (plan.jobIds.length) await this.repository.addJobDescriptions(manager, candidature.id, plan.jobIds);
    await this.candidates.linkMany(manager, plan.candidateId, [
      ...(plan.organizationId ? [{ organizationId: plan.organizationId, userId: plan.userId, reason: 'applied' as const }] : []),
      { organizationId: plan.employerId, userId: null, reason: 'received_candidature' as const },
    ]);
    await this.audit.record(manager, {
      action: 'candidature.sent',
      subjectType: 'candidature',
      subjectId: candidature.id,
      actorUserId: plan.userId,
      actorOrganizationId: plan.organizationId,
      details: { employerId: plan.employerId, candidateId: plan.candidateId, senderKind: plan.kind, jobDescriptionIds: plan.jobIds },
    });
    // Its employer and the candidate are told after the commit, by the notifications listener.
    await this.outbox.publish(manager, candidatureSent({ candidatureId: candidature.id, employerId: plan.employerId }));
    return candidature.id;
  }

  /** A candidature, as its reader may see it. */
  async get(actor: Actor, id: string): Promise<CandidatureView> {
    const row = await this.views.one(this.dataSource.manager, id);
    const reader = row ? await this.readerOf(actor, row) : null;
    requireAccess(candidatureAccess(actor, 'read', { reader }));
    return this.views.view(row!, reader!); // no candidature, no reader: refused above
  }

  /** The transition log: who did what, when (comments for the professionals only). */
  async history(
    actor: Actor,
    id: string,
  ): Promise<Array<{ transition: string; from: string; to: string; at: Date; by: string | null; comment: string | null }>> {
    const row = await this.views.one(this.dataSource.manager, id);
    const reader = row ? await this.readerOf(actor, row) : null;
    requireAccess(candidatureAccess(actor, 'read', { reader }));
    const log = await this.repository.transitionLog(id);
    return reader === 'candidate' ? log.map((entry) => ({ ...entry, comment: null })) : log;
  }

  /** The employer's inbox. */
  async received(actor: Actor, filter: CandidatureFilter): Promise<Page<CandidatureView>> {
    return this.page('c.employer_id = $1', [this.actingOrganization(actor, 'list-received')], filter, 'employer');
  }

  /**
   * How many candidatures of the inbox are in each state, under the same filters as the list but its state
   * (every state is named, with 0 when none): the tabs of the inbox.
   */
  async receivedCounts(actor: Actor, filter: Omit<CandidatureFilter, 'states' | 'cursor' | 'limit'>): Promise<StateCount[]> {
    const { conditions, values } = this.conditions('c.employer_id = $1', [this.actingOrganization(actor, 'list-received')], filter);
    const rows = await this.repository.countsByState(this.dataSource.manager, conditions.join(' AND '), values);
    const counts = new Map(rows.map((r) => [r.state, Number(r.count)]));
    return CANDIDATURE_STATES.map((state) => ({ state, label: STATE_LABELS[state], count: counts.get(state) ?? 0 }));
  }

  /** What I sent, or what my organisation sent. */
  async sent(actor: Actor, scope: 'mine' | 'organization', filter: CandidatureFilter): Promise<Page<CandidatureView>> {
    const organizationId = this.actingOrganization(actor, 'list-sent');
    return scope === 'mine'
      ? this.page('c.sender_user_id = $1 AND c.sender_organization_id = $2', [actor.userId, organizationId], filter, 'sender')
      : this.page('c.sender_organization_id = $1', [organizationId], filter, 'sender');
  }

  /** The candidate's own candidatures, all of them: what an employer archives is its housekeeping, not the person's. */
  async mine(actor: Actor, filter: CandidatureFilter): Promise<Page<CandidatureView>> {
    const candidateId = await this.candidates.ownId(actor);
    return this.page('c.candidate_id = $1', [candidateId], { ...filter, archived: 'include' }, 'candidate');
  }

  /** The organisation's candidatures of one month (received by an employer, sent by a prescriber), as CSV. */
  async exportMonth(actor: Actor, month: string): Promise<{ fileName: string; csv: string }> {
    const organization = actor.organization!;
    const from = `${month}-01`;
    const [year, m] = month.split('-').map(Number);
    const to = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
    const side = organization.family === 'employer' ? 'c.employer_id' : 'c.sender_organization_id';
    const rows = await this.repository.rows(
      this.dataSource.manager,
      `${side} = $1 AND c.created_at >= ($2::date::timestamp AT TIME ZONE 'Europe/Paris') AND c.created_at < ($3::date::timestamp AT TIME ZONE 'Europe/Paris')`,
      [organization.id, from, to],
    );
    // One date format in the whole file, as a spreadsheet opened in French reads it.
    const date = (d: Date | null) => (d ? frenchShortDate(d) : '');
    const day = (d: string | null) => (d ? frenchShortCalendarDate(d) : '');
    const csv = toCsv(
      [
        'Date',
        'Candidat',
        'Né(e) le',
        'Employeur',
        'Émetteur',
        'Organisation émettrice',
        'Fiches de poste',
        'État',
        'Motif de refus',
        'Début du contrat',
        'Fin du contrat',
        'PASS IAE',
      ],
      rows.map((r) => [
        date(r.created_at),
        `${r.last_name} ${r.first_name}`,
        day(r.birth_date),
        r.employer_name,
        { candidate: 'Candidat', prescriber: 'Prescripteur', employer: 'Employeur' }[r.sender_kind],
        r.sender_organization_name,
        (r.jobs ?? []).map((j) => j.title).join(', '),
        STATE_LABELS[r.state],
        r.refusal_reason ? REFUSAL_REASONS[r.refusal_reason] : '',
        day(r.hiring_start),
        day(r.hiring_end),
        r.pass_number,
      ]),
    );
    return { fileName: `candidatures-${month}.csv`, csv };
  }

  /** Who reads a candidature: its employer, its sender's organisation or user, the candidate, staff. */
  async readerOf(actor: Actor, row: CandidatureRow): Promise<CandidatureReader | null> {
    const organization = actor.organization;
    if (organization?.role && organization.id === row.employer_id) return 'employer';
    if (organization?.role && organization.id === row.sender_organization_id) return 'sender';
    if (!organization && row.sender_kind !== 'candidate' && row.sender_user_id === actor.userId) return 'sender';
    // Staff are told why they may not read (no reason given), where anyone else finds nothing.
    const access = await this.candidates.requireAccess(actor, row.candidate_id).then(
      (result) => result.access,
      (error: unknown) => {
        if (actor.isStaff) throw error;
        return null;
      },
    );
    if (access === 'self') return 'candidate';
    if (access === 'staff') return 'staff';
    return null;
  }

  private async page(where: string, params: unknown[], filter: CandidatureFilter, reader: CandidatureReader): Promise<Page<CandidatureView>> {
    const limit = filter.limit ?? DEFAULT_PAGE_SIZE;
    // The everyday shapes (by state, archive and page) are prepared; a search by name, date, job or sender is planned each time.
    const everyday =
      !filter.q?.trim() && !filter.createdFrom && !filter.createdTo && !filter.jobDescriptionId && !filter.senderKind && !filter.senderOrganizationId;
    // Prepared, a list hides its values from the planner (each in a subquery it does not look into): every inbox and
    // page then gets the same plan and PostgreSQL settles on the generic one. Seen, the largest inboxes' own estimates
    // kept it planning them at every page (8 ms of planning for 0.3 ms of execution, docs/benchmarks.md).
    const value = (n: number, type: string) => listValue(n, type, everyday);
    // An inbox by state is read state by state (its index leads with the employer and the state); a name search keeps
    // the single scan, which its trigram index may lead.
    const states = reader === 'employer' && filter.states?.length && !filter.q?.trim() ? filter.states : null;
    const { conditions, values } = this.conditions(
      where.replace(/\$(\d+)/g, (_, n: string) => value(Number(n), 'uuid')),
      params,
      states ? { ...filter, states: undefined } : filter,
      value,
    );
    const cursor = decodeCursor(filter.cursor, ['timestamp', 'uuid']);
    if (cursor) {
      values.push(cursor[0], cursor[1]);
      conditions.push(`(c.created_at, c.id) < (${value(values.length - 1, 'timestamptz')}, ${value(values.length, 'uuid')})`);
    }
    const rows = states
      ? await this.repository.rowsInStates(this.dataSource.manager, conditions.join(' AND '), values, states, limit + 1, { prepared: everyday })
      : await this.repository.rows(this.dataSource.manager, conditions.join(' AND '), values, limit + 1, { prepared: everyday });
    return toPage(
      rows,
      limit,
      (r) => [r.created_at.toISOString(), r.id],
      (r) => this.views.view(r, reader),
    );
  }

  /** The SQL conditions (over `c` and `cand`) of a list's filters; the cursor is the caller's. */
  private conditions(
    where: string,
    params: unknown[],
    filter: CandidatureFilter,
    value: (n: number, type: string) => string = (n, type) => `$${n}::${type}`,
  ): { conditions: string[]; values: unknown[] } {
    const conditions = [where];
    const values = [...params];
    const add = (sql: (n: number) => string, value: unknown) => {
      values.push(value);
      conditions.push(sql(values.length));
    };
    // Cast again: `ANY((SELECT …))` would read as « any row of this subquery », not « any element of this array ».
    if (filter.states?.length) add((n) => `c.state = ANY(${value(n, 'text[]')}::text[])`, filter.states);
    if ((filter.archived ?? 'exclude') === 'exclude') conditions.push('c.archived_at IS NULL');
    if (filter.archived === 'only') conditions.push('c.archived_at IS NOT NULL');
    if (filter.createdFrom) add((n) => `c.created_at >= ($${n}::date::timestamp AT TIME ZONE 'Europe/Paris')`, filter.createdFrom);
    if (filter.createdTo) add((n) => `c.created_at < (($${n}::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')`, filter.createdTo);
    if (filter.jobDescriptionId)
      add(
        (n) => `EXISTS (SELECT 1 FROM candidature_job_descriptions x WHERE x.candidature_id = c.id AND x.job_description_id = $${n})`,
        filter.jobDescriptionId,
      );
    if (filter.senderKind) add((n) => `c.sender_kind = $${n}`, filter.senderKind);
    if (filter.senderOrganizationId) add((n) => `c.sender_organization_id = $${n}`, filter.senderOrganizationId);
    if (filter.q?.trim()) add((n) => `cand.search_name LIKE $${n}`, `%${normalizeName(filter.q)}%`);
    return { conditions, values };
  }

  private actingOrganization(actor: Actor, action: 'list-received' | 'list-sent'): string {
    requireAccess(candidatureAccess(actor, action));
    return actor.organization!.id;
  }

  private async senderOf(
    actor: Actor,
    input: SendInput,
  ): Promise<{ kind: SenderKind; candidateId: string; organizationId: string | null; habilitated: boolean; person: ProfileFacts | null }> {
    if (actor.kind === 'candidate') {
      const own = await this.candidates.ownId(actor);
      requireAccess(candidatureAccess(actor, 'send', { candidateId: input.candidateId, ownCandidateId: own }));
      return { kind: 'candidate', candidateId: own, organizationId: null, habilitated: false, person: null };
    }
    requireAccess(candidatureAccess(actor, 'send'));
    const organization = actor.organization!;
    if (!input.candidateId) throw validationProblem([{ field: 'candidateId', code: 'isDefined', message: 'Indiquez le candidat pour qui vous postulez.' }]);
    const { candidate } = await this.candidates.requireAccess(actor, input.candidateId);
    return {
      kind: organization.family === 'employer' ? 'employer' : 'prescriber',
      candidateId: input.candidateId,
      organizationId: organization.id,
      habilitated: isHabilitated(organization.family, organization.authorizationStatus),
      // Read for the access check; eligibility's proposals are made from it.
      person: candidate,
    };
  }

  private async employerFor(id: string): Promise<EmployerForSending> {
    const employer = await this.employers.forSending(id);
    if (!employer) throw validationProblem([{ field: 'employerId', code: 'unknownEmployer', message: 'Aucun employeur ne porte cet identifiant.' }]);
    return employer;
  }

  private async checkJobs(ids: string[], employerId: string): Promise<Array<{ id: string; isResumeMandatory: boolean }>> {
    if (ids.length === 0) return [];
    const rows = await this.jobDescriptions.recruitingStates(ids);
    const errors: FieldError[] = [];
    ids.forEach((id, index) => {
      const job = rows.find((r) => r.id === id);
      if (!job || job.employerId !== employerId) {
        errors.push({
          field: `jobDescriptionIds[${index}]`,
          code: 'unknownJobDescription',
          message: 'Cette fiche de poste n’est pas une fiche de cet employeur.',
        });
      } else if (!job.isActive) {
        errors.push({ field: `jobDescriptionIds[${index}]`, code: 'closedJobDescription', message: 'Le recrutement est fermé sur cette fiche de poste.' });
      }
    });
    if (errors.length) throw validationProblem(errors);
    return rows.map((r) => ({ id: r.id, isResumeMandatory: r.isResumeMandatory }));
  }

  private async checkResume(actor: Actor, fileId: string | null, mandatory: boolean): Promise<void> {
    if (!fileId) {
      if (mandatory)
        throw validationProblem([
          { field: 'resumeFileId', code: 'resumeRequired', message: 'Une fiche de poste choisie demande un CV : joignez-le (POST /api/candidature-resumes).' },
        ]);
      return;
    }
    const file = await this.files.find(fileId);
    if (!file || file.purpose !== RESUME_PURPOSE || file.uploadedById !== actor.userId) {
      throw validationProblem([
        { field: 'resumeFileId', code: 'unknownResume', message: 'Ce CV n’a pas été envoyé par vous (POST /api/candidature-resumes).' },
      ]);
    }
  }
}
