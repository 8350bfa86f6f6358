import { Injectable } from '@nestjs/common';
import { DelayedError, Job, UnrecoverableError } from 'bullmq';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppConfig, Clock, QueueProcessor } from '@iae/core';
import { EmailMessage } from './email-message.entity';
import { MailRepository } from './mail.repository';
import { MailTemplates, RenderedEmail } from './mail-templates';
import { MailTransport, SMTP_CONNECTIONS } from './mail-transport';
import { MAIL_QUEUE } from './outbox.service';
import { Slots, StatementBatch } from './statement-batch';

/** What a retry needs to record a send that happened, instead of sending again. */
interface SentRecord {
  at: string;
  providerMessageId: string;
  subject: string;
}

export interface SendEmailJob {
  emailMessageId: string;
  sent?: SentRecord;
}

const RECORD_TRIES = 6;

/**
 * Sends at once, one per pooled connection. A send holds its slot until its `sent` is committed, so a worker killed
 * mid-send may send again at most this many messages (accepted by the server, not yet recorded).
 */
export const MAIL_CONCURRENCY = SMTP_CONNECTIONS;

/**
 * Jobs a worker holds at once: leased, read and rendered while the send slots are busy, so that a connection never waits
 * for the database. Their leases and their records share statements (StatementBatch): a few round trips per batch of
 * messages instead of three per message. Held, not sent: they add nothing to the repeats after a crash.
 */
export const MAIL_JOBS_IN_HAND = 16;

interface LeasedEmail extends Pick<EmailMessage, 'template' | 'context' | 'recipient'> {
  /** `sending_until` as the database wrote it (text keeps its microseconds), to renew exactly this lease. */
  lease: string;
}

/**
 * Sends one queued e-mail. Safe to run again for the same message: a sent message is skipped, a worker
 * holds a lease on the message while it sends it, and once the SMTP server has accepted it the send is
 * recorded (or, if the database stays away, remembered with the job), so that a retry records, never sends again.
 */
@Injectable()
export class MailProcessor extends QueueProcessor<SendEmailJob, string> {
  readonly queueName = MAIL_QUEUE;
  protected override readonly concurrency = MAIL_JOBS_IN_HAND;
  private readonly sendSlots = new Slots(MAIL_CONCURRENCY);

  // The lease and the read in one statement for every message asked meanwhile (lease times are the database's, the one
  // clock every worker shares). Rows locked by another statement are skipped, never waited for: no deadlock between
  // workers, and the job asks again once the other is done.
  private readonly leases = new StatementBatch<string, LeasedEmail | null>(async (ids) => {
    const rows = await this.mail.leaseQueued(ids, this.config.mail.sendLeaseMs);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      // A message asked by two jobs at once is leased to the first only.
      const row = byId.get(id);
      byId.delete(id);
      return row ? { template: row.template, context: row.context, recipient: row.recipient, lease: row.lease } : null;
    });
  });

  private readonly records = new StatementBatch<{ id: string; sent: SentRecord }, void>(async (items) => {
    await this.mail.recordSent(items.map(({ id, sent }) => ({ id, ...sent })));
    return items.map(() => undefined);
  });

  constructor(
    private readonly mail: MailRepository,
    private readonly templates: MailTemplates,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    super();
  }

  async process(job: Job<SendEmailJob>, token?: string): Promise<string> {
    const id = job.data.emailMessageId;
    if (job.data.sent) {
      const status = await this.mail.statusOf(id);
      if (status === null) return 'missing';
      if (status === 'sent') return 'already sent';
      await this.recordSent(id, job.data.sent);
      return 'sent (recorded on retry)';
    }

    const leasedAt = performance.now();
    const email = await this.leases.submit(id);
    if (!email) return this.notLeased(job, id, token);

    let rendered: RenderedEmail;
    try {
      rendered = this.templates.render(email.template, email.context!);
    } catch (error) {
      // A template bug does not heal by waiting: fail now, keep the reason.
      await this.recordFailure(id, error, true);
      throw new UnrecoverableError(`Cannot render ${email.template}: ${(error as Error).message}`);
    }

    await this.sendSlots.take();
    try {
      // Waited long for a slot (a slow SMTP server): the lease must still be ours, with time left, before the send.
      if (performance.now() - leasedAt > this.config.mail.sendLeaseMs / 2 && !(await this.mail.renewLease(id, email.lease, this.config.mail.sendLeaseMs))) {
        return await this.notLeased(job, id, token);
      }
      let sent: SentRecord;
      try {
        const host = new URL(this.config.http.publicUrl).hostname;
        const { providerMessageId } = await this.transport.send({ ...rendered, to: email.recipient, messageId: `<${id}@${host}>` });
        sent = { at: this.clock.now().toISOString(), providerMessageId, subject: rendered.subject };
      } catch (error) {
        const attempt = job.attemptsMade + 1;
        await this.recordFailure(id, error, attempt >= (job.opts.attempts ?? 1), rendered.subject);
        throw error;
      }
      try {
        await this.recordSent(id, sent);
      } catch (error) {
        // The database stayed away: remembered with the job, whose retry only records.
        await job.updateData({ ...job.data, sent }).catch(() => undefined);
        throw error;
      }
      return 'sent';
    } finally {
      this.sendSlots.give();
    }
  }

  /** Another attempt holds the message (or held it when its worker died), or it is no longer to send. */
  private async notLeased(job: Job<SendEmailJob>, id: string, token?: string): Promise<string> {
    const held = await this.mail.leaseHeld(id);
    if (!held) return 'missing';
    if (held.status !== 'queued') return `already ${held.status}`;
    if (held.spent) throw new UnrecoverableError('E-mail has no context left to render');
    // Come back when its lease ends, without using up an attempt.
    await job.moveToDelayed(Date.now() + held.wait_ms + 100, token);
    throw new DelayedError();
  }

  /** Retried in place: the message is out, only its status is missing. */
  private async recordSent(id: string, sent: SentRecord): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.records.submit({ id, sent });
        return;
      } catch (error) {
        if (attempt >= RECORD_TRIES) throw error;
        this.logger.warn({ emailMessageId: id, attempt, err: (error as Error).message }, 'Sent, but the status could not be recorded; retrying the record');
        await sleep(100 * 2 ** attempt);
      }
    }
  }

  private async recordFailure(id: string, error: unknown, final: boolean, subject?: string): Promise<void> {
    await this.mail
      .recordFailure(id, { final, lastError: String((error as Error)?.message ?? error).slice(0, 2000), subject })
      .catch((recordError) => this.logger.warn({ emailMessageId: id, err: (recordError as Error).message }, 'Could not record a failed send'));
  }
}
