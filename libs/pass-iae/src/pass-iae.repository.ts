import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { PassIae, PassIaeHire, PassIaeProlongation, PassIaeSuspension, ProlongationRequest } from './pass-iae.entity';

/** One method per query on the PASS IAE tables; every one runs in the caller's transaction when given. */
@Injectable()
export class PassIaeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The next number: the prefix and the next value of the sequence (never twice, never back). */
  async nextNumber(manager: EntityManager, prefix: string): Promise<string> {
    const [{ number }] = await manager.query(`SELECT $1::text || lpad(nextval('pass_iae_number_seq')::text, 7, '0') AS number`, [prefix]);
    return number;
  }

  findByNumber(number: string, manager: EntityManager = this.dataSource.manager, options: { lock?: boolean } = {}): Promise<PassIae | null> {
    return manager.getRepository(PassIae).findOne({ where: { number }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** The person's most recent PASS (latest end), the one a hire reuses or that may be prolonged. */
  latestForCandidate(candidateId: string, manager: EntityManager = this.dataSource.manager, options: { lock?: boolean } = {}): Promise<PassIae | null> {
    return manager.getRepository(PassIae).findOne({
      where: { candidateId },
      order: { endDate: 'DESC' },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
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

  hires(passId: string, manager: EntityManager = this.dataSource.manager): Promise<PassIaeHire[]> {
    return manager.getRepository(PassIaeHire).find({ where: { passId }, order: { hiringStart: 'DESC', createdAt: 'DESC' } });
  }

  /** The latest hire not cancelled: its employer is "the SIAE of the last hire". */
  lastHire(passId: string, manager: EntityManager = this.dataSource.manager): Promise<PassIaeHire | null> {
    return manager.getRepository(PassIaeHire).findOne({ where: { passId, cancelledAt: IsNull() }, order: { hiringStart: 'DESC', createdAt: 'DESC' } });
  }

  activeHireOfCandidature(candidatureId: string, manager: EntityManager): Promise<PassIaeHire | null> {
    return manager.getRepository(PassIaeHire).findOne({ where: { candidatureId, cancelledAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
  }

  countActiveHires(passId: string, manager: EntityManager): Promise<number> {
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
}
