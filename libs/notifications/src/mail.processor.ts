import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Job, UnrecoverableError } from 'bullmq';
import { Repository } from 'typeorm';
import { AppConfig, QueueProcessor } from '@iae/core';
import { EmailMessage } from './email-message.entity';
import { MailTemplates, RenderedEmail } from './mail-templates';
import { MailTransport } from './mail-transport';
import { MAIL_QUEUE } from './outbox.service';

/**
 * Sends one queued e-mail. Safe to run again for the same message: a sent message is skipped,
 * and every attempt is recorded (count, last error) so failures can be seen and retried.
 */
@Injectable()
export class MailProcessor extends QueueProcessor<{ emailMessageId: string }, string> {
  readonly queueName = MAIL_QUEUE;
  protected override readonly concurrency = 4;

  constructor(
    @InjectRepository(EmailMessage) private readonly emails: Repository<EmailMessage>,
    private readonly templates: MailTemplates,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: Job<{ emailMessageId: string }>): Promise<string> {
    const email = await this.emails.findOneBy({ id: job.data.emailMessageId });
    if (!email) return 'missing';
    if (email.status === 'sent') return 'already sent';
    if (!email.context) throw new UnrecoverableError('E-mail has no context left to render');

    let rendered: RenderedEmail;
    try {
      rendered = this.templates.render(email.template, email.context);
    } catch (error) {
      // A template bug does not heal by waiting: fail now, keep the reason.
      await this.recordFailure(email, error, true);
      throw new UnrecoverableError(`Cannot render ${email.template}: ${(error as Error).message}`);
    }

    try {
      const host = new URL(this.config.http.publicUrl).hostname;
      const { providerMessageId } = await this.transport.send({ ...rendered, to: email.recipient, messageId: `<${email.id}@${host}>` });
      await this.emails.update(
        { id: email.id },
        { status: 'sent', sentAt: new Date(), attempts: () => 'attempts + 1', subject: rendered.subject, providerMessageId, lastError: null, context: null },
      );
      return 'sent';
    } catch (error) {
      const attempt = job.attemptsMade + 1;
      await this.recordFailure(email, error, attempt >= (job.opts.attempts ?? 1), rendered.subject);
      throw error;
    }
  }

  private async recordFailure(email: EmailMessage, error: unknown, final: boolean, subject?: string): Promise<void> {
    await this.emails.update(
      { id: email.id },
      {
        status: final ? 'failed' : 'queued',
        attempts: () => 'attempts + 1',
        lastError: String((error as Error)?.message ?? error).slice(0, 2000),
        ...(subject ? { subject } : {}),
      },
    );
  }
}
