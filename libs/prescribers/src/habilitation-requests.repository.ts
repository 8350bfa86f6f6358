import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { HabilitationRequest, HabilitationRequestDocument, HabilitationRequestMessage } from './habilitation-request.entity';

/**
 * The habilitation requests' SQL (the requests, their documents and messages, the prescriptions a renewal counts),
 * one method per query. Writes run in the caller's transaction (its manager comes first); reads take it when the
 * caller is in one.
 */
@Injectable()
export class HabilitationRequestsRepository {
  constructor(private readonly dataSource: DataSource) {}

  // The requests.

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<HabilitationRequest | null> {
    return manager.getRepository(HabilitationRequest).findOneBy({ id });
  }

  /** The request of an id that must exist (read within the transaction that found it). */
  getById(manager: EntityManager, id: string): Promise<HabilitationRequest> {
    return manager.getRepository(HabilitationRequest).findOneByOrFail({ id });
  }

  /** The request, its row held until the transaction ends (one step of a request at a time). */
  findByIdForUpdate(manager: EntityManager, id: string): Promise<HabilitationRequest | null> {
    return manager.getRepository(HabilitationRequest).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The request if it is the organisation's. */
  findOfOrganization(organizationId: string, id: string): Promise<HabilitationRequest | null> {
    return this.dataSource.getRepository(HabilitationRequest).findOneBy({ id, organizationId });
  }

  /** The organisation's requests, the newest first. */
  listOfOrganization(organizationId: string): Promise<HabilitationRequest[]> {
    return this.dataSource.getRepository(HabilitationRequest).find({ where: { organizationId }, order: { createdAt: 'DESC' } });
  }

  /** Inserts a request (`habilitation_requests_one_open` refuses a second open one for the organisation). */
  insert(manager: EntityManager, values: Partial<HabilitationRequest>): Promise<HabilitationRequest> {
    return manager.getRepository(HabilitationRequest).save(manager.getRepository(HabilitationRequest).create(values));
  }

  async update(manager: EntityManager, id: string, values: Partial<HabilitationRequest>): Promise<void> {
    await manager.getRepository(HabilitationRequest).update({ id }, values);
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

  // Their documents.

  countDocuments(manager: EntityManager, requestId: string): Promise<number> {
    return manager.getRepository(HabilitationRequestDocument).countBy({ requestId });
  }

  async insertDocument(manager: EntityManager, values: { requestId: string; fileId: string; label: string; uploadedById: string | null }): Promise<void> {
    await manager.getRepository(HabilitationRequestDocument).insert(values);
  }

  /** The document if it belongs to the request. */
  findDocument(requestId: string, id: string): Promise<HabilitationRequestDocument | null> {
    return this.dataSource.getRepository(HabilitationRequestDocument).findOneBy({ id, requestId });
  }

  /** The request's documents, in the order they were added. */
  documentsOf(manager: EntityManager, requestId: string): Promise<HabilitationRequestDocument[]> {
    return manager.getRepository(HabilitationRequestDocument).find({ where: { requestId }, order: { createdAt: 'ASC' } });
  }

  // Their messages.

  async insertMessage(
    manager: EntityManager,
    values: { requestId: string; kind: HabilitationRequestMessage['kind']; body: string; authorId: string | null },
  ): Promise<void> {
    await manager.getRepository(HabilitationRequestMessage).insert(values);
  }

  /** The request's messages, in the order they were written. */
  messagesOf(manager: EntityManager, requestId: string): Promise<HabilitationRequestMessage[]> {
    return manager.getRepository(HabilitationRequestMessage).find({ where: { requestId }, order: { createdAt: 'ASC' } });
  }
}
