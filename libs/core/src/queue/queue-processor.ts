import { Inject, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { OutageWatch } from '../errors/outage-log';
import { Queues } from './queues';
import { classifyWorkerError } from './worker-error';

const logger = new Logger('QueueProcessor');
/** When a processor of this process last saw Redis unreachable: a job held by another run soon after is its aftermath. */
let lastOutageAt: number | null = null;
/** Every processor of the process reconnects on its own: one line per outage for them all. */
const outages = new OutageWatch(({ level, ...line }) => logger[level](line, line.message), {
  during: 'jobs wait until it is back',
  counted: 'worker connection error(s)',
});

/**
 * A BullMQ worker for one queue. Only the worker process (and tests) provide processors,
 * so the API never consumes jobs. The worker starts when the application has booted.
 */
export abstract class QueueProcessor<Data = unknown, Result = unknown> implements OnApplicationBootstrap, OnApplicationShutdown {
  abstract readonly queueName: string;
  protected readonly concurrency: number = 1;
  protected readonly logger = new Logger(this.constructor.name);
  @Inject(Queues) protected readonly queues!: Queues;
  private worker?: Worker<Data, Result>;

  /** `token`: the worker's lock on the job, for `job.moveToDelayed(…, token)`. */
  abstract process(job: Job<Data>, token?: string): Promise<Result>;

  /** Subclasses that do more at boot (possibly asynchronously) call `startWorker()` themselves. */
  onApplicationBootstrap(): void | Promise<void> {
    this.startWorker();
  }

  protected startWorker(): void {
    this.worker = new Worker<Data, Result>(this.queueName, (job, token) => this.process(job, token), this.queues.workerOptions(this.concurrency));
    this.worker.on('failed', (job, err) => this.logger.warn({ jobId: job?.id, job: job?.name, attempts: job?.attemptsMade, err: err.message }, 'Job failed'));
    this.worker.on('error', (err) => {
      const kind = classifyWorkerError(err, lastOutageAt === null ? null : Date.now() - lastOutageAt);
      if (kind === 'outage') {
        lastOutageAt = Date.now();
        outages.failed('redis', err);
      } else if (kind === 'job-lost') this.logger.warn({ err: err.message }, 'Job lost by Redis while it ran');
      else if (kind === 'taken-over')
        this.logger.error({ err: err.message }, 'Job taken over by another run (its lock expired while it ran): it may have run twice');
      else this.logger.error({ err: err.message }, 'Worker error');
    });
    // This worker's stall check found a job whose worker stopped renewing its lock (killed, or its event loop blocked).
    this.worker.on('stalled', (jobId) => this.logger.warn({ jobId }, 'Job stalled: queued again'));
  }

  /** Resolves once the worker is connected and waiting for jobs. */
  async ready(): Promise<void> {
    await this.worker?.waitUntilReady();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
