import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { IsoDate } from '@iae/core';

/**
 * The prescribers context's raw SQL, one method per query (what the entities' repositories do not say). It reads
 * organisations and communes through the views their owners publish (`organization_directory`, `commune_directory`).
 */
@Injectable()
export class PrescribersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A page of the directory: organisations with a public description, by name, optionally habilitated only, in a département, of some kinds. */
  directoryPage(filter: {
    habilitatedOnly: boolean;
    departement: string | null;
    kinds: string[] | null;
    /** The sort key after which the page starts (a decoded cursor: lower name, id). */
    after: Array<string | number | null> | null;
    limit: number;
  }): Promise<Array<{ id: string; sort_name: string }>> {
    return this.dataSource.query(
      `SELECT p.id, lower(o.name) AS sort_name
         FROM prescriber_organizations p
         JOIN organization_directory o ON o.id = p.id
         LEFT JOIN commune_directory c ON c.code = p.commune_code
        WHERE p.description IS NOT NULL
          AND ($1::boolean IS FALSE OR o.authorization_status = 'validated')
          AND ($2::text IS NULL OR c.departement_code = $2)
          AND ($3::text[] IS NULL OR p.kind = ANY($3))
          AND ($4::text IS NULL OR (lower(o.name), p.id) > ($4::text, $5::uuid))
        ORDER BY lower(o.name), p.id
        LIMIT $6`,
      [filter.habilitatedOnly, filter.departement, filter.kinds, filter.after?.[0] ?? null, filter.after?.[1] ?? null, filter.limit],
    );
  }

  /** Organisations whose prefectoral habilitation ends on or before `until`, in these départements (all when null), nearest end first. */
  async prefectoralEndingBy(filter: { until: IsoDate; departements: string[] | null; kind: string | null }): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM prescriber_organizations
        WHERE habilitation_basis = 'prefectoral'
          AND habilitation_valid_until <= $1
          AND ($2::text[] IS NULL OR habilitation_departement_code = ANY($2))
          AND ($3::text IS NULL OR kind = $3)
        ORDER BY habilitation_valid_until, id
        LIMIT 500`,
      [filter.until, filter.departements, filter.kind],
    );
    return rows.map((r) => r.id);
  }

  /** Habilitation requests sent (not drafts) in these départements (all when null), optionally of a status, oldest sent first. */
  async sentRequests(filter: {
    departements: string[] | null;
    status: string | null;
    departement: string | null;
    statuses: readonly string[] | null;
  }): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM habilitation_requests
        WHERE status <> 'draft'
          AND ($1::text[] IS NULL OR departement_code = ANY($1))
          AND ($2::text IS NULL OR status = $2)
          AND ($3::text IS NULL OR departement_code = $3)
          AND ($4::text[] IS NULL OR status = ANY($4))
        ORDER BY submitted_at NULLS LAST, created_at
        LIMIT 500`,
      [filter.departements, filter.status, filter.departement, filter.statuses],
    );
    return rows.map((r) => r.id);
  }

  /** The day the organisation's last granted habilitation was decided, if any. */
  async lastGrantedOn(manager: EntityManager, organizationId: string): Promise<string | null> {
    const [last] = await manager.query(
      `SELECT decision_on FROM habilitation_requests WHERE organization_id = $1 AND status = 'granted' ORDER BY decision_on DESC LIMIT 1`,
      [organizationId],
    );
    return last?.decision_on ?? null;
  }

  /** How many prescriptions (candidatures sent, diagnoses made) the organisation made since `since` (ever when null). */
  async prescriptionsSince(manager: EntityManager, organizationId: string, since: string | null): Promise<number> {
    const [{ n }] = await manager.query(
      `SELECT count(*)::int AS n FROM prescriber_activity WHERE organization_id = $1 AND ($2::date IS NULL OR occurred_at >= $2::date)`,
      [organizationId, since],
    );
    return n;
  }
}
