import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';

export interface ScheduledJobContext {
  now: Date;
  /** Compute and report what would change, write nothing. */
  dryRun: boolean;
}

export interface ScheduledJobResult {
  /** One line for the logs and the command line. */
  summary: string;
  [key: string]: unknown;
}

export interface ScheduledJob {
  /** `<context>.<what>`, e.g. `identity.purge-expired-tokens`. */
  name: string;
  description: string;
  /** Cron pattern, in Europe/Paris time. */
  cron: string;
  run(context: ScheduledJobContext): Promise<ScheduledJobResult>;
}

export type ScheduledJobOutcome = ScheduledJobResult | { summary: string; skipped: true };

/**
 * Jobs declared by each context. A run holds a PostgreSQL advisory lock named after the job,
 * so two runs at once (two workers, or a manual run during the scheduled one) never overlap, and
 * a scheduled run is recorded in `scheduled_job_runs` under its tick: a tick that already ran to its end is not run again.
 */
@Injectable()
export class ScheduledJobs {
  private readonly jobs = new Map<string, ScheduledJob>();
  private readonly logger = new Logger(ScheduledJobs.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  register(job: ScheduledJob): void {
    if (this.jobs.has(job.name)) throw new Error(`Scheduled job ${job.name} is registered twice`);
    this.jobs.set(job.name, job);
  }

  list(): ScheduledJob[] {
    return [...this.jobs.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  get(name: string): ScheduledJob | undefined {
    return this.jobs.get(name);
  }

  /** `scheduledFor`: the tick of the schedule this run answers (none for a run on demand, which always runs). */
  async run(name: string, options: { dryRun?: boolean; scheduledFor?: Date } = {}): Promise<ScheduledJobOutcome> {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`Unknown scheduled job "${name}". Known: ${[...this.jobs.keys()].join(', ')}`);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [`job:${name}`]);
      if (!locked) return { summary: `${name}: already running elsewhere, skipped`, skipped: true };
      try {
        const now = this.clock.now();
        const tick = options.scheduledFor;
        if (tick && !options.dryRun) {
          // A tick that ended is done; one that a dead worker left unfinished runs again (jobs are idempotent).
          const claimed = await runner.query(
            `INSERT INTO scheduled_job_runs (job_name, scheduled_for, started_at) VALUES ($1, $2, $3)
             ON CONFLICT (job_name, scheduled_for) DO UPDATE SET attempts = scheduled_job_runs.attempts + 1, started_at = EXCLUDED.started_at
              WHERE scheduled_job_runs.finished_at IS NULL
             RETURNING 1`,
            [name, tick, now],
          );
          if (claimed.length === 0) return { summary: `${name}: the tick of ${tick.toISOString()} already ran, skipped`, skipped: true };
        }
        const started = Date.now();
        const result = await job.run({ now, dryRun: options.dryRun ?? false });
        this.logger.log({ job: name, ms: Date.now() - started, dryRun: !!options.dryRun, ...result }, 'Scheduled job done');
        if (tick && !options.dryRun) {
          await runner.query(`UPDATE scheduled_job_runs SET finished_at = $3, summary = $4 WHERE job_name = $1 AND scheduled_for = $2`, [
            name,
            tick,
            this.clock.now(),
            result.summary,
          ]);
        }
        return result;
      } finally {
        await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [`job:${name}`]);
      }
    } finally {
      await runner.release();
    }
  }
}
