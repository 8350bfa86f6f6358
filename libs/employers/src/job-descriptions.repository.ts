import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { JobDescription } from './job-description.entity';

/** The answer of an `UPDATE … RETURNING` (TypeORM answers it with `[rows, rowCount]`). */
type Returning<T> = [T[], number];

export interface FreshnessRow {
  id: string;
  employerId: string;
  appellationCode: string;
  customTitle: string | null;
}

/** The job descriptions' SQL, one method per query; a method given an EntityManager runs in the caller's transaction. */
@Injectable()
export class JobDescriptionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, values: Partial<JobDescription>): Promise<JobDescription> {
    return manager.getRepository(JobDescription).save(manager.getRepository(JobDescription).create(values));
  }

  findByIds(manager: EntityManager, ids: string[]): Promise<JobDescription[]> {
    return manager.getRepository(JobDescription).findBy({ id: In(ids) });
  }

  findById(id: string): Promise<JobDescription | null> {
    return this.dataSource.getRepository(JobDescription).findOneBy({ id });
  }

  /** The one of an id that must exist (read within the transaction that wrote it). */
  getById(manager: EntityManager, id: string): Promise<JobDescription> {
    return manager.getRepository(JobDescription).findOneByOrFail({ id });
  }

  /** One of the employer's job descriptions, its row held until the transaction ends. */
  ofEmployerForUpdate(manager: EntityManager, employerId: string, id: string): Promise<JobDescription | null> {
    return manager.getRepository(JobDescription).findOne({ where: { id, employerId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The employer's job descriptions (or only its open ones), the open and most recently updated first. */
  ofEmployer(employerId: string, options: { openOnly: boolean; limit: number }): Promise<JobDescription[]> {
    return this.dataSource.getRepository(JobDescription).find({
      where: { employerId, ...(options.openOnly ? { isActive: true } : {}) },
      order: { isActive: 'DESC', lastEmployerUpdateAt: 'DESC' },
      take: options.limit,
    });
  }

  async update(manager: EntityManager, id: string, values: Partial<JobDescription>): Promise<void> {
    await manager.getRepository(JobDescription).update({ id }, values);
  }

  /** Whether the employer had that job description (and so it was deleted). */
  async deleteOfEmployer(manager: EntityManager, employerId: string, id: string): Promise<boolean> {
    const result = await manager.getRepository(JobDescription).delete({ id, employerId });
    return !!result.affected;
  }

  /** Active job descriptions to warn about (untouched since `closeBefore`…`warnBefore`, not warned yet) and to close (untouched before `closeBefore`). */
  async staleCounts(warnBefore: Date, closeBefore: Date): Promise<{ warn: number; close: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE last_employer_update_at < $1 AND last_employer_update_at >= $2 AND stale_warning_sent_at IS NULL)::int AS warn,
              count(*) FILTER (WHERE last_employer_update_at < $2)::int AS close
         FROM job_descriptions WHERE is_active`,
      [warnBefore, closeBefore],
    );
    return row;
  }

  /** Closes the active job descriptions untouched before `closeBefore`, returning them. */
  async closeStale(manager: EntityManager, closeBefore: Date, now: Date): Promise<FreshnessRow[]> {
    const [rows]: Returning<FreshnessRow> = await manager.query(
      `UPDATE job_descriptions SET is_active = false, auto_deactivated_at = $2
        WHERE is_active AND last_employer_update_at < $1 RETURNING id, employer_id AS "employerId", appellation_code AS "appellationCode", custom_title AS "customTitle"`,
      [closeBefore, now],
    );
    return rows;
  }

  /** Stamps the warning on the active job descriptions untouched since `closeBefore`…`warnBefore` and not warned yet, returning them. */
  async stampStaleWarnings(
    manager: EntityManager,
    warnBefore: Date,
    closeBefore: Date,
    now: Date,
  ): Promise<Array<FreshnessRow & { lastEmployerUpdateAt: Date }>> {
    const [rows]: Returning<FreshnessRow & { lastEmployerUpdateAt: Date }> = await manager.query(
      `UPDATE job_descriptions SET stale_warning_sent_at = $3
        WHERE is_active AND last_employer_update_at < $1 AND last_employer_update_at >= $2 AND stale_warning_sent_at IS NULL
        RETURNING id, employer_id AS "employerId", appellation_code AS "appellationCode", custom_title AS "customTitle", last_employer_update_at AS "lastEmployerUpdateAt"`,
      [warnBefore, closeBefore, now],
    );
    return rows;
  }
}
