import { Injectable, Module } from '@nestjs/common';
import { Job } from 'bullmq';
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

  /** Each request is tracked in the outbox: marked handled once its e-mail is queued, else queued again by the sweeper. */
  async process(job: Job<AccountMailJob>): Promise<string> {
    // Delivered again (Redis lost the job after it ran, or the sweeper raced it): its e-mail is queued already.
    if (await this.outbox.isHandled(job.id!)) return 'already handled';
    const outcome = await this.run(job);
    await this.outbox.markHandled(job.id!);
    return outcome;
  }

  private async run(job: Job<AccountMailJob>): Promise<string> {
    switch (job.name) {
      case 'sign-up-requested':
        await this.accounts.completeSignUp(job.data.email, job.data.userId ?? null);
        return 'done';
      case 'password-reset-requested':
        await this.accounts.sendPasswordResetLink(job.data.email);
        return 'done';
      case 'confirmation-requested':
        await this.accounts.sendConfirmationLink(job.data.email);
        return 'done';
      default:
        return `unknown job ${job.name}`;
    }
  }
}

/** The worker side of identity. Imported by apps/worker only. */
@Module({ imports: [IdentityModule, NotificationsModule], providers: [AccountMailProcessor] })
export class IdentityWorkerModule {}
