import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEFAULT_PAGE_SIZE, Page, Problem, ScheduledJobs, decodeCursor, defineProblem, notFound, toPage } from '@iae/core';
import { EmailMessage, EmailStatus } from './email-message.entity';
import { MailRepository } from './mail.repository';
import { OutboxRepository } from './outbox.repository';
import { MAIL_QUEUE, Outbox, SEND_EMAIL_JOB } from './outbox.service';

export const EmailProblems = {
  notFailed: defineProblem({
    slug: 'email-not-failed',
    status: 409,
    title: 'Cet e-mail n’est pas en échec',
    description: 'Seul un e-mail en échec, ou encore en file d’attente, peut être relancé ; un e-mail envoyé ne l’est pas.',
  }),
};

export interface EmailSummary {
  id: string;
  template: string;
  recipient: string;
  subject: string | null;
  status: EmailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

const toSummary = (e: EmailMessage): EmailSummary => ({
  id: e.id,
  template: e.template,
  recipient: e.recipient,
  subject: e.subject,
  status: e.status,
  attempts: e.attempts,
  lastError: e.lastError,
  createdAt: e.createdAt,
  sentAt: e.sentAt,
});

/** What operators see of outgoing e-mail, and the retry of a failed one. */
@Injectable()
export class EmailsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly jobs: ScheduledJobs,
    private readonly mail: MailRepository,
    private readonly outboxRows: OutboxRepository,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'notifications.purge-relayed-outbox',
      description: 'Supprime les messages de l’outbox transmis à la file depuis plus de 7 jours.',
      cron: '40 3 * * *',
      run: async ({ now, dryRun }) => {
        const cutoff = new Date(now.getTime() - 7 * 86_400_000);
        // A tracked message not handled yet stays: it is the only record of the work still to do.
        const n = dryRun ? await this.outboxRows.countPurgeable(cutoff) : await this.outboxRows.purge(cutoff);
        return { summary: `${n} relayed outbox row(s) ${dryRun ? 'to purge' : 'purged'}`, purged: n };
      },
    });
  }

  async list(filter: { status?: EmailStatus; recipient?: string; cursor?: string; limit?: number }): Promise<Page<EmailSummary>> {
    const limit = filter.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(filter.cursor, ['timestamp', 'uuid']);
    const rows = await this.mail.page({ status: filter.status, recipient: filter.recipient, after, limit: limit + 1 });
    return toPage(rows, limit, (e) => [e.createdAt.toISOString(), e.id], toSummary);
  }

  async get(id: string): Promise<EmailSummary> {
    const email = await this.mail.findById(id);
    if (!email) throw notFound('Aucun e-mail ne porte cet identifiant.');
    return toSummary(email);
  }

  /**
   * Puts a failed e-mail, or one stuck in the queue, back in the queue with a fresh series of attempts.
   * The sender's lease and the status check keep it from going out twice if its first job was still alive.
   */
  async retry(id: string): Promise<EmailSummary> {
    return this.dataSource.transaction(async (manager) => {
      const email = await this.mail.findByIdForUpdate(manager, id);
      if (!email) throw notFound('Aucun e-mail ne porte cet identifiant.');
      if (email.status === 'sent') throw new Problem(EmailProblems.notFailed, 'Cet e-mail est déjà envoyé ; il ne peut pas être relancé.');
      email.status = 'queued';
      await this.mail.save(manager, email);
      await this.outbox.publish(manager, { queue: MAIL_QUEUE, jobName: SEND_EMAIL_JOB, payload: { emailMessageId: email.id } });
      return toSummary(email);
    });
  }
}
