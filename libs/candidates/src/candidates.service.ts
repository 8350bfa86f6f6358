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
  Problems,
  RateLimiter,
  ageOn,
  decodeCursor,
  isIsoDate,
  keptWhateverHappens,
  notFound,
  requireAccess,
  toPage,
  validationProblem,
} from '@iae/core';
import { AuditTrail, isUniqueViolation } from '@iae/database';
import { isHabilitated } from '@iae/identity';
import { AddressInput, CommunesService, normalizeName } from '@iae/territory';
import { CandidateInvitationsService } from './candidate-invitations.service';
import { AssignmentReason, Candidate, FranceTravailMissingReason, NirMissingReason } from './candidate.entity';
import { CandidatesRepository } from './candidates.repository';
import { CandidateProblems } from './problems';
import { CandidateAccess, Viewer, candidateAccess, candidateFileAccess } from './rules/candidate-access';
import { CLAIM_LIMITS, ClaimProof, ClaimVerdict, claimVerdict } from './rules/claim-proof';
import { NIR_PROBLEM_MESSAGES, checkNir, maskNir, normalizeNir } from './rules/nir';

export interface CandidateSituation {
  educationLevel?: string | null;
  rsaSince?: IsoDate | null;
  assSince?: IsoDate | null;
  aahSince?: IsoDate | null;
  unemployedSince?: IsoDate | null;
  rqthUntil?: IsoDate | null;
  loneParent?: boolean;
  housing?: string | null;
  refugeeStatus?: string | null;
  aseLeaver?: boolean;
  justice?: string | null;
  frenchLevel?: string | null;
  mobilityIssue?: boolean;
  livesInQpv?: boolean | null;
  livesInZrr?: boolean | null;
}

export interface CandidateInput extends CandidateSituation {
  title?: 'M' | 'MME' | null;
  firstName: string;
  lastName: string;
  birthName?: string | null;
  birthDate: IsoDate;
  birthCommuneCode?: string | null;
  birthCountry?: string | null;
  nir?: string | null;
  nirMissingReason?: NirMissingReason | null;
  franceTravailId?: string | null;
  franceTravailIdMissingReason?: FranceTravailMissingReason | null;
  email?: string | null;
  phone?: string | null;
  address?: AddressInput | null;
}

