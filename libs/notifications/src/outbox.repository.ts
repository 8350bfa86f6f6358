import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DeferredTable, deferInsert } from '@iae/database';

/** Written with the transaction's last statement: the relay reads a row once it is committed. */
const OUTBOX_MESSAGES: DeferredTable = {
  table: 'outbox_messages',
  columns: [
    ['id', 'uuid'],
    ['queue', 'text'],
    ['job_name', 'text'],
    ['payload', 'jsonb'],
    ['tracked', 'boolean'],
  ],
};

/** An outbox row as the relay and the sweeper read it. */
export interface OutboxRow {
  id: string;
  queue: string;
  job_name: string;
  payload: Record<string, unknown>;
}

// Relayed a while ago, and handled when tracked: a tracked message not handled yet is the only record of its work to do.
const PURGEABLE = `relayed_at < $1 AND (NOT tracked OR handled_at IS NOT NULL)`;

/** The notifications context's SQL on `outbox_messages`, one method per query. */
@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes a request for work, in the caller's transaction (at its commit); answers its id. */
  async insert(manager: EntityManager, message: { queue: string; jobName: string; payload: Record<string, unknown>; tracked: boolean }): Promise<string> {
    const id = randomUUID();
    await deferInsert(manager, OUTBOX_MESSAGES, [id, message.queue, message.jobName, message.payload, message.tracked]);
    return id;
  }

  /** How many rows relayed before `cutoff` the purge would delete. */
  async countPurgeable(cutoff: Date): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE ${PURGEABLE}`, [cutoff]);
    return n;
  }

  /** Deletes the rows relayed before `cutoff`; answers how many. */
  async purge(cutoff: Date): Promise<number> {
    const [{ n }] = await this.dataSource.query(`WITH d AS (DELETE FROM outbox_messages WHERE ${PURGEABLE} RETURNING 1) SELECT count(*)::int AS n FROM d`, [
      cutoff,
    ]);
    return n;
  }

  /** Whether the event is handled, or null when its row is gone. */
  async eventHandled(id: string): Promise<boolean | null> {
    const [row]: Array<{ handled: boolean }> = await this.dataSource.query(`SELECT handled_at IS NOT NULL AS handled FROM outbox_messages WHERE id = $1`, [id]);
    return row ? row.handled : null;
  }

  /** The same, locking the event's row in the caller's transaction. */
  async eventHandledForUpdate(manager: EntityManager, id: string): Promise<boolean | null> {
    const [row]: Array<{ handled: boolean }> = await manager.query(`SELECT handled_at IS NOT NULL AS handled FROM outbox_messages WHERE id = $1 FOR UPDATE`, [
      id,
    ]);
    return row ? row.handled : null;
  }

  markHandled(id: string): Promise<unknown> {
    return this.markEventHandled(this.dataSource.manager, id);
  }

  markEventHandled(manager: EntityManager, id: string): Promise<unknown> {
    return manager.query(`UPDATE outbox_messages SET handled_at = now() WHERE id = $1 AND handled_at IS NULL`, [id]);
  }

  /** The oldest rows not relayed yet, locked; rows another relay holds are skipped. `limit` is the relay's constant batch size. */
  unrelayedForUpdate(manager: EntityManager, limit: number): Promise<OutboxRow[]> {
    return manager.query(
      `SELECT id, queue, job_name, payload FROM outbox_messages
          WHERE relayed_at IS NULL ORDER BY seq LIMIT ${limit} FOR UPDATE SKIP LOCKED`,
    );
  }

  markRelayed(manager: EntityManager, ids: string[]): Promise<unknown> {
    return manager.query(`UPDATE outbox_messages SET relayed_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Tracked messages relayed more than `ageMs` ago (by the database's clock) and still not handled, the oldest first. */
  unhandledRelayedBefore(ageMs: number, limit: number): Promise<OutboxRow[]> {
    return this.dataSource.query(
      `SELECT id, queue, job_name, payload FROM outbox_messages
        WHERE tracked AND handled_at IS NULL AND relayed_at < now() - $1 * interval '1 millisecond'
        ORDER BY relayed_at LIMIT $2`,
      [ageMs, limit],
    );
  }
}
