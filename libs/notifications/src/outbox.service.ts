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
}
