import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { DeferredTable, deferInsert, findEntityBy, flushDeferredInserts } from '@iae/database';
import {
  AssignmentReason,
  Candidate,
  CandidateAccountInvitation,
  CandidateAssignment,
  CandidateConsent,
  DiagnosticVersion,
  NirCorrectionRequest,
} from './candidate.entity';

/** Who follows a person: written with the transaction's commit; its readers in the transaction write pending links first. */
const CANDIDATE_ASSIGNMENTS: DeferredTable = {
  table: 'candidate_assignments',
  columns: [
    ['candidate_id', 'uuid'],
    ['organization_id', 'uuid'],
    ['user_id', 'uuid'],
    ['reason', 'text'],
  ],
  onConflict: { key: ['candidate_id', 'organization_id'], update: ['user_id'], touch: 'updated_at' },
};

/** One line of the person's access log, as `candidate_access_events` keeps it. */
export interface AccessEvent {
  candidateId: string;
  userId: string | null;
  organizationId: string | null;
  action: string;
  reason: string;
  occurredAt: Date;
}

/**
 * The candidates context's SQL, one method per query: the people's files, who follows them, their access log,
 * their account invitations, NIR corrections, diagnostics and consents. Writes run in the caller's transaction
 * (its manager comes first); reads take it when the caller is in one.
 */
