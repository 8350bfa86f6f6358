import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DelayedError, Job, UnrecoverableError } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';
import { Repository } from 'typeorm';
import { AppConfig, Clock, QueueProcessor } from '@iae/core';
import { EmailMessage } from './email-message.entity';
import { MailTemplates, RenderedEmail } from './mail-templates';
import { MailTransport, SMTP_CONNECTIONS } from './mail-transport';
import { MAIL_QUEUE } from './outbox.service';

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
 * Messages in hand at once, one per pooled connection: a worker killed mid-send may send again at most this many
 * (accepted by the server, not yet recorded). 16 measured 2× the throughput of 4 before the lease and the read shared
 * one statement, but also 4 repeats where 4 allowed at most 1 in the fault suite: the bound wins.
 */
export const MAIL_CONCURRENCY = SMTP_CONNECTIONS;

/**
 * Sends one queued e-mail. Safe to run again for the same message: a sent message is skipped, a worker
 * holds a lease on the message while it sends it, and once the SMTP server has accepted it the send is
 * remembered with the job, so that a failure to record it retries the record, never the send.
 */
@Injectable()
export class MailProcessor extends QueueProcessor<SendEmailJob, string> {
  readonly queueName = MAIL_QUEUE;
  protected override readonly concurrency = MAIL_CONCURRENCY;

  constructor(
    @InjectRepository(EmailMessage) private readonly emails: Repository<EmailMessage>,
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
      const status = await this.statusOf(id);
      if (status === null) return 'missing';
      if (status === 'sent') return 'already sent';
      await this.recordSent(id, job.data.sent);
      return 'sent (recorded on retry)';
    }

    // The lease and the read in one round trip (lease times are the database's, the one clock every worker shares).
    const [leased]: [Array<Pick<EmailMessage, 'template' | 'context' | 'recipient'>>, number] = await this.emails.query(
      `UPDATE email_messages SET sending_until = now() + $2 * interval '1 millisecond'
        WHERE id = $1 AND status = 'queued' AND context IS NOT NULL AND (sending_until IS NULL OR sending_until < now())
        RETURNING template, context, recipient`,
      [id, this.config.mail.sendLeaseMs],
    );
    const email = leased[0];
    if (!email) {
      const [held] = await this.emails.query(
        `SELECT status, context IS NULL AS spent, GREATEST(0, ceil(extract(epoch FROM sending_until - now()) * 1000))::int AS wait_ms
           FROM email_messages WHERE id = $1`,
        [id],
      );
      if (!held) return 'missing';
      if (held.status !== 'queued') return `already ${held.status}`;
      if (held.spent) throw new UnrecoverableError('E-mail has no context left to render');
      // Another attempt holds it (or held it when its worker died): come back when its lease ends, without using up an attempt.
      await job.moveToDelayed(Date.now() + held.wait_ms + 100, token);
      throw new DelayedError();
    }

    let rendered: RenderedEmail;
    try {
      rendered = this.templates.render(email.template, email.context!);
    } catch (error) {
      // A template bug does not heal by waiting: fail now, keep the reason.
      await this.recordFailure(id, error, true);
      throw new UnrecoverableError(`Cannot render ${email.template}: ${(error as Error).message}`);
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
    // Remembered with the job first: if the record below fails for good, the job's retry only records.
    await job.updateData({ ...job.data, sent }).catch(() => undefined);
    await this.recordSent(id, sent);
    return 'sent';
  }

  /** Retried in place: the message is out, only its status is missing. */
  private async recordSent(id: string, sent: SentRecord): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.emails.query(
          `UPDATE email_messages SET status = 'sent', sent_at = $2, attempts = attempts + 1, subject = $3, provider_message_id = $4,
                  last_error = NULL, context = NULL, sending_until = NULL
            WHERE id = $1`,
          [id, new Date(sent.at), sent.subject, sent.providerMessageId],
        );
        return;
      } catch (error) {
        if (attempt >= RECORD_TRIES) throw error;
        this.logger.warn({ emailMessageId: id, attempt, err: (error as Error).message }, 'Sent, but the status could not be recorded; retrying the record');
        await sleep(100 * 2 ** attempt);
      }
    }
  }

  private async statusOf(id: string): Promise<EmailMessage['status'] | null> {
    const [row] = await this.emails.query(`SELECT status FROM email_messages WHERE id = $1`, [id]);
    return row?.status ?? null;
  }

  private async recordFailure(id: string, error: unknown, final: boolean, subject?: string): Promise<void> {
    await this.emails
      .update(
        { id },
        {
          status: final ? 'failed' : 'queued',
          attempts: () => 'attempts + 1',
          lastError: String((error as Error)?.message ?? error).slice(0, 2000),
          sendingUntil: null,
          ...(subject ? { subject } : {}),
        },
      )
      .catch((recordError) => this.logger.warn({ emailMessageId: id, err: (recordError as Error).message }, 'Could not record a failed send'));
  }
}
