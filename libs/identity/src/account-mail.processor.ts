import { Injectable, Module } from '@nestjs/common';
import { Job } from 'bullmq';
import { EntityManager } from 'typeorm';
import { QueueProcessor } from '@iae/core';
import { NotificationsModule, Outbox } from '@iae/notifications';
import { ACCOUNT_MAIL_QUEUE, AccountsService } from './accounts.service';
import { IdentityModule } from './identity.module';

type AccountMailJob = { email: string; userId?: string | null };

/**
 * Decides, away from the request, which e-mail an account request deserves: a link to the owner of
 * the address, a notice that the account already exists, or nothing to an address without one.
 */
@Injectable()
export class AccountMailProcessor extends QueueProcessor<AccountMailJob, string> {
  readonly queueName = ACCOUNT_MAIL_QUEUE;

  constructor(
    private readonly accounts: AccountsService,
    private readonly outbox: Outbox,
  ) {
    super();
  }

  /**
   * Each request is tracked in the outbox: its e-mail is queued and the request marked handled in one transaction, so
   * a job delivered again (Redis lost it after it ran, the sweeper raced it) sends no second link, which would void the
   * first.
   */
  async process(job: Job<AccountMailJob>): Promise<string> {
    return (await this.outbox.handleOnce(job.id!, (manager) => this.run(job, manager))) ?? 'already handled';
  }

  private async run(job: Job<AccountMailJob>, manager: EntityManager): Promise<string> {
    switch (job.name) {
      case 'sign-up-requested':
        await this.accounts.completeSignUp(job.data.email, job.data.userId ?? null, manager);
        return 'done';
      case 'password-reset-requested':
        await this.accounts.sendPasswordResetLink(job.data.email, manager);
        return 'done';
      case 'confirmation-requested':
        await this.accounts.sendConfirmationLink(job.data.email, manager);
        return 'done';
      default:
        return `unknown job ${job.name}`;
    }
  }
}

/** The worker side of identity. Imported by apps/worker only. */
@Module({ imports: [IdentityModule, NotificationsModule], providers: [AccountMailProcessor] })
export class IdentityWorkerModule {}
