import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EmailMessage, EmailStatus } from './email-message.entity';

/** The answer of an `UPDATE … RETURNING` (TypeORM answers it with `[rows, rowCount]`). */
type Returning<T> = [T[], number];

/** A message leased to a worker: what it renders, and `sending_until` as text (it keeps its microseconds). */
export interface LeasedRow extends Pick<EmailMessage, 'id' | 'template' | 'context' | 'recipient'> {
  lease: string;
}

/** What the database recorded of a send: many at once, in one statement. */
export interface SentRow {
  id: string;
  at: string;
  subject: string;
  providerMessageId: string;
}

/**
 * The notifications context's SQL on `email_messages`, one method per query. The mail worker's statements are
 * measured (docs/benchmarks.md): each is one round trip, for every message of its batch.
 */
@Injectable()
export class MailRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A page of e-mails, the newest first, after the sort key of a cursor (created at, id). */
  page(filter: { status?: EmailStatus; recipient?: string; after: Array<string | number | null> | null; limit: number }): Promise<EmailMessage[]> {
    const query = this.dataSource
      .getRepository(EmailMessage)
      .createQueryBuilder('e')
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(filter.limit);
    if (filter.status) query.andWhere('e.status = :status', { status: filter.status });
    if (filter.recipient) query.andWhere('e.recipient = :recipient', { recipient: filter.recipient });
    if (filter.after) query.andWhere('(e.created_at, e.id) < (:createdAt, :id)', { createdAt: filter.after[0], id: filter.after[1] });
    return query.getMany();
  }

  findById(id: string): Promise<EmailMessage | null> {
    return this.dataSource.getRepository(EmailMessage).findOneBy({ id });
  }

  /** The e-mail, its row locked in the caller's transaction. */
  findByIdForUpdate(manager: EntityManager, id: string): Promise<EmailMessage | null> {
    return manager.getRepository(EmailMessage).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  save(manager: EntityManager, email: EmailMessage): Promise<EmailMessage> {
    return manager.getRepository(EmailMessage).save(email);
  }

  /** Writes a new e-mail, in the caller's transaction. */
  insert(manager: EntityManager, values: Partial<EmailMessage>): Promise<EmailMessage> {
    return manager.getRepository(EmailMessage).save(manager.getRepository(EmailMessage).create(values));
  }

  /** Writes the e-mail of an event unless that event already has it (same template and recipient); answers its id, or undefined. */
  async insertEventEmail(
    manager: EntityManager,
    values: { eventId: string; template: string; recipient: string; context: Record<string, unknown>; userId: string | null; organizationId: string | null },
  ): Promise<string | undefined> {
    const [inserted]: Array<{ id: string }> = await manager.query(
      `INSERT INTO email_messages (event_id, template, recipient, context, status, attempts, user_id, organization_id)
         VALUES ($1, $2, $3, $4, 'queued', 0, $5, $6)
         ON CONFLICT (event_id, template, recipient) WHERE event_id IS NOT NULL DO NOTHING
         RETURNING id`,
      [values.eventId, values.template, values.recipient, values.context, values.userId, values.organizationId],
    );
    return inserted?.id;
  }

  /**
   * Leases the messages still to send and free (lease times are the database's, the one clock every worker shares), and
   * reads them, in one statement. Rows locked by another statement are skipped, never waited for.
   */
  async leaseQueued(ids: string[], leaseMs: number): Promise<LeasedRow[]> {
    const [rows]: Returning<LeasedRow> = await this.dataSource.query(
      `WITH free AS (
         SELECT id FROM email_messages
          WHERE id = ANY($1::uuid[]) AND status = 'queued' AND context IS NOT NULL AND (sending_until IS NULL OR sending_until < now())
          ORDER BY id FOR UPDATE SKIP LOCKED)
       UPDATE email_messages e SET sending_until = now() + $2 * interval '1 millisecond'
         FROM free WHERE e.id = free.id
       RETURNING e.id, e.template, e.context, e.recipient, e.sending_until::text AS lease`,
      [ids, leaseMs],
    );
    return rows;
  }

  /** Extends a lease, if it is still exactly this one; answers whether it was. */
  async renewLease(id: string, lease: string, leaseMs: number): Promise<boolean> {
    const [rows]: Returning<{ id: string }> = await this.dataSource.query(
      `UPDATE email_messages SET sending_until = now() + $3 * interval '1 millisecond'
        WHERE id = $1 AND status = 'queued' AND sending_until = $2::timestamptz RETURNING id`,
      [id, lease, leaseMs],
    );
    return rows.length > 0;
  }

  /** Records the sends, in one statement. */
  async recordSent(sends: SentRow[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE email_messages e SET status = 'sent', sent_at = r.sent_at, attempts = e.attempts + 1, subject = r.subject,
              provider_message_id = r.provider_message_id, last_error = NULL, context = NULL, sending_until = NULL
         FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[]) AS r(id, sent_at, subject, provider_message_id)
        WHERE e.id = r.id`,
      [sends.map((s) => s.id), sends.map((s) => s.at), sends.map((s) => s.subject), sends.map((s) => s.providerMessageId)],
    );
  }

  /** Records a failed attempt: queued again for a retry, or failed for good. */
  async recordFailure(id: string, failure: { final: boolean; lastError: string; subject?: string }): Promise<void> {
    await this.dataSource.getRepository(EmailMessage).update(
      { id },
      {
        status: failure.final ? 'failed' : 'queued',
        attempts: () => 'attempts + 1',
        lastError: failure.lastError,
        sendingUntil: null,
        ...(failure.subject ? { subject: failure.subject } : {}),
      },
    );
  }

  /** Where a message not leased stands: its status, whether its context is spent, and how long its lease still runs. */
  async leaseHeld(id: string): Promise<{ status: EmailStatus; spent: boolean; wait_ms: number } | undefined> {
    const [held] = await this.dataSource.query(
      `SELECT status, context IS NULL AS spent, GREATEST(0, ceil(extract(epoch FROM sending_until - now()) * 1000))::int AS wait_ms
         FROM email_messages WHERE id = $1`,
      [id],
    );
    return held;
  }

  async statusOf(id: string): Promise<EmailStatus | null> {
    const [row] = await this.dataSource.query(`SELECT status FROM email_messages WHERE id = $1`, [id]);
    return row?.status ?? null;
  }

  /**
   * E-mails queued and untouched for more than `ageMs` (by the database's clock, the one that stamps updated_at) and not
   * leased, the oldest first, with the last outbox row that asked for their send (of the `mailQueue`), if any is left.
   */
  queuedLongAgo(ageMs: number, limit: number, mailQueue: string): Promise<Array<{ id: string; outbox_id: string | null; relayed: boolean }>> {
    return this.dataSource.query(
      `SELECT e.id, o.id AS outbox_id, o.relayed_at IS NOT NULL AS relayed
         FROM email_messages e
         LEFT JOIN LATERAL (SELECT id, relayed_at FROM outbox_messages
                             WHERE queue = $3 AND payload->>'emailMessageId' = e.id::text ORDER BY seq DESC LIMIT 1) o ON true
        WHERE e.status = 'queued' AND e.updated_at < now() - $1 * interval '1 millisecond'
          AND (e.sending_until IS NULL OR e.sending_until < now())
        ORDER BY e.updated_at LIMIT $2`,
      [ageMs, limit, mailQueue],
    );
  }
}
