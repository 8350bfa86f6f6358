import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { IsoDate } from '@iae/core';
import { preparedQuery } from '@iae/database';
import { Employer } from './employer.entity';

/** An employer as a candidature (sent, moved, hired) reads it. */
export interface EmployerCandidatureFacts {
  id: string;
  kind: string;
  name: string;
  locatedInPrison: boolean;
  deactivatedOn: string | null;
  blockCandidatures: boolean;
  spontaneousCandidaturesOpen: boolean;
}

/**
 * The employers' SQL, one method per query (the job descriptions have theirs). A method given an EntityManager runs
 * in the caller's transaction.
 * What it reads of other contexts comes from the views they publish (`organization_directory`,
 * `commune_directory`, the `*_organization_references` of the contexts that refer to an employer).
 */
@Injectable()
export class EmployersRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Employer | null> {
    return manager.getRepository(Employer).findOneBy({ id });
  }

  /** The employer, its row held until the transaction ends (a change reads what it changes). */
  findByIdForUpdate(manager: EntityManager, id: string): Promise<Employer | null> {
    return manager.getRepository(Employer).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** What a candidature (sent, moved, hired) reads of its employer, in one statement (its name from `organization_directory`). */
  async candidatureFactsOf(manager: EntityManager, id: string): Promise<EmployerCandidatureFacts | null> {
    // Prepared: asked by every candidature sent and every hire.
    const [row] = await preparedQuery<EmployerCandidatureFacts>(
      manager,
      `SELECT e.id, e.kind, coalesce(o.name, '') AS name, e.located_in_prison AS "locatedInPrison", e.deactivated_on::text AS "deactivatedOn",
              e.block_candidatures AS "blockCandidatures", e.spontaneous_candidatures_open AS "spontaneousCandidaturesOpen"
         FROM employers e LEFT JOIN organization_directory o ON o.id = e.id WHERE e.id = $1`,
      [id],
    );
    return row ?? null;
  }

  findByIds(manager: EntityManager, ids: string[]): Promise<Employer[]> {
    return manager.getRepository(Employer).findBy({ id: In(ids) });
  }

  /** The antennes declared under a structure. */
  async antenneIdsOf(parentId: string): Promise<string[]> {
    const rows = await this.dataSource.getRepository(Employer).find({ select: { id: true }, where: { parentId } });
    return rows.map((r) => r.id);
  }

  async insert(manager: EntityManager, values: Employer): Promise<void> {
    await manager.getRepository(Employer).insert(values);
  }

  /** Whether the employer exists (and so was updated). */
  async update(manager: EntityManager, id: string, values: Partial<Employer>): Promise<boolean> {
    const result = await manager.getRepository(Employer).update({ id }, values);
    return !!result.affected;
  }

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
}
