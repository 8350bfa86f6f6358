import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EmailMessage } from './email-message.entity';
import { MailTemplates } from './mail-templates';
import { OutboxMessage } from './outbox-message.entity';

export const MAIL_QUEUE = 'mail';
export const SEND_EMAIL_JOB = 'send';

export interface EmailRequest {
  to: string;
  /** `<context>/<name>` of a registered template. */
  template: string;
  context: Record<string, unknown>;
  userId?: string | null;
  organizationId?: string | null;
}

/**
 * The only way to ask for work outside the current transaction: the request is a row
 * written with the change, so a rollback cancels it and a commit guarantees it.
 */
@Injectable()
export class Outbox {
  constructor(private readonly templates: MailTemplates) {}

  async publish(manager: EntityManager, message: { queue: string; jobName: string; payload: Record<string, unknown> }): Promise<string> {
    const row = await manager
      .getRepository(OutboxMessage)
      .save(manager.getRepository(OutboxMessage).create({ queue: message.queue, jobName: message.jobName, payload: message.payload }));
    return row.id;
  }

  /** Records the e-mail as queued and asks the worker to send it. */
  async queueEmail(manager: EntityManager, request: EmailRequest): Promise<string> {
    this.templates.assertExists(request.template);
    const email = await manager.getRepository(EmailMessage).save(
      manager.getRepository(EmailMessage).create({
        template: request.template,
        recipient: request.to,
        context: request.context,
        status: 'queued',
        attempts: 0,
        userId: request.userId ?? null,
        organizationId: request.organizationId ?? null,
      }),
    );
    await this.publish(manager, { queue: MAIL_QUEUE, jobName: SEND_EMAIL_JOB, payload: { emailMessageId: email.id } });
    return email.id;
  }

  /**
   * The e-mails of one event, in the caller's transaction: each at most once per event, template and recipient (a
   * unique index), so the event delivered again queues nothing more. Returns how many were queued now.
   */
  async queueEventEmails(manager: EntityManager, eventId: string, requests: EmailRequest[]): Promise<number> {
    let queued = 0;
    for (const request of requests) {
      this.templates.assertExists(request.template);
      const [inserted]: Array<{ id: string }> = await manager.query(
        `INSERT INTO email_messages (event_id, template, recipient, context, status, attempts, user_id, organization_id)
         VALUES ($1, $2, $3, $4, 'queued', 0, $5, $6)
         ON CONFLICT (event_id, template, recipient) WHERE event_id IS NOT NULL DO NOTHING
         RETURNING id`,
        [eventId, request.template, request.to, request.context, request.userId ?? null, request.organizationId ?? null],
      );
      if (!inserted) continue;
      await this.publish(manager, { queue: MAIL_QUEUE, jobName: SEND_EMAIL_JOB, payload: { emailMessageId: inserted.id } });
      queued++;
    }
    return queued;
  }
}
