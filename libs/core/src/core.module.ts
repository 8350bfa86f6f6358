import { Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from './clock/clock';
import { IdempotencyKeysPurge } from './http/idempotency';
import { Queues } from './queue/queues';
import { ScheduledJobs } from './queue/scheduled-jobs';
import { RateLimiter } from './rate-limit/rate-limiter';
import { RedisService } from './redis/redis.service';

/** Infrastructure every context uses: time, Redis, rate limits, queues and scheduled jobs. */
@Global()
@Module({
  providers: [{ provide: Clock, useClass: SystemClock }, RedisService, RateLimiter, Queues, ScheduledJobs, IdempotencyKeysPurge],
  exports: [Clock, RedisService, RateLimiter, Queues, ScheduledJobs],
})
export class CoreModule {}
