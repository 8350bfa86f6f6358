import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { IsoDate } from '@iae/core';
import { PrescriberOrganization } from './prescriber-organization.entity';

/**
 * The prescriber organisations' SQL (their profiles, the directory, the prefectoral habilitations), one method per
 * query; the habilitation requests have theirs in `habilitation-requests.repository.ts`. Writes run in the caller's
 * transaction (its manager comes first); reads take it when the caller is in one. It reads organisations and communes
 * through the views their owners publish (`organization_directory`, `commune_directory`).
 */
@Injectable()
export class PrescribersRepository {
  constructor(private readonly dataSource: DataSource) {}

  // The profiles (one per prescriber organisation, sharing its id).

  findById(manager: EntityManager, id: string): Promise<PrescriberOrganization | null> {
    return manager.getRepository(PrescriberOrganization).findOneBy({ id });
  }

  /** The profile of an id that must exist (read within the transaction that found it). */
  getById(manager: EntityManager, id: string): Promise<PrescriberOrganization> {
    return manager.getRepository(PrescriberOrganization).findOneByOrFail({ id });
  }

  /** The profile, its row held until the transaction ends (one change of the organisation at a time). */
  findByIdForUpdate(manager: EntityManager, id: string): Promise<PrescriberOrganization | null> {
    return manager.getRepository(PrescriberOrganization).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByIds(manager: EntityManager, ids: string[]): Promise<PrescriberOrganization[]> {
    return manager.getRepository(PrescriberOrganization).findBy({ id: In(ids) });
  }

  /** The France Travail agency of a SAFIR code (unique), if registered. */
  withSafirCode(manager: EntityManager, safirCode: string): Promise<PrescriberOrganization | null> {
    return manager.getRepository(PrescriberOrganization).findOneBy({ safirCode });
  }

  /** Every organisation habilitated by the préfet (the expiry job reads them all, then each again under lock). */
  prefectorallyHabilitated(): Promise<PrescriberOrganization[]> {
    return this.dataSource.getRepository(PrescriberOrganization).find({ where: { habilitationBasis: 'prefectoral' } });
  }

  async insert(manager: EntityManager, values: PrescriberOrganization): Promise<void> {
    await manager.getRepository(PrescriberOrganization).insert(values);
  }

  async update(manager: EntityManager, id: string, values: Partial<PrescriberOrganization>): Promise<void> {
    await manager.getRepository(PrescriberOrganization).update({ id }, values);
  }

  // The directory and the DDETS's board.

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
}
