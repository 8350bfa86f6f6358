import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MailRepository } from './mail.repository';
import { MailTemplates } from './mail-templates';
import { OutboxRepository } from './outbox.repository';

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
  constructor(
    private readonly templates: MailTemplates,
    private readonly mail: MailRepository,
    private readonly outboxRows: OutboxRepository,
  ) {}

  async publish(manager: EntityManager, message: { queue: string; jobName: string; payload: Record<string, unknown> }): Promise<string> {
    return this.outboxRows.insert(manager, message);
  }

  /** Records the e-mail as queued and asks the worker to send it. */
  async queueEmail(manager: EntityManager, request: EmailRequest): Promise<string> {
    this.templates.assertExists(request.template);
    const email = await this.mail.insert(manager, {
      template: request.template,
      recipient: request.to,
      context: request.context,
      status: 'queued',
      attempts: 0,
      userId: request.userId ?? null,
      organizationId: request.organizationId ?? null,
    });
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
      const insertedId = await this.mail.insertEventEmail(manager, {
        eventId,
        template: request.template,
        recipient: request.to,
        context: request.context,
        userId: request.userId ?? null,
        organizationId: request.organizationId ?? null,
      });
      if (!insertedId) continue;
      await this.publish(manager, { queue: MAIL_QUEUE, jobName: SEND_EMAIL_JOB, payload: { emailMessageId: insertedId } });
      queued++;
    }
    return queued;
  }
}
