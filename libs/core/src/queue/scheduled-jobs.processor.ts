import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ErrorCode, Job } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { safeError } from '../logging/scrub';
import { QueueProcessor } from './queue-processor';
import { Queues } from './queues';
import { ScheduledJobOutcome, ScheduledJobs } from './scheduled-jobs';

export const SCHEDULED_QUEUE = 'scheduled';

/** The declared jobs whose schedule Redis does not hold (restarted without persistence, flushed, failed over). */
export async function missingSchedules(queues: Queues, jobs: ScheduledJobs): Promise<string[]> {
  const present = new Set((await queues.get(SCHEDULED_QUEUE).getJobSchedulers()).map((s) => s.key));
  return jobs
    .list()
    .map((job) => job.name)
    .filter((name) => !present.has(name));
}

/**
 * Keeps one BullMQ job scheduler per declared job and runs them; however many workers run, each tick runs
 * once (BullMQ makes one job per tick, and `scheduled_job_runs` refuses a second run of the same tick).
 * Redis may lose the schedulers: every worker checks on a timer of its own and restores them.
 */
@Injectable()
export class ScheduledJobsProcessor extends QueueProcessor<unknown, ScheduledJobOutcome> implements OnApplicationShutdown {
  readonly queueName = SCHEDULED_QUEUE;
  private watch?: NodeJS.Timeout;
  private checking = false;

  constructor(
    private readonly jobs: ScheduledJobs,
    private readonly config: AppConfig,
  ) {
    super();
  }

  override async onApplicationBootstrap(): Promise<void> {
    this.startWorker();
    if (!this.config.queue.schedulesEnabled) return;
    await this.syncSchedulers().catch((err) => this.logger.warn({ err: reason(err) }, 'Cannot create the schedules yet; will retry'));
    this.watch = setInterval(() => void this.restoreLost(), this.config.queue.schedulesCheckIntervalMs);
  }

  /** Restores the schedules Redis lost; returns their names. */
  async restoreLost(): Promise<string[]> {
    if (this.checking) return [];
    this.checking = true;
    try {
      const missing = await missingSchedules(this.queues, this.jobs);
      if (missing.length > 0) {
        this.logger.warn({ missing }, 'Schedules missing from Redis (restarted or flushed?): restoring them');
        await this.syncSchedulers();
      }
      return missing;
    } catch (err) {
      this.logger.warn({ err: reason(err) }, 'Cannot check or restore the schedules; will retry');
      return [];
    } finally {
      this.checking = false;
    }
  }

  /**
   * Makes Redis hold exactly the declared schedulers. Each job is tried whatever befell the others, so one refused
   * pattern does not leave the rest unscheduled; the refusals are thrown together at the end.
   */
  async syncSchedulers(): Promise<void> {
    const queue = this.queues.get(SCHEDULED_QUEUE);
    const declared = new Set(this.jobs.list().map((job) => job.name));
    const failed: string[] = [];
    for (const scheduler of await queue.getJobSchedulers()) {
      if (!scheduler.key || declared.has(scheduler.key)) continue;
      await queue.removeJobScheduler(scheduler.key).catch((err) => failed.push(`${scheduler.key} (removal): ${reason(err)}`));
    }
    for (const job of this.jobs.list()) {
      await this.upsertScheduler(job.name).catch((err) => failed.push(`${job.name}: ${reason(err)}`));
    }
    if (failed.length > 0) throw new Error(`${failed.length} schedule(s) could not be set: ${failed.join('; ')}`);
  }

  private async upsertScheduler(name: string): Promise<void> {
    const queue = this.queues.get(SCHEDULED_QUEUE);
    const pattern = this.config.queue.cronOverrides[name] ?? this.jobs.get(name)!.cron;
    const upsert = () => queue.upsertJobScheduler(name, { pattern, tz: 'Europe/Paris' }, { name });
    try {
      await upsert();
    } catch (err) {
      if ((err as { code?: number }).code !== ErrorCode.SchedulerJobIdCollision) throw err;
      // Redis lost the scheduler but kept its next tick's job (a partial loss): that orphan holds the id the new
      // scheduler would give the same tick. It is removed, and the upsert makes it again.
      for (const orphan of await queue.getJobs(['delayed', 'waiting', 'prioritized'])) {
        if (orphan?.id?.startsWith(`repeat:${name}:`)) await orphan.remove();
      }
      await upsert();
    }
  }

  process(job: Job): Promise<ScheduledJobOutcome> {
    // A scheduler's job carries the instant of its tick; one added by hand is its own tick.
    const tick = (job.opts as { prevMillis?: number }).prevMillis ?? job.timestamp;
    return this.jobs.run(job.name, { scheduledFor: new Date(tick) });
  }

  override async onApplicationShutdown(): Promise<void> {
    if (this.watch) clearInterval(this.watch);
    await super.onApplicationShutdown();
  }
}

function reason(err: unknown): string {
  return String(safeError(err).message);
}
