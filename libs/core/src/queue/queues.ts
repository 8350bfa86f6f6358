import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { ConnectionOptions, JobsOptions, Queue, WorkerOptions } from 'bullmq';
import { AppConfig } from '../config/app-config';

export function redisConnectionFromUrl(url: string): ConnectionOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : undefined,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
  };
}

const DEFAULT_JOB_OPTIONS: JobsOptions = {
  removeOnComplete: { age: 24 * 3600, count: 5000 },
  removeOnFail: { age: 14 * 24 * 3600 },
};

/** The BullMQ queues of the product, one instance per name, all under the configured prefix. */
@Injectable()
export class Queues implements OnModuleDestroy {
  private readonly queues = new Map<string, Queue>();
  private closed = false;

  constructor(private readonly config: AppConfig) {}

  get prefix(): string {
    return `${this.config.redis.keyPrefix}:bull`;
  }

  connection(): ConnectionOptions {
    return redisConnectionFromUrl(this.config.redis.url);
  }

  get(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      // A queue asked for while the application shuts down (a relay's or a sweep's last pass) would hold its Redis
      // connection open for ever, and the process with it.
      if (this.closed) throw new Error(`Queue ${name} asked for after the queues were closed (the application is shutting down)`);
      queue = new Queue(name, { connection: this.connection(), prefix: this.prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
      queue.on('error', () => undefined); // connection errors surface on the calls that need Redis
      this.queues.set(name, queue);
    }
    return queue;
  }

  workerOptions(concurrency: number): WorkerOptions {
    return {
      connection: this.connection(),
      prefix: this.prefix,
      concurrency,
      lockDuration: this.config.queue.lockDurationMs,
      stalledInterval: this.config.queue.stalledIntervalMs,
      maxStalledCount: 5,
    };
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
    this.queues.clear();
  }
}
