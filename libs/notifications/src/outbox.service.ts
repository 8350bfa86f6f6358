import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MailRepository } from './mail.repository';
import { MailTemplates } from './mail-templates';
import { NOTIFICATIONS_QUEUE } from './notification-events';
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

  /**
   * `tracked`: the consumer marks the message handled when its work is done (`markHandled`); until then, a message
   * whose job Redis lost is queued again, and its row is kept. Events of the notifications queue always are.
   */
  async publish(manager: EntityManager, message: { queue: string; jobName: string; payload: Record<string, unknown>; tracked?: boolean }): Promise<string> {
    return this.outboxRows.insert(manager, { ...message, tracked: message.tracked === true || message.queue === NOTIFICATIONS_QUEUE });
  }

  /** Whether a tracked message's work is done (true too when its row is purged, which only a handled one is). */
  async isHandled(id: string): Promise<boolean> {
    return (await this.outboxRows.eventHandled(id)) !== false;
  }

  /** A tracked message's work is done: never queued again. */
  async markHandled(id: string): Promise<void> {
    await this.outboxRows.markHandled(id);
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
