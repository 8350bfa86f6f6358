import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JobsOptions } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig, Queues } from '@iae/core';
import { MAIL_QUEUE } from './outbox.service';

const BATCH_SIZE = 200;

/**
 * Moves committed outbox rows to their BullMQ queues. Woken by NOTIFY on insert, and by a
 * timer in case a notification was missed. The outbox id is the job id, so relaying a row
 * twice (a crash between the queue write and the commit) still makes one job.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener?: Client;
  private timer?: NodeJS.Timeout;
  private running: Promise<number> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: Queues,
    private readonly config: AppConfig,
  ) {}

  private jobOptions(queue: string): JobsOptions {
    if (queue === MAIL_QUEUE) {
      return { attempts: this.config.mail.maxAttempts, backoff: { type: 'exponential', delay: this.config.mail.backoffMs } };
    }
    return { attempts: 5, backoff: { type: 'exponential', delay: 1000 } };
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.timer = setInterval(() => void this.drain(), this.config.queue.outboxPollMs);
    void this.drain();
  }

  private async listen(): Promise<void> {
    try {
      this.listener = new Client({ connectionString: this.config.database.url, application_name: 'iae-outbox-listener' });
      this.listener.on('notification', () => void this.drain());
      this.listener.on('error', (err) => this.logger.warn({ err: err.message }, 'Outbox listener lost; polling continues'));
      await this.listener.connect();
      await this.listener.query('LISTEN outbox');
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'Cannot LISTEN for outbox rows; polling only');
    }
  }

  /** Relays everything pending; concurrent calls coalesce into one more pass. */
  drain(): Promise<number> {
    if (this.stopped) return Promise.resolve(0);
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let total = 0;
      try {
        do {
          this.again = false;
          let relayed: number;
          do {
            relayed = await this.relayBatch();
            total += relayed;
          } while (relayed === BATCH_SIZE && !this.stopped);
        } while (this.again && !this.stopped);
      } catch (err) {
        this.logger.warn({ err: (err as Error).message }, 'Outbox relay failed; will retry');
      } finally {
        this.running = null;
      }
      return total;
    })();
    return this.running;
  }

  private async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: Array<{ id: string; queue: string; job_name: string; payload: Record<string, unknown> }> = await manager.query(
        `SELECT id, queue, job_name, payload FROM outbox_messages
          WHERE relayed_at IS NULL ORDER BY seq LIMIT ${BATCH_SIZE} FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) return 0;
      const byQueue = new Map<string, typeof rows>();
      for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
      for (const [queue, queueRows] of byQueue) {
        await this.queues
          .get(queue)
          .addBulk(queueRows.map((row) => ({ name: row.job_name, data: row.payload, opts: { ...this.jobOptions(queue), jobId: row.id } })));
      }
      await manager.query(`UPDATE outbox_messages SET relayed_at = now() WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }
}