export interface CandidateView {
  id: string;
  access: CandidateAccess;
  title: 'M' | 'MME' | null;
  firstName: string;
  lastName: string;
  birthName: string | null;
  birthDate: string;
  birthPlace: { communeCode: string | null; communeName: string | null; country: string | null };
  nir: string | null;
  nirMissingReason: string | null;
  franceTravailId: string | null;
  franceTravailIdMissingReason: string | null;
  email: string | null;
  phone: string | null;
  address: { line: string; complement: string | null; postalCode: string; communeCode: string; communeName: string; departementCode: string } | null;
  situation: Required<CandidateSituation>;
  hasAccount: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface LookupMatch {
  candidateId: string;
  /** Whether the caller may open the file; otherwise it may claim it with a proof of knowing the person. */
  accessible: boolean;
  displayName: string;
  /** Only for a file the caller may open, or found by its NIR (which holds the year anyway). */
  birthYear: number | null;
  matchedOn: 'nir' | 'email' | 'nameAndBirthDate';
}

export type AccessEventAction = 'nir_read' | 'staff_read' | 'claimed' | 'claim_refused' | 'access_granted';

const CLAIM_WORDING: Record<'nir' | 'identityAndEmail' | 'identity', string> = {
  nir: 'Rattachement à la fiche, avec le NIR',
  identityAndEmail: 'Rattachement à la fiche, avec les nom, prénom, date de naissance et adresse e-mail',
  identity: 'Rattachement à la fiche, avec les nom, prénom et date de naissance',
};

declare const heldLock: unique symbol;

/**
 * Proof that a transaction holds the lock of one person's row, taken once per use case by `CandidatesService.lock`:
 * what must work under that lock (the PASS IAE of a hire, a diagnosis made by a use case that holds it) asks for it
 * instead of locking again.
 */
export interface CandidateLock {
  readonly candidateId: string;
  readonly manager: EntityManager;
  /** The person's row as locked: what a hire asks of them (profile, justice) without reading it again. */
  readonly person: Candidate;
  readonly [heldLock]: true;
}

const COUNTRY_NAMES = new Intl.DisplayNames(['fr'], { type: 'region' });
/** Two-letter codes that name no country: unknown, groupings, and the user-assigned ones but Kosovo's XK. */
const NOT_A_COUNTRY = /^(?:ZZ|EU|EZ|UN|AA|Q[M-Z]|X[A-JL-Z])$/;

/** An ISO 3166-1 code a person may be born in (Intl names every assigned one; it echoes the others back). */
function isCountryCode(code: string): boolean {
  return !NOT_A_COUNTRY.test(code) && COUNTRY_NAMES.of(code) !== code;
}
/** Lookups tell who is registered: a conseillère makes a few an hour, a harvester many. */
const LOOKUP_LIMIT = { limit: 100, windowSeconds: 3600 };
const FRANCE_TRAVAIL_ID = /^[0-9A-Z]{7,11}$/;

/**
 * Candidates: found before being created (no second file for a NIR), visible to those entitled,
 * every NIR read by a professional recorded, a NIR correction reviewed by staff.
 */
@Injectable()
export class CandidatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CandidatesRepository,
    private readonly clock: Clock,
    private readonly communes: CommunesService,
    private readonly invitations: CandidateInvitationsService,
    private readonly audit: AuditTrail,
    private readonly rateLimiter: RateLimiter,
  ) {}

  /** A professional registers someone they accompany; an address gets a sign-up invitation. */
  async create(actor: Actor, input: CandidateInput): Promise<CandidateView> {
    requireAccess(candidateFileAccess(actor, 'register'));
    return this.insert(actor, input, { userId: null, organizationId: actor.organization!.id });
  }

  /** A candidate with an account fills in their own file. */
  async createOwn(actor: Actor, input: CandidateInput): Promise<CandidateView> {
    requireAccess(candidateFileAccess(actor, 'create-own'));
    const existing = await this.repository.findOfUser(actor.userId);
    if (existing) throw new Problem(CandidateProblems.alreadyExists, 'Votre fiche candidat existe déjà.', { extensions: { candidateId: existing.id } });
    return this.insert(actor, { ...input, email: actor.email }, { userId: actor.userId, organizationId: null });
  }

  async ownId(actor: Actor): Promise<string> {
    const own = await this.repository.findOfUser(actor.userId);
    if (!own) throw notFound('Vous n’avez pas encore de fiche candidat : créez-la (POST /api/me/candidate).');
    return own.id;
  }

  private async insert(actor: Actor, input: CandidateInput, owner: { userId: string | null; organizationId: string | null }): Promise<CandidateView> {
    refuseReasonBesideValue(input);
    const values = await this.checked(input);
    try {
      return await this.dataSource.transaction(async (manager) => {
        // Without a NIR the unique index cannot tell a second registration of the same person (a double click, a
        // colleague's): the same identity and e-mail are refused, registrations of one identity taking turns.
        if (!values.nir && owner.organizationId) {
          const twin = await this.repository.lockedTwin(manager, values as Pick<Candidate, 'firstName' | 'lastName' | 'birthDate' | 'email'>);
          if (twin)
            throw new Problem(
              CandidateProblems.alreadyExists,
              'Une personne de mêmes nom, prénom, date de naissance et adresse e-mail est déjà inscrite : rattachez-vous à sa fiche.',
              { extensions: { candidateId: twin } },
            );
        }
        const candidate = await this.repository.insert(manager, {
          loneParent: false,
          aseLeaver: false,
          mobilityIssue: false,
          ...values,
          userId: owner.userId,
          createdByUserId: actor.userId,
          createdByOrganizationId: owner.organizationId,
        });
        if (owner.organizationId) {
          await this.link(manager, candidate.id, owner.organizationId, actor.userId, 'created');
          if (candidate.email) await this.invitations.inviteWithinTransaction(manager, candidate, actor.userId);
        }
        await this.audit.record(manager, {
          action: 'candidate.created',
          subjectType: 'candidate',
          subjectId: candidate.id,
          actorUserId: actor.userId,
          actorOrganizationId: owner.organizationId,
        });
        return this.view(manager, candidate, owner.userId ? 'self' : 'professional');
      });
    } catch (error) {
      if (isUniqueViolation(error, 'candidates_nir_unique')) throw await this.duplicateNir(values.nir as string);
      throw error;
    }
  }

  /** By NIR, e-mail, or name and birth date: who already exists, showing only what the caller may see. */
  async lookup(actor: Actor, criteria: { nir?: string; email?: string; firstName?: string; lastName?: string; birthDate?: IsoDate }): Promise<LookupMatch[]> {
    await this.rateLimiter.consume('candidate-lookup', actor.userId, LOOKUP_LIMIT, 'Trop de recherches de personnes en une heure ; réessayez plus tard.');
    refuseMalformedNir(criteria.nir);
    let rows: Candidate[];
    let matchedOn: LookupMatch['matchedOn'];
    if (criteria.nir) {
      matchedOn = 'nir';
      const holder = await this.repository.holderOfNir(normalizeNir(criteria.nir));
      rows = holder ? [holder] : [];
    } else if (criteria.email) {
      matchedOn = 'email';
      rows = await this.repository.withEmail(criteria.email.trim().toLowerCase(), 10);
    } else if (criteria.lastName && criteria.firstName && criteria.birthDate) {
      matchedOn = 'nameAndBirthDate';
      const searchName = normalizeName(`${criteria.lastName} ${criteria.firstName}`);
      rows = await this.repository.withNameAndBirthDate(searchName, criteria.birthDate, 10);
    } else {
      throw validationProblem([
        { field: 'nir', code: 'lookupCriteria', message: 'Cherchez par NIR, par adresse e-mail, ou par nom, prénom et date de naissance.' },
      ]);
    }
    const matches: LookupMatch[] = [];
    for (const row of rows) {
      const accessible = (await this.accessFor(actor, row)) !== 'none';
      matches.push({
        candidateId: row.id,
        accessible,
        displayName: accessible
          ? `${row.firstName} ${row.lastName}`
          : `${row.firstName.slice(0, 1)}. ${row.lastName.slice(0, 1)}${'*'.repeat(Math.max(2, row.lastName.length - 1))}`,
        birthYear: accessible || matchedOn === 'nir' ? Number(row.birthDate.slice(0, 4)) : null,
        matchedOn,
      });
    }
    return matches;
  }

  /**
   * Opens a file. Staff give a reason; every NIR shown to a professional or to staff is recorded
   * (who, when, why) so the person can know.
   */
  async get(actor: Actor, id: string, reasonParam?: string): Promise<CandidateView> {
    const reason = reasonParam?.trim() || actor.accessReason;
    return this.dataSource.transaction(async (manager) => {
      const found = await this.repository.findById(id, manager);
      const access = found ? await this.accessFor(actor, found, manager) : 'none';
      requireAccess(candidateFileAccess(actor, 'read', { access }));
      const candidate = found!; // no person: 'none', refused above
      await this.recordRead(manager, actor, candidate, access, reason);
      return this.view(manager, candidate, access);
    });
  }

  async update(actor: Actor, id: string, input: Partial<CandidateInput>, reasonParam?: string): Promise<CandidateView> {
    const reason = reasonParam?.trim() || actor.accessReason;
    return this.dataSource.transaction(async (manager) => {
      const found = await this.repository.findByIdForUpdate(manager, id);
      const access = found ? await this.accessFor(actor, found, manager) : 'none';
      const organization = actor.organization;
      requireAccess(
        candidateFileAccess(actor, 'edit', {
          access,
          hasAccount: !!found?.userId,
          registeredByOrganizationId: found?.createdByOrganizationId ?? null,
          habilitatedPrescriber: organization?.family === 'prescriber' && isHabilitated(organization.family, organization.authorizationStatus),
        }),
      );
      const candidate = found!; // no person: 'none', refused above
      if (access === 'staff' && !reason?.trim()) throw auditReasonRequired();
      if (input.nir !== undefined && candidate.nir && normalizeNir(input.nir ?? '') !== candidate.nir) {
        throw new Problem(CandidateProblems.nirCorrectionRequired, 'Le NIR enregistré ne se modifie pas ici : déposez une demande de correction.');
      }
      // The DTO carries every declared field, absent ones as undefined: only the given ones change.
      const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<CandidateInput>;
      refuseReasonBesideValue(given);
      const values = await this.checked({ ...this.asInput(candidate), ...given });
      try {
        await this.repository.update(manager, id, values);
      } catch (error) {
        if (isUniqueViolation(error, 'candidates_nir_unique')) throw await this.duplicateNir(values.nir as string);
        throw error;
      }
      await this.audit.record(manager, {
        action: 'candidate.updated',
        subjectType: 'candidate',
        subjectId: id,
        actorUserId: actor.userId,
        actorOrganizationId: actor.organization?.id ?? null,
        details: { fields: Object.keys(input), ...(access === 'staff' ? { reason } : {}) },
      });
      const updated = await this.repository.getById(id, manager);
      await this.recordRead(manager, actor, updated, access, reason);
      return this.view(manager, updated, access);
    });
  }

  /**
   * A professional who proves knowing the person (see rules/claim-proof) starts following them.
   * Failed attempts are limited per person and per user, and every claim shows in the person's access log.
   */
  async claim(actor: Actor, id: string, proof: ClaimProof): Promise<CandidateView> {
    requireAccess(candidateFileAccess(actor, 'claim'));
    // A mistyped NIR is no failed proof: it neither counts against the limits nor shows in the person's log.
    refuseMalformedNir(proof.nir);
    const candidate = await this.repository.findById(id);
    if (!candidate) throw notFound('Aucun candidat ne porte cet identifiant.');
    const [byUser, byPerson] = await Promise.all([this.rateLimiter.peek('claim-user', actor.userId), this.rateLimiter.peek('claim-person', id)]);
    if (byUser.count >= CLAIM_LIMITS.perUser.limit) {
      throw this.tooManyClaims(byUser.retryAfterSeconds, 'Trop de rattachements refusés pour votre compte ; réessayez plus tard.');
    }
    if (byPerson.count >= CLAIM_LIMITS.perPerson.limit) {
      throw this.tooManyClaims(
        byPerson.retryAfterSeconds,
        'Trop de tentatives de rattachement à la fiche de cette personne : réessayez plus tard, ou demandez à la personne de vous donner accès depuis son espace.',
      );
    }
    const verdict = claimVerdict(candidate, proof, normalizeName);
    if (!verdict.proven) {
      await this.rateLimiter.hit('claim-user', actor.userId, CLAIM_LIMITS.perUser);
      await this.rateLimiter.hit('claim-person', id, CLAIM_LIMITS.perPerson);
      // The refusal is kept, and shown to the person, though the request fails (with an Idempotency-Key too).
      await keptWhateverHappens(this.dataSource, (manager) => this.recordClaim(manager, actor, id, verdict));
      throw new Problem(CandidateProblems.claimRefused);
    }
    return this.dataSource.transaction(async (manager) => {
      await this.link(manager, id, actor.organization!.id, actor.userId, 'claimed');
      await this.recordClaim(manager, actor, id, verdict);
      return this.view(manager, candidate, 'professional');
    });
  }

  /** A claim in the person's access log and in the audit trail, granted or refused. */
  private async recordClaim(manager: EntityManager, actor: Actor, id: string, verdict: ClaimVerdict): Promise<void> {
    await this.insertAccessEvent(
      manager,
      actor,
      id,
      verdict.proven ? 'claimed' : 'claim_refused',
      verdict.proven ? CLAIM_WORDING[verdict.by] : 'Tentative de rattachement à la fiche, avec une preuve inexacte',
    );
    await this.audit.record(manager, {
      action: verdict.proven ? 'candidate.claimed' : 'candidate.claim_refused',
      subjectType: 'candidate',
      subjectId: id,
      actorUserId: actor.userId,
      actorOrganizationId: actor.organization?.id ?? null,
      ...(verdict.proven ? { details: { proof: verdict.by } } : {}),
    });
  }

  /** The person lets an organisation follow them, from their own space. */
  async grantAccess(actor: Actor, organizationId: string): Promise<{ organizationId: string; organizationName: string }> {
    const id = await this.ownId(actor);
    return this.dataSource.transaction(async (manager) => {
      const organization = await this.repository.followableOrganization(manager, organizationId);
      if (!organization) {
        throw validationProblem([
          { field: 'organizationId', code: 'unknownOrganization', message: 'Aucun employeur ni prescripteur ne porte cet identifiant.' },
        ]);
      }
      await this.link(manager, id, organizationId, null, 'granted');
      await this.repository.recordAccessEvent(manager, {
        candidateId: id,
        userId: actor.userId,
        organizationId,
        action: 'access_granted',
        reason: 'Accès donné par la personne depuis son espace',
        occurredAt: this.clock.now(),
      });
      await this.audit.record(manager, {
        action: 'candidate.access_granted',
        subjectType: 'candidate',
        subjectId: id,
        actorUserId: actor.userId,
        details: { organizationId },
      });
      return { organizationId, organizationName: organization.name };
    });
  }

  private tooManyClaims(retryAfterSeconds: number, detail: string): Problem {
    return new Problem(Problems.rateLimited, detail, { headers: { 'retry-after': String(retryAfterSeconds) }, extensions: { retryAfterSeconds } });
  }

  /** The candidates my organisation follows, by name. */
  async listForOrganization(actor: Actor, filter: { q?: string; cursor?: string; limit?: number }): Promise<Page<CandidateView>> {
    requireAccess(candidateFileAccess(actor, 'list-followed'));
    const limit = filter.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(filter.cursor, ['text', 'uuid']);
    const rows = await this.repository.followedPage({
      organizationId: actor.organization!.id,
      nameFragment: filter.q ? normalizeName(filter.q) : null,
      after,
      limit: limit + 1,
    });
    const views = await Promise.all(rows.map((row) => this.view(this.dataSource.manager, row, 'professional', { withoutNir: true })));
    return toPage(
      rows,
      limit,
      (r) => [r.searchName, r.id],
      (r) => views.find((v) => v.id === r.id) as CandidateView,
    );
  }

  /** Who may see the candidate: the same rule for every context (eligibility, candidatures…). */
  async accessFor(actor: Actor, candidate: Pick<Candidate, 'id' | 'userId'>, manager: EntityManager = this.dataSource.manager): Promise<CandidateAccess> {
    const organization = actor.organization;
    const habilitated = !!organization && isHabilitated(organization.family, organization.authorizationStatus);
    // A habilitated prescriber sees every candidate: no need to look for a link.
    const linked =
      organization?.role && !(habilitated && organization.family === 'prescriber')
        ? await this.repository.isFollowedBy(manager, candidate.id, organization.id)
        : false;
    const viewer: Viewer = {
      userId: actor.userId,
      isStaff: actor.isStaff,
      organization: organization ? { id: organization.id, family: organization.family, habilitated, isMember: !!organization.role } : null,
    };
    return candidateAccess(viewer, { userId: candidate.userId, linkedOrganizationIds: linked ? [organization!.id] : [] });
  }

  /** Throws 404 unless the caller may see the candidate; returns the access level. */
  async requireAccess(
    actor: Actor,
    candidateId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ candidate: Candidate; access: CandidateAccess }> {
    const found = await this.repository.findById(candidateId, manager);
    const access = found ? await this.accessFor(actor, found, manager) : 'none';
    requireAccess(candidateFileAccess(actor, 'read', { access }));
    const candidate = found!; // no person: 'none', refused above
    // Staff see a candidate's data only with a reason, which the candidate can read.
    if (access === 'staff') {
      if (!actor.accessReason) throw auditReasonRequired();
      await this.insertAccessEvent(manager, actor, candidate.id, 'staff_read', actor.accessReason);
    }
    return { candidate, access };
  }

  /** Records that an organisation works with a candidate (it may then see their file). */
  async link(manager: EntityManager, candidateId: string, organizationId: string, userId: string | null, reason: AssignmentReason): Promise<void> {
    await this.repository.link(manager, candidateId, [{ organizationId, userId, reason }]);
  }

  /** Several organisations at once (a candidature: its sender and its employer), in one statement. */
  async linkMany(
    manager: EntityManager,
    candidateId: string,
    links: Array<{ organizationId: string; userId: string | null; reason: AssignmentReason }>,
  ): Promise<void> {
    await this.repository.link(manager, candidateId, links);
  }

  /**
   * The one lock of a person per use case (a hire, a diagnosis, a new version of the diagnostic): holds the row for the
   * rest of the caller's transaction, so that the decisions about one person (two hires accepted at once, two
   * diagnoses made at once) queue up; 404 when there is no such person. `FOR NO KEY UPDATE` conflicts with itself but
   * not with the key share of a row that refers to the person (a candidature, an assignment written meanwhile).
   */
  async lock(manager: EntityManager, candidateId: string): Promise<CandidateLock> {
    const person = await this.repository.lockPerson(manager, candidateId);
    if (!person) throw notFound('Aucun candidat ne porte cet identifiant.');
    return { candidateId, manager, person } as CandidateLock;
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Candidate | null> {
    return this.repository.findById(id, manager);
  }

  private async recordRead(manager: EntityManager, actor: Actor, candidate: Candidate, access: CandidateAccess, reason?: string): Promise<void> {
    if (access === 'staff') {
      if (!reason?.trim()) throw auditReasonRequired();
      await this.insertAccessEvent(manager, actor, candidate.id, 'staff_read', reason.trim());
    }
    if ((access === 'professional' || access === 'staff') && candidate.nir) {
      await this.insertAccessEvent(manager, actor, candidate.id, 'nir_read', reason?.trim() || 'Consultation de la fiche candidat');
    }
  }

  private async insertAccessEvent(manager: EntityManager, actor: Actor, candidateId: string, action: AccessEventAction, reason: string): Promise<void> {
    await this.repository.recordAccessEvent(manager, {
      candidateId,
      userId: actor.userId,
      organizationId: actor.organization?.id ?? null,
      action,
      reason: reason.slice(0, 500),
      occurredAt: this.clock.now(),
    });
  }

  /** The candidate's own log of who read their NIR, and staff consultations. */
  async accessLog(actor: Actor): Promise<Array<{ at: Date; action: string; reason: string; organizationName: string | null; count: number }>> {
    const id = await this.ownId(actor);
    return this.repository.accessLog(id);
  }

  private async duplicateNir(nir: string): Promise<Problem> {
    const existing = await this.repository.holderOfNir(nir);
    return new Problem(CandidateProblems.alreadyExists, 'Une personne est déjà inscrite avec ce NIR ; rattachez-vous à sa fiche.', {
      extensions: existing ? { candidateId: existing.id, maskedNir: maskNir(nir) } : {},
    });
  }

  private asInput(c: Candidate): CandidateInput {
    return {
      title: c.title,
      firstName: c.firstName,
      lastName: c.lastName,
      birthName: c.birthName,
      birthDate: c.birthDate,
      birthCommuneCode: c.birthCommuneCode,
      birthCountry: c.birthCountry,
      nir: c.nir,
      nirMissingReason: c.nirMissingReason,
      franceTravailId: c.franceTravailId,
      franceTravailIdMissingReason: c.franceTravailIdMissingReason,
      email: c.email,
      phone: c.phone,
    };
  }

  /** Checks identity and situation fields together (the NIR against the title and birth date). */
  private async checked(input: CandidateInput): Promise<Partial<Candidate>> {
    const errors: FieldError[] = [];
    const today = this.clock.today();
    const values: Partial<Candidate> = {};
    const text = (value: string | null | undefined) => (value === undefined ? undefined : value?.trim() || null);

    if (!isIsoDate(input.birthDate)) errors.push({ field: 'birthDate', code: 'isDate', message: 'La date de naissance doit être au format AAAA-MM-JJ.' });
    else if (input.birthDate > today) errors.push({ field: 'birthDate', code: 'notInFuture', message: 'La date de naissance ne peut pas être dans le futur.' });
    else if (ageOn(input.birthDate, today) < 16)
      errors.push({ field: 'birthDate', code: 'minimumAge', message: 'Un parcours IAE s’adresse aux personnes de 16 ans et plus.' });
    else if (ageOn(input.birthDate, today) > 100) errors.push({ field: 'birthDate', code: 'plausibleDate', message: 'Vérifiez la date de naissance.' });

    const nir = input.nir ? normalizeNir(input.nir) : null;
    if (nir) {
      const problem = checkNir(nir, { title: input.title ?? null, birthDate: isIsoDate(input.birthDate) ? input.birthDate : null });
      if (problem) errors.push({ field: 'nir', code: `nir_${problem}`, message: NIR_PROBLEM_MESSAGES[problem] });
    } else if (!input.nirMissingReason) {
      errors.push({
        field: 'nirMissingReason',
        code: 'isDefined',
        message: 'Sans NIR, indiquez pourquoi (la personne n’en a pas, ou le sien est attribué à une autre personne).',
      });
    }
    const ftId = input.franceTravailId ? input.franceTravailId.replace(/\s/g, '').toUpperCase() : null;
    if (ftId && !FRANCE_TRAVAIL_ID.test(ftId)) {
      errors.push({ field: 'franceTravailId', code: 'matches', message: 'L’identifiant France Travail compte 7 à 11 chiffres ou lettres.' });
    } else if (!ftId && !input.franceTravailIdMissingReason) {
      errors.push({
        field: 'franceTravailIdMissingReason',
        code: 'isDefined',
        message: 'Sans identifiant France Travail, indiquez pourquoi (non inscrit, ou oublié).',
      });
    }
    if (input.birthCountry && !isCountryCode(input.birthCountry.toUpperCase())) {
      errors.push({ field: 'birthCountry', code: 'isCountry', message: 'Indiquez le pays de naissance par son code ISO à deux lettres (FR, DZ, ML…).' });
    }
    if (input.birthCommuneCode && input.birthCountry && input.birthCountry.toUpperCase() !== 'FR') {
      errors.push({ field: 'birthCountry', code: 'bornInFrance', message: 'Une commune de naissance française va avec le pays FR.' });
    } else if (input.birthCommuneCode && !(await this.communes.get(input.birthCommuneCode))) {
      errors.push({ field: 'birthCommuneCode', code: 'unknownCommune', message: `Aucune commune n’a le code INSEE ${input.birthCommuneCode}.` });
    }
    for (const field of ['rsaSince', 'assSince', 'aahSince', 'unemployedSince'] as const) {
      const value = input[field];
      if (value && (!isIsoDate(value) || value > today)) errors.push({ field, code: 'notInFuture', message: 'Cette date ne peut pas être dans le futur.' });
    }
    if (errors.length) throw validationProblem(errors);

    Object.assign(values, {
      title: input.title ?? null,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      birthName: text(input.birthName) ?? null,
      birthDate: input.birthDate,
      birthCommuneCode: input.birthCommuneCode ?? null,
      // A commune of birth is French (communes of the referential are).
      birthCountry: input.birthCommuneCode ? 'FR' : (input.birthCountry?.toUpperCase() ?? null),
      nir,
      nirMissingReason: nir ? null : (input.nirMissingReason ?? null),
      franceTravailId: ftId,
      franceTravailIdMissingReason: ftId ? null : (input.franceTravailIdMissingReason ?? null),
      email: input.email ? input.email.trim().toLowerCase() : null,
      phone: text(input.phone) ?? null,
    });
    for (const field of [
      'educationLevel',
      'rsaSince',
      'assSince',
      'aahSince',
      'unemployedSince',
      'rqthUntil',
      'loneParent',
      'housing',
      'refugeeStatus',
      'aseLeaver',
      'justice',
      'frenchLevel',
      'mobilityIssue',
      'livesInQpv',
      'livesInZrr',
    ] as const) {
      if (input[field] !== undefined) (values as Record<string, unknown>)[field] = input[field];
    }
    if (input.address === null) {
      Object.assign(values, { addressLine: null, addressComplement: null, postalCode: null, communeCode: null, latitude: null, longitude: null });
    } else if (input.address) {
      Object.assign(values, await this.communes.resolveAddress(input.address));
    }
    return values;
  }

  async view(_manager: EntityManager, c: Candidate, access: CandidateAccess, options: { withoutNir?: boolean } = {}): Promise<CandidateView> {
    const codes = [c.communeCode, c.birthCommuneCode].filter((x): x is string => !!x);
    const communes = new Map((await this.communes.findByCodes(codes)).map((commune) => [commune.code, commune]));
    return {
      id: c.id,
      access,
      title: c.title,
      firstName: c.firstName,
      lastName: c.lastName,
      birthName: c.birthName,
      birthDate: c.birthDate,
      birthPlace: {
        communeCode: c.birthCommuneCode,
        communeName: c.birthCommuneCode ? (communes.get(c.birthCommuneCode)?.name ?? null) : null,
        country: c.birthCountry,
      },
      nir: options.withoutNir ? null : c.nir,
      nirMissingReason: c.nirMissingReason,
      franceTravailId: c.franceTravailId,
      franceTravailIdMissingReason: c.franceTravailIdMissingReason,
      email: c.email,
      phone: c.phone,
      address:
        c.communeCode && c.addressLine && c.postalCode
          ? {
              line: c.addressLine,
              complement: c.addressComplement,
              postalCode: c.postalCode,
              communeCode: c.communeCode,
              communeName: communes.get(c.communeCode)?.name ?? '',
              departementCode: communes.get(c.communeCode)?.departementCode ?? '',
            }
          : null,
      situation: {
        educationLevel: c.educationLevel,
        rsaSince: c.rsaSince,
        assSince: c.assSince,
        aahSince: c.aahSince,
        unemployedSince: c.unemployedSince,
        rqthUntil: c.rqthUntil,
        loneParent: c.loneParent,
        housing: c.housing,
        refugeeStatus: c.refugeeStatus,
        aseLeaver: c.aseLeaver,
        justice: c.justice,
        frenchLevel: c.frenchLevel,
        mobilityIssue: c.mobilityIssue,
        livesInQpv: c.livesInQpv,
        livesInZrr: c.livesInZrr,
      },
      hasAccount: !!c.userId,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    };
  }

  /**
   * Whether the person a lock holds is under the supervision of the justice system (the PASS IAE of a hire in prison
   * depends on it), from the row read with the lock.
   */
  lockedUnderJusticeSupervision(lock: CandidateLock): boolean {
    return underJusticeSupervision(lock.person);
  }

  /** The same, read without a lock: whether a candidature sent to a SIAE in a prison could lead to a PASS IAE. */
  async isUnderJusticeSupervision(candidateId: string): Promise<boolean> {
    return underJusticeSupervision(await this.repository.getById(candidateId));
  }

  /** Records that an organisation works with a candidate, unless it already does (an existing link keeps its user and date). */
  async linkUnlessLinked(manager: EntityManager, candidateId: string, organizationId: string, reason: AssignmentReason): Promise<void> {
    await this.repository.linkUnlessLinked(manager, candidateId, organizationId, reason);
  }
}

