import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@iae/core';
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
    private readonly dataSource: DataSource,
  ) {}

  /**
   * `tracked`: the consumer marks the message handled when its work is done (`markHandled`); until then, a message
   * whose job Redis lost is queued again, and its row is kept. Events of the notifications queue always are.
   */
  async publish(manager: EntityManager, message: { queue: string; jobName: string; payload: Record<string, unknown>; tracked?: boolean }): Promise<string> {
    return this.outboxRows.insert(manager, { ...message, tracked: message.tracked === true || message.queue === NOTIFICATIONS_QUEUE });
  }

  /**
   * Does a tracked message's work once: in one transaction, its row locked (a second delivery running at the same time
   * waits, then finds it handled), the work, and the mark. Null when it was handled already, or its row purged (only
   * handled rows are).
   */
  async handleOnce<T>(id: string, work: (manager: EntityManager) => Promise<T>): Promise<T | null> {
    // A job put on the queue by hand (not from the outbox) has no row to follow.
    if (!isUuid(id)) return this.dataSource.transaction(work);
    return this.dataSource.transaction(async (manager) => {
      if ((await this.outboxRows.eventHandledForUpdate(manager, id)) !== false) return null;
      const outcome = await work(manager);
      await this.outboxRows.markEventHandled(manager, id);
      return outcome;
    });
  }

  /** A tracked message's work is done: never queued again. */
  async markHandled(id: string): Promise<void> {
    if (isUuid(id)) await this.outboxRows.markHandled(id);
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
