import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, Queues } from '@iae/core';
import { MailRepository } from './mail.repository';
import { OutboxRepository } from './outbox.repository';
import { outboxJobOptions } from './outbox-relay';
import { MAIL_QUEUE, Outbox, SEND_EMAIL_JOB } from './outbox.service';

const SWEEP_SIZE = 500;

/**
 * The database, not Redis, knows which e-mails are still to send, and which tracked messages (the notifications
 * listener's events, account requests) are not handled yet. A Redis that restarts without
 * persistence, fails over to a lagging replica or evicts keys loses jobs: every worker looks, on a timer
 * of its own (Redis schedules may be gone too), for e-mails queued for a while whose job is no longer
 * alive, and queues them again under the same job id, so two workers sweeping at once make one job (or a second, once
 * the first finished and was removed, that finds the e-mail sent).
 */
@Injectable()
export class MailSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailSweeper.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: Queues,
    private readonly outbox: Outbox,
    private readonly config: AppConfig,
    private readonly mail: MailRepository,
    private readonly outboxRows: OutboxRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.config.mail.sweepIntervalMs);
  }

  sweep(): Promise<number> {
    this.running ??= Promise.all([this.requeueLost(), this.requeueLostEvents()])
      .then(([emails, events]) => emails + events)
      .catch((err) => {
        this.logger.warn({ err: (err as Error).message }, 'E-mail sweep failed; will retry');
        return 0;
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async requeueLost(): Promise<number> {
    // Ages are measured by the database's clock, the one that stamps updated_at.
    const stale = await this.mail.queuedLongAgo(this.config.mail.requeueAfterMs, SWEEP_SIZE, MAIL_QUEUE);
    const queue = this.queues.get(MAIL_QUEUE);
    let requeued = 0;
    for (const email of stale) {
      if (email.outbox_id && !email.relayed) continue; // the relay has not got to it yet
      if (!email.outbox_id) {
        // Its outbox row is purged: a new one, which the relay hands over.
        await this.dataSource.transaction((manager) =>
          this.outbox.publish(manager, { queue: MAIL_QUEUE, jobName: SEND_EMAIL_JOB, payload: { emailMessageId: email.id } }),
        );
        requeued++;
        continue;
      }
      const state = await queue.getJobState(email.outbox_id);
      if (state === 'unknown') {
        // A finished job is removed from Redis after its send is recorded: read the row after the job, so that one sent
        // since the list was read is not taken for a lost one.
        if ((await this.mail.statusOf(email.id)) !== 'queued') continue;
        await queue.add(SEND_EMAIL_JOB, { emailMessageId: email.id }, { ...outboxJobOptions(this.config, MAIL_QUEUE), jobId: email.outbox_id });
        requeued++;
      } else if (state === 'failed') {
        // Its last failure could not be recorded (the database was down): it gets a new series of attempts.
        await (await queue.getJob(email.outbox_id))?.retry('failed').catch(() => undefined);
        requeued++;
      }
    }
    if (requeued > 0) this.logger.warn({ requeued }, 'Queued e-mails had no live job (Redis lost them): queued again');
    return requeued;
  }

  /**
   * Tracked messages (the notifications listener's events, account requests) relayed a while ago and still not handled
   * whose job Redis no longer holds: queued again under the same job id (the row's id). One whose job failed (the
   * database was away through all its attempts) gets a new series.
   */
  private async requeueLostEvents(): Promise<number> {
    const stale = await this.outboxRows.unhandledRelayedBefore(this.config.mail.requeueAfterMs, SWEEP_SIZE);
    let requeued = 0;
    for (const event of stale) {
      const queue = this.queues.get(event.queue);
      const state = await queue.getJobState(event.id);
      if (state === 'unknown') {
        await queue.add(event.job_name, event.payload, { ...outboxJobOptions(this.config, event.queue), jobId: event.id });
        requeued++;
      } else if (state === 'failed') {
        await (await queue.getJob(event.id))?.retry('failed').catch(() => undefined);
        requeued++;
      }
    }
    if (requeued > 0) this.logger.warn({ requeued }, 'Events not handled had no live job (Redis lost them, or they failed): queued again');
    return requeued;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
