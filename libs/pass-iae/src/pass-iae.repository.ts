import { Injectable } from '@nestjs/common';
import { DataSource, DeepPartial, EntityManager, IsNull } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DeferredTable, deferInsert, findEntityBy, flushDeferredInserts, preparedQuery } from '@iae/database';
import { PassIae, PassIaeHire, PassIaeProlongation, PassIaeSuspension, ProlongationRequest } from './pass-iae.entity';

/** A hire is written with its transaction's commit: nothing in it reads the hire back but the reads below, which write it first. */
const PASS_IAE_HIRES: DeferredTable = {
  table: 'pass_iae_hires',
  columns: [
    ['pass_id', 'uuid'],
    ['candidate_id', 'uuid'],
    ['employer_id', 'uuid'],
    ['candidature_id', 'uuid'],
    ['hiring_start', 'date'],
    ['hiring_end', 'date'],
    ['issued_pass', 'boolean'],
  ],
};

/** What a hire's new PASS is made of. */
export type NewPass = Pick<
  PassIae,
  | 'candidateId'
  | 'startDate'
  | 'endDate'
  | 'origin'
  | 'eligibilityDiagnosisId'
  | 'createdByUserId'
  | 'originEmployerId'
  | 'originEmployerKind'
  | 'originSenderKind'
>;

