import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JobsOptions } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig, Queues } from '@iae/core';
import { NOTIFICATIONS_QUEUE } from './notification-events';
import { OutboxRepository, OutboxRow } from './outbox.repository';
import { MAIL_QUEUE } from './outbox.service';

const BATCH_SIZE = 200;
const LISTEN_RETRY_MAX_MS = 5_000;

export function outboxJobOptions(config: AppConfig, queue: string): JobsOptions {
  // An event to the notifications listener waits out an outage as long as an e-mail does.
  const retried: JobsOptions = { attempts: config.mail.maxAttempts, backoff: { type: 'exponential', delay: config.mail.backoffMs } };
  // An e-mail's status is its row's: a finished job kept in Redis would only cost its trimming, message after message.
  if (queue === MAIL_QUEUE) return { ...retried, removeOnComplete: true };
  if (queue === NOTIFICATIONS_QUEUE) return retried;
  return { attempts: 5, backoff: { type: 'exponential', delay: 1000 } };
}

/**
 * Moves committed outbox rows to their BullMQ queues. Woken by NOTIFY on insert (the LISTEN connection
 * is reopened whenever PostgreSQL drops it), and by a timer in case a notification was missed. The outbox
 * id is the job id, so relaying a row twice (a crash between the queue write and the commit) makes one job while the
 * first is kept; a mail job is removed once finished, and a second one then finds its e-mail sent and sends nothing.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener?: Client;
  private relisten?: NodeJS.Timeout;
  private listenFailures = 0;
  private timer?: NodeJS.Timeout;
  private running: Promise<number> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: Queues,
    private readonly config: AppConfig,
    private readonly outboxRows: OutboxRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.timer = setInterval(() => void this.drain(), this.config.queue.outboxPollMs);
    void this.drain();
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const listener = new Client({ connectionString: this.config.database.url, application_name: 'iae-outbox-listener' });
    this.listener = listener;
    listener.on('notification', () => void this.drain());
    listener.on('error', (err) => this.lost(listener, err.message));
    listener.on('end', () => this.lost(listener, 'connection ended'));
    try {
      await listener.connect();
      await listener.query('LISTEN outbox');
      if (this.listenFailures > 0) this.logger.log('Listening for outbox rows again');
      this.listenFailures = 0;
      // What was committed while nobody listened.
      void this.drain();
    } catch (err) {
      this.lost(listener, (err as Error).message);
    }
  }

  /** Reopens the LISTEN connection, backing off while PostgreSQL is away; polling covers the gap. */
  private lost(listener: Client, reason: string): void {
    if (this.stopped || listener !== this.listener || this.relisten) return;
    if (this.listenFailures++ === 0) this.logger.warn({ err: reason }, 'Outbox listener lost; polling until it is back');
    listener.removeAllListeners('end');
    void listener.end().catch(() => undefined);
    const delay = Math.min(100 * 2 ** this.listenFailures, LISTEN_RETRY_MAX_MS);
    this.relisten = setTimeout(() => {
      this.relisten = undefined;
      void this.listen();
    }, delay);
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
      const rows = await this.outboxRows.unrelayedForUpdate(manager, BATCH_SIZE);
      if (rows.length === 0) return 0;
      const byQueue = new Map<string, OutboxRow[]>();
      for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
      for (const [queue, queueRows] of byQueue) {
        await this.queues
          .get(queue)
          .addBulk(queueRows.map((row) => ({ name: row.job_name, data: row.payload, opts: { ...outboxJobOptions(this.config, queue), jobId: row.id } })));
      }
      await this.outboxRows.markRelayed(
        manager,
        rows.map((r) => r.id),
      );
      return rows.length;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.relisten) clearTimeout(this.relisten);
    await this.running;
    this.listener?.removeAllListeners('end');
    await this.listener?.end().catch(() => undefined);
  }
}