/** A NIR given to find or prove a person is checked like one written on a file (format and key), or answers 400. */
function refuseMalformedNir(nir: string | undefined): void {
  if (!nir) return;
  const problem = checkNir(normalizeNir(nir), {});
  if (problem) throw validationProblem([{ field: 'nir', code: `nir_${problem}`, message: NIR_PROBLEM_MESSAGES[problem] }]);
}

/**
 * A reason for a missing identifier sent together with that identifier contradicts itself: say so rather than keep one
 * silently. A reason already on file beside a NIR given now is the file being completed, hence only the given input.
 */
function refuseReasonBesideValue(given: Partial<CandidateInput>): void {
  const errors: FieldError[] = [];
  if (given.nir?.trim() && given.nirMissingReason) {
    errors.push({ field: 'nirMissingReason', code: 'conflictsWithNir', message: 'Un NIR est donné : ne donnez pas de raison à son absence.' });
  }
  if (given.franceTravailId?.trim() && given.franceTravailIdMissingReason) {
    errors.push({
      field: 'franceTravailIdMissingReason',
      code: 'conflictsWithFranceTravailId',
      message: 'Un identifiant France Travail est donné : ne donnez pas de raison à son absence.',
    });
  }
  if (errors.length) throw validationProblem(errors);
}

/** Whether a person is under the supervision of the justice system (a hire in a prison then gives no PASS IAE). */
export function underJusticeSupervision(person: { justice: string | null }): boolean {
  return person.justice === 'under_supervision';
}

/** Staff opened a person's data without saying why: the error names the header that carries the reason (or `?reason=`). */
function auditReasonRequired(): Problem {
  return new Problem(CandidateProblems.auditReasonRequired, undefined, {
    errors: [
      {
        field: 'X-Access-Reason',
        code: 'accessReasonRequired',
        message: 'Indiquez le motif de la consultation (en-tête X-Access-Reason) : la personne le lira dans le journal de ses accès.',
      },
    ],
  });
}