@Injectable()
export class CandidatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  // The people's files.

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Candidate | null> {
    // Read by every candidature sent and every eligibility answer: a statement planned once per connection.
    return findEntityBy(manager, Candidate, 'id', id);
  }

  /** The file of an id that must exist (read within the transaction that found it). */
  getById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Candidate> {
    return manager.getRepository(Candidate).findOneByOrFail({ id });
  }

  /** The file, its row held until the transaction ends (a change reads what it changes). */
  findByIdForUpdate(manager: EntityManager, id: string): Promise<Candidate | null> {
    return manager.getRepository(Candidate).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The file attached to a user account (a person has one at most). */
  findOfUser(userId: string): Promise<Candidate | null> {
    return this.dataSource.getRepository(Candidate).findOneBy({ userId });
  }

  hasFileOfUser(manager: EntityManager, userId: string): Promise<boolean> {
    return manager.getRepository(Candidate).existsBy({ userId });
  }

  /** The person holding a NIR (unique). */
  holderOfNir(nir: string, manager: EntityManager = this.dataSource.manager): Promise<Candidate | null> {
    return manager.getRepository(Candidate).findOneBy({ nir });
  }

  /** At most `limit` people with this (lower-case) address. */
  withEmail(email: string, limit: number): Promise<Candidate[]> {
    return this.dataSource.getRepository(Candidate).find({ where: { email }, take: limit });
  }

  /** At most `limit` people with this normalised name and birth date. */
  withNameAndBirthDate(searchName: string, birthDate: string, limit: number): Promise<Candidate[]> {
    return this.dataSource.getRepository(Candidate).find({ where: { searchName, birthDate }, take: limit });
  }

  /**
   * A file without NIR for the same person (normalised names as `search_name` has them, birth date, e-mail or none),
   * under a transaction lock on that identity so that two registrations of it at once take turns.
   */
  async lockedTwin(manager: EntityManager, person: Pick<Candidate, 'firstName' | 'lastName' | 'birthDate' | 'email'>): Promise<string | null> {
    const name = `btrim(regexp_replace(lower(immutable_unaccent($1 || ' ' || $2)), '[^a-z0-9]+', ' ', 'g'))`;
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('candidate-identity:' || ${name} || ':' || $3, 0))`, [
      person.lastName,
      person.firstName,
      person.birthDate,
    ]);
    const [twin] = await manager.query(
      `SELECT id FROM candidates WHERE search_name = ${name} AND birth_date = $3 AND nir IS NULL AND lower(coalesce(email, '')) = lower(coalesce($4, '')) LIMIT 1`,
      [person.lastName, person.firstName, person.birthDate, person.email ?? null],
    );
    return twin?.id ?? null;
  }

  insert(manager: EntityManager, values: Partial<Candidate>): Promise<Candidate> {
    return manager.getRepository(Candidate).save(manager.getRepository(Candidate).create(values));
  }

  async update(manager: EntityManager, id: string, values: Partial<Candidate>): Promise<void> {
    await manager.getRepository(Candidate).update({ id }, values);
  }

  /** Gives the file to a user, unless it already has one (the invitation race loses quietly). */
  async attachUser(manager: EntityManager, candidateId: string, userId: string): Promise<void> {
    await manager.getRepository(Candidate).update({ id: candidateId, userId: IsNull() }, { userId });
  }

  /** Replaces the NIR, which is then no longer missing. */
  async correctNir(manager: EntityManager, candidateId: string, nir: string): Promise<void> {
    await manager.getRepository(Candidate).update({ id: candidateId }, { nir, nirMissingReason: null });
  }

  /** A page of the people an organisation follows, by normalised name, optionally whose name contains `nameFragment`. */
  followedPage(filter: {
    organizationId: string;
    nameFragment: string | null;
    /** The sort key after which the page starts (a decoded cursor: search name, id). */
    after: Array<string | number | null> | null;
    limit: number;
  }): Promise<Candidate[]> {
    return this.dataSource
      .getRepository(Candidate)
      .createQueryBuilder('c')
      .innerJoin(CandidateAssignment, 'a', 'a.candidate_id = c.id AND a.organization_id = :organizationId', { organizationId: filter.organizationId })
      .where(filter.nameFragment !== null ? 'c.search_name LIKE :q' : 'TRUE', { q: `%${filter.nameFragment ?? ''}%` })
      .andWhere(filter.after ? '(c.search_name, c.id) > (:afterName, :afterId)' : 'TRUE', { afterName: filter.after?.[0], afterId: filter.after?.[1] })
      .orderBy('c.search_name')
      .addOrderBy('c.id')
      .limit(filter.limit)
      .getMany();
  }

  /** Reads the person's row and holds it until the transaction ends (`FOR NO KEY UPDATE`); null when there is no such person. */
  lockPerson(manager: EntityManager, candidateId: string): Promise<Candidate | null> {
    return findEntityBy(manager, Candidate, 'id', candidateId, { lock: 'for no key update' });
  }

  // Who follows them.

  async isFollowedBy(manager: EntityManager, candidateId: string, organizationId: string): Promise<boolean> {
    await flushDeferredInserts(manager);
    return manager.getRepository(CandidateAssignment).existsBy({ candidateId, organizationId });
  }

  /** Records that an organisation follows the person unless it already does (an existing link keeps its user and date). */
  async linkUnlessLinked(manager: EntityManager, candidateId: string, organizationId: string, reason: AssignmentReason): Promise<void> {
    // After the links this transaction made: they keep their reason.
    await flushDeferredInserts(manager);
    await manager
      .createQueryBuilder()
      .insert()
      .into(CandidateAssignment)
      .values({ candidateId, organizationId, reason })
      .orIgnore()
      .updateEntity(false)
      .execute();
  }

  /** Records that an organisation follows the person, or refreshes who (a link keeps its first reason); with the commit. */
  async link(
    manager: EntityManager,
    candidateId: string,
    links: Array<{ organizationId: string; userId: string | null; reason: AssignmentReason }>,
  ): Promise<void> {
    for (const { organizationId, userId, reason } of links) await deferInsert(manager, CANDIDATE_ASSIGNMENTS, [candidateId, organizationId, userId, reason]);
  }

  /** An employer or a prescriber of the directory, which a person may let follow them. */
  async followableOrganization(manager: EntityManager, organizationId: string): Promise<{ id: string; name: string } | null> {
    const [organization] = await manager.query(`SELECT id, name FROM organization_directory WHERE id = $1 AND family IN ('employer', 'prescriber')`, [
      organizationId,
    ]);
    return organization ?? null;
  }

  // Their access log.

  async recordAccessEvent(manager: EntityManager, event: AccessEvent): Promise<void> {
    await manager.query(
      `INSERT INTO candidate_access_events (candidate_id, user_id, organization_id, action, reason, occurred_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [event.candidateId, event.userId, event.organizationId, event.action, event.reason, event.occurredAt],
    );
  }

  /**
   * The latest 200 lines of the person's access log, with the organisation's name: the same organisation reading for
   * the same reason on one day (Paris) is one line with its count and last time (a page reloaded in the background
   * read it a dozen times); every read stays recorded.
   */
  accessLog(candidateId: string): Promise<Array<{ at: Date; action: string; reason: string; organizationName: string | null; count: number }>> {
    return this.dataSource.query(
      `SELECT max(e.occurred_at) AS at, e.action, e.reason, o.name AS "organizationName", count(*)::int AS count
         FROM candidate_access_events e LEFT JOIN organization_directory o ON o.id = e.organization_id
        WHERE e.candidate_id = $1
        GROUP BY e.organization_id, o.name, e.action, e.reason, (e.occurred_at AT TIME ZONE 'Europe/Paris')::date
        ORDER BY at DESC LIMIT 200`,
      [candidateId],
    );
  }

  // Their account invitations.

  async insertInvitation(
    manager: EntityManager,
    values: Pick<CandidateAccountInvitation, 'candidateId' | 'email' | 'tokenHash' | 'expiresAt' | 'createdByUserId'>,
  ): Promise<void> {
    await manager.getRepository(CandidateAccountInvitation).insert(values);
  }

  invitationOfTokenHash(tokenHash: string): Promise<CandidateAccountInvitation | null> {
    return this.dataSource.getRepository(CandidateAccountInvitation).findOneBy({ tokenHash });
  }

  /** The invitation, its row held until the transaction ends (one acceptance). */
  invitationOfTokenHashForUpdate(manager: EntityManager, tokenHash: string): Promise<CandidateAccountInvitation | null> {
    return manager.getRepository(CandidateAccountInvitation).findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  async markInvitationAccepted(manager: EntityManager, invitationId: string, at: Date): Promise<void> {
    await manager.getRepository(CandidateAccountInvitation).update({ id: invitationId }, { acceptedAt: at });
  }

  // NIR corrections.

  insertNirCorrection(manager: EntityManager, values: Partial<NirCorrectionRequest>): Promise<NirCorrectionRequest> {
    return manager.getRepository(NirCorrectionRequest).save(manager.getRepository(NirCorrectionRequest).create(values));
  }

  /** At most 500 requests in a status, the oldest first. */
  nirCorrectionsInStatus(status: NirCorrectionRequest['status']): Promise<NirCorrectionRequest[]> {
    return this.dataSource.getRepository(NirCorrectionRequest).find({ where: { status }, order: { createdAt: 'ASC' }, take: 500 });
  }

  getNirCorrection(manager: EntityManager, id: string): Promise<NirCorrectionRequest> {
    return manager.getRepository(NirCorrectionRequest).findOneByOrFail({ id });
  }

  /** The request, its row held until the transaction ends (one decision). */
  nirCorrectionForUpdate(manager: EntityManager, id: string): Promise<NirCorrectionRequest | null> {
    return manager.getRepository(NirCorrectionRequest).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async recordNirDecision(
    manager: EntityManager,
    id: string,
    decision: Pick<NirCorrectionRequest, 'status' | 'decidedAt' | 'decidedByUserId' | 'decisionNote'>,
  ): Promise<void> {
    await manager.getRepository(NirCorrectionRequest).update({ id }, decision);
  }

  // Diagnostics.

  latestDiagnostic(candidateId: string, manager: EntityManager = this.dataSource.manager): Promise<DiagnosticVersion | null> {
    return manager.getRepository(DiagnosticVersion).findOne({ where: { candidateId }, order: { version: 'DESC' } });
  }

  diagnosticVersion(candidateId: string, version: number): Promise<DiagnosticVersion | null> {
    return this.dataSource.getRepository(DiagnosticVersion).findOneBy({ candidateId, version });
  }

  /** Every version, the latest first. */
  diagnosticVersions(candidateId: string): Promise<DiagnosticVersion[]> {
    return this.dataSource.getRepository(DiagnosticVersion).find({ where: { candidateId }, order: { version: 'DESC' } });
  }

  insertDiagnosticVersion(manager: EntityManager, values: Partial<DiagnosticVersion>): Promise<DiagnosticVersion> {
    return manager.getRepository(DiagnosticVersion).save(manager.getRepository(DiagnosticVersion).create(values));
  }

  // Consents.

  insertConsent(manager: EntityManager, values: Partial<CandidateConsent>): Promise<CandidateConsent> {
    return manager.getRepository(CandidateConsent).save(manager.getRepository(CandidateConsent).create(values));
  }

  /** A consent of the person not withdrawn. */
  activeConsent(manager: EntityManager, candidateId: string, consentId: string): Promise<CandidateConsent | null> {
    return manager.getRepository(CandidateConsent).findOneBy({ id: consentId, candidateId, revokedAt: IsNull() });
  }

  async revokeConsent(manager: EntityManager, consentId: string, revokedAt: Date, revokedByUserId: string): Promise<void> {
    await manager.getRepository(CandidateConsent).update({ id: consentId }, { revokedAt, revokedByUserId });
  }

  /** Every consent of the person, the latest collected first. */
  consentsOf(candidateId: string): Promise<CandidateConsent[]> {
    return this.dataSource.getRepository(CandidateConsent).find({ where: { candidateId }, order: { collectedAt: 'DESC' } });
  }

  /** The consents the person gave an employer and did not withdraw. */
  activeConsentsFor(candidateId: string, employerId: string): Promise<CandidateConsent[]> {
    return this.dataSource.getRepository(CandidateConsent).findBy({ candidateId, employerId, revokedAt: IsNull() });
  }
}