/** One method per query on the PASS IAE tables; every one runs in the caller's transaction when given. */
@Injectable()
export class PassIaeRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByNumber(number: string, manager: EntityManager = this.dataSource.manager, options: { lock?: boolean } = {}): Promise<PassIae | null> {
    return manager.getRepository(PassIae).findOne({ where: { number }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** The person's most recent PASS (latest end), the one a hire reuses or that may be prolonged. */
  latestForCandidate(candidateId: string, manager: EntityManager = this.dataSource.manager, options: { lock?: boolean } = {}): Promise<PassIae | null> {
    return findEntityBy(manager, PassIae, 'candidateId', candidateId, {
      orderBy: { property: 'endDate', direction: 'DESC' },
      lock: options.lock ? 'for update' : undefined,
    });
  }

  suspensions(passId: string, manager: EntityManager = this.dataSource.manager): Promise<PassIaeSuspension[]> {
    return manager.getRepository(PassIaeSuspension).find({ where: { passId }, order: { startDate: 'ASC' } });
  }

  prolongations(passId: string, manager: EntityManager = this.dataSource.manager): Promise<PassIaeProlongation[]> {
    return manager.getRepository(PassIaeProlongation).find({ where: { passId }, order: { startDate: 'ASC' } });
  }

  pendingRequest(passId: string, manager: EntityManager = this.dataSource.manager): Promise<ProlongationRequest | null> {
    return manager.getRepository(ProlongationRequest).findOneBy({ passId, status: 'pending' });
  }

  async hires(passId: string, manager: EntityManager = this.dataSource.manager): Promise<PassIaeHire[]> {
    await flushDeferredInserts(manager);
    return manager.getRepository(PassIaeHire).find({ where: { passId }, order: { hiringStart: 'DESC', createdAt: 'DESC' } });
  }

  /** The latest hire not cancelled: its employer is "the SIAE of the last hire". */
  async lastHire(passId: string, manager: EntityManager = this.dataSource.manager): Promise<PassIaeHire | null> {
    await flushDeferredInserts(manager);
    return manager.getRepository(PassIaeHire).findOne({ where: { passId, cancelledAt: IsNull() }, order: { hiringStart: 'DESC', createdAt: 'DESC' } });
  }

  async activeHireOfCandidature(candidatureId: string, manager: EntityManager): Promise<PassIaeHire | null> {
    await flushDeferredInserts(manager);
    return manager.getRepository(PassIaeHire).findOne({ where: { candidatureId, cancelledAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
  }

  async countActiveHires(passId: string, manager: EntityManager): Promise<number> {
    await flushDeferredInserts(manager);
    return manager.getRepository(PassIaeHire).countBy({ passId, cancelledAt: IsNull() });
  }

  findRequest(id: string, manager: EntityManager = this.dataSource.manager, options: { lock?: boolean } = {}): Promise<ProlongationRequest | null> {
    return manager.getRepository(ProlongationRequest).findOne({ where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** A prescriber organisation's requests, newest first, after the cursor (created_at, id). */
  async inbox(organizationId: string, filter: { status?: string; after: [string, string] | null; limit: number }): Promise<ProlongationRequest[]> {
    const query = this.dataSource
      .getRepository(ProlongationRequest)
      .createQueryBuilder('r')
      .where('r.prescriber_organization_id = :organizationId', { organizationId })
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(filter.limit + 1);
    if (filter.status) query.andWhere('r.status = :status', { status: filter.status });
    if (filter.after) query.andWhere('(r.created_at, r.id) < (:afterAt::timestamptz, :afterId::uuid)', { afterAt: filter.after[0], afterId: filter.after[1] });
    return query.getMany();
  }

  /** Pending requests young enough to be reminded (30 days at most). */
  async remindable(since: string): Promise<Array<{ id: string }>> {
    return this.dataSource.query(`SELECT id FROM pass_iae_prolongation_requests WHERE status = 'pending' AND created_on >= $1 ORDER BY created_on, id`, [
      since,
    ]);
  }

  /** Pending requests, the oldest first, with the organisation asked and whether the SIAE was told it lost its habilitation. */
  pendingWithPrescribers(): Promise<Array<{ id: string; prescriber_organization_id: string; told: boolean }>> {
    return this.dataSource.query(
      `SELECT id, prescriber_organization_id, stranded_notified_at IS NOT NULL AS told FROM pass_iae_prolongation_requests
        WHERE status = 'pending' ORDER BY created_on, id`,
    );
  }

  /** Forgets that these pending requests' SIAE were told: their organisation is habilitated again. */
  async forgetStranded(ids: string[]): Promise<void> {
    await this.dataSource.query(`UPDATE pass_iae_prolongation_requests SET stranded_notified_at = NULL WHERE id = ANY($1::uuid[]) AND status = 'pending'`, [
      ids,
    ]);
  }

  /** Whether a report is already attached to a request (one report, one request). */
  async reportUsed(manager: EntityManager, fileId: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM pass_iae_prolongation_requests WHERE report_file_id = $1 LIMIT 1`, [fileId]);
    return rows.length > 0;
  }

  /** The public check: the end of the PASS with this number held by a person born that day. */
  async endForNumberAndBirthDate(number: string, birthDate: string): Promise<string | null> {
    const [row] = await this.dataSource.query(
      `SELECT p.end_date::text AS end_date FROM pass_iae p JOIN candidate_identities c ON c.id = p.candidate_id WHERE p.number = $1 AND c.birth_date = $2::date`,
      [number, birthDate],
    );
    return row?.end_date ?? null;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, options: { lock?: boolean } = {}): Promise<PassIae | null> {
    const repository = manager.getRepository(PassIae);
    return options.lock ? repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : repository.findOneBy({ id });
  }

  /** The PASS that must be there (a hire, a request or a change points to it). */
  getById(id: string, manager: EntityManager, options: { lock?: boolean } = {}): Promise<PassIae> {
    const repository = manager.getRepository(PassIae);
    return options.lock ? repository.findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } }) : repository.findOneByOrFail({ id });
  }

  /** Issues a PASS (its number drawn before); answers it as saved. */
  /**
   * A new PASS under the next number: the prefix and the next value of the sequence (never twice, never back),
   * taken by the insert itself.
   */
  async issue(manager: EntityManager, prefix: string, pass: NewPass): Promise<{ id: string; number: string }> {
    // Prepared: every hire of a person without a PASS writes one.
    const [row] = await preparedQuery<{ id: string; number: string }>(
      manager,
      `INSERT INTO pass_iae (number, candidate_id, start_date, end_date, origin, eligibility_diagnosis_id, created_by_user_id,
                             origin_employer_id, origin_employer_kind, origin_sender_kind)
       VALUES ($1::text || lpad(nextval('pass_iae_number_seq')::text, 7, '0'), $2, $3, $4, $5, $6, $7, $8, $9, $10)
       RETURNING id, number`,
      [
        prefix,
        pass.candidateId,
        pass.startDate,
        pass.endDate,
        pass.origin,
        pass.eligibilityDiagnosisId,
        pass.createdByUserId,
        pass.originEmployerId,
        pass.originEmployerKind,
        pass.originSenderKind,
      ],
    );
    return row;
  }

  /** New dates of a PASS (moved by a hire, corrected by staff). */
  async setDates(manager: EntityManager, id: string, dates: { startDate: string; endDate: string }): Promise<void> {
    await manager.getRepository(PassIae).update({ id }, dates);
  }

  /** Deletes a PASS issued for a cancelled hire (its number is never reused). */
  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(PassIae).delete({ id });
  }

  /** Written with the hire's commit; the reads of hires above write it first when they run in its transaction. */
  async addHire(
    manager: EntityManager,
    hire: Pick<PassIaeHire, 'passId' | 'candidateId' | 'employerId' | 'candidatureId' | 'hiringStart' | 'hiringEnd' | 'issuedPass'>,
  ): Promise<void> {
    await deferInsert(manager, PASS_IAE_HIRES, [
      hire.passId,
      hire.candidateId,
      hire.employerId,
      hire.candidatureId,
      hire.hiringStart,
      hire.hiringEnd,
      hire.issuedPass,
    ]);
  }

  async cancelHire(manager: EntityManager, hireId: string, at: Date): Promise<void> {
    await manager.getRepository(PassIaeHire).update({ id: hireId }, { cancelledAt: at });
  }

  async moveHire(manager: EntityManager, hireId: string, dates: { hiringStart: string; hiringEnd: string | null }): Promise<void> {
    await manager.getRepository(PassIaeHire).update({ id: hireId }, dates);
  }

  /** A suspension of this PASS (none when the id belongs to another PASS). */
  findSuspension(manager: EntityManager, passId: string, id: string): Promise<PassIaeSuspension | null> {
    return manager.getRepository(PassIaeSuspension).findOneBy({ id, passId });
  }

  addSuspension(manager: EntityManager, suspension: DeepPartial<PassIaeSuspension>): Promise<PassIaeSuspension> {
    const repository = manager.getRepository(PassIaeSuspension);
    return repository.save(repository.create(suspension));
  }

  async updateSuspension(manager: EntityManager, id: string, patch: QueryDeepPartialEntity<PassIaeSuspension>): Promise<void> {
    await manager.getRepository(PassIaeSuspension).update({ id }, patch);
  }

  async deleteSuspension(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(PassIaeSuspension).delete({ id });
  }

  /** A declared prolongation; answers it as saved. */
  addProlongation(manager: EntityManager, prolongation: DeepPartial<PassIaeProlongation>): Promise<PassIaeProlongation> {
    const repository = manager.getRepository(PassIaeProlongation);
    return repository.save(repository.create(prolongation));
  }

  /** The prolongation of a granted request (its id is not needed). */
  async insertProlongation(manager: EntityManager, prolongation: QueryDeepPartialEntity<PassIaeProlongation>): Promise<void> {
    await manager.getRepository(PassIaeProlongation).insert(prolongation);
  }

  addRequest(manager: EntityManager, request: DeepPartial<ProlongationRequest>): Promise<ProlongationRequest> {
    const repository = manager.getRepository(ProlongationRequest);
    return repository.save(repository.create(request));
  }

  async updateRequest(manager: EntityManager, id: string, patch: QueryDeepPartialEntity<ProlongationRequest>): Promise<void> {
    await manager.getRepository(ProlongationRequest).update({ id }, patch);
  }

  /** The PASS of these requests with their holder's identity, for the requests' views. */
  requestPasses(
    manager: EntityManager,
    passIds: string[],
  ): Promise<Array<{ id: string; number: string; candidate_id: string; first_name: string; last_name: string; birth_date: string }>> {
    return manager.query(
      `SELECT p.id, p.number, p.candidate_id, c.first_name, c.last_name, c.birth_date::text AS birth_date
         FROM pass_iae p JOIN candidate_identities c ON c.id = p.candidate_id WHERE p.id = ANY($1::uuid[])`,
      [passIds],
    );
  }
}
