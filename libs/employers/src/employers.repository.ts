import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { IsoDate } from '@iae/core';

/** The answer of an `UPDATE … RETURNING` (TypeORM answers it with `[rows, rowCount]`). */
type Returning<T> = [T[], number];

export interface FreshnessRow {
  id: string;
  employerId: string;
  appellationCode: string;
  customTitle: string | null;
}

/**
 * The employers context's SQL, one method per query (what the entities' repositories do not say).
 * What it reads of other contexts comes from the views they publish (`organization_directory`,
 * `commune_directory`, the `*_organization_references` of the contexts that refer to an employer).
 */
@Injectable()
export class EmployersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A page of the employers listed on `today`, by name, optionally in one département or of some kinds. */
  listedPage(filter: {
    today: IsoDate;
    departement: string | null;
    kinds: string[] | null;
    /** The sort key after which the page starts (a decoded cursor: lower name, id). */
    after: Array<string | number | null> | null;
    limit: number;
  }): Promise<Array<{ id: string; sort_name: string }>> {
    return this.dataSource.query(
      `SELECT e.id, lower(o.name) AS sort_name
         FROM employers e
         JOIN organization_directory o ON o.id = e.id
         JOIN commune_directory c ON c.code = e.commune_code
        WHERE e.unlisted_at IS NULL AND (e.deactivated_on IS NULL
               OR (e.kind IN ('ACI', 'AI', 'EI', 'ETTI', 'EITI') AND e.deactivated_on + 30 > $1::date)
               OR e.deactivated_on > $1::date)
          AND ($2::text IS NULL OR c.departement_code = $2)
          AND ($3::text[] IS NULL OR e.kind = ANY($3))
          AND ($4::text IS NULL OR (lower(o.name), e.id) > ($4::text, $5::uuid))
        ORDER BY lower(o.name), e.id
        LIMIT $6`,
      [filter.today, filter.departement, filter.kinds, filter.after?.[0] ?? null, filter.after?.[1] ?? null, filter.limit],
    );
  }

  /** The commune of each employer. */
  async communesOf(manager: EntityManager, employerIds: string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; commune_code: string }> = await manager.query(`SELECT id, commune_code FROM employers WHERE id = ANY($1::uuid[])`, [
      employerIds,
    ]);
    return new Map(rows.map((r) => [r.id, r.commune_code]));
  }

  /** Employers whose convention ended on or before `endedBy`, not unlisted yet, the oldest first. */
  async endedConventionsBy(endedBy: IsoDate): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM employers WHERE deactivated_on IS NOT NULL AND unlisted_at IS NULL AND deactivated_on <= $1 ORDER BY deactivated_on, id`,
      [endedBy],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Whether anything on the platform still refers to the employer: candidatures received, sent or transferred,
   * hires and their PASS IAE, suspensions, prolongations, eligibility diagnoses, a control, candidates it
   * followed, files (each through the view its owner publishes), antennes.
   */
  async holdsData(manager: EntityManager, employerId: string): Promise<boolean> {
    const [{ holds }] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM candidature_organization_references WHERE organization_id = $1)
           OR EXISTS (SELECT 1 FROM pass_iae_organization_references WHERE organization_id = $1)
           OR EXISTS (SELECT 1 FROM eligibility_organization_references WHERE organization_id = $1)
           OR EXISTS (SELECT 1 FROM control_organization_references WHERE organization_id = $1)
           OR EXISTS (SELECT 1 FROM candidate_organization_references WHERE organization_id = $1)
           OR EXISTS (SELECT 1 FROM stored_file_organization_references WHERE organization_id = $1)
           OR EXISTS (SELECT 1 FROM employers WHERE parent_id = $1) AS holds`,
      [employerId],
    );
    return holds;
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
