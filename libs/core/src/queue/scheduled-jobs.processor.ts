import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { QueueProcessor } from './queue-processor';
import { ScheduledJobOutcome, ScheduledJobs } from './scheduled-jobs';

export const SCHEDULED_QUEUE = 'scheduled';

/** Keeps one BullMQ job scheduler per declared job and runs them; however many workers run, each tick runs once. */
@Injectable()
export class ScheduledJobsProcessor extends QueueProcessor<unknown, ScheduledJobOutcome> {
  readonly queueName = SCHEDULED_QUEUE;

  constructor(
    private readonly jobs: ScheduledJobs,
    private readonly config: AppConfig,
  ) {
    super();
  }

  override async onApplicationBootstrap(): Promise<void> {
    super.onApplicationBootstrap();
    if (this.config.queue.schedulesEnabled) await this.syncSchedulers();
  }

  async syncSchedulers(): Promise<void> {
    const queue = this.queues.get(SCHEDULED_QUEUE);
    const declared = new Set(this.jobs.list().map((job) => job.name));
    for (const scheduler of await queue.getJobSchedulers()) {
      if (scheduler.key && !declared.has(scheduler.key)) await queue.removeJobScheduler(scheduler.key);
    }
    for (const job of this.jobs.list()) {
      await queue.upsertJobScheduler(job.name, { pattern: job.cron, tz: 'Europe/Paris' }, { name: job.name });
    }
  }

  process(job: Job): Promise<ScheduledJobOutcome> {
    return this.jobs.run(job.name);
  }
}
