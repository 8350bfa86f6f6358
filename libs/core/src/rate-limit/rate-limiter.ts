import { Injectable } from '@nestjs/common';
import { Problems } from '../errors/common-problems';
import { Problem } from '../errors/problem';
import { RedisService } from '../redis/redis.service';

export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

// INCR and set the expiry atomically, so a crash cannot leave a counter that never expires.
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { count, redis.call('PTTL', KEYS[1]) }
`;

// Takes one attempt back, keeping the window's expiry; never below zero.
const REFUND_SCRIPT = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count > 0 then redis.call('DECR', KEYS[1]) end
return count
`;

/** Fixed-window counters in Redis, shared by every API instance. */
@Injectable()
export class RateLimiter {
  constructor(private readonly redis: RedisService) {}

  async hit(bucket: string, subject: string, rule: RateLimit): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
    const key = this.redis.key('rate', bucket, subject);
    const [count, ttl] = (await this.redis.client.eval(HIT_SCRIPT, 1, key, String(rule.windowSeconds * 1000))) as [number, number];
    return { allowed: count <= rule.limit, retryAfterSeconds: Math.max(1, Math.ceil(ttl / 1000)) };
  }

  /** Counts one attempt and throws a 429 problem once the limit is passed. */
  async consume(bucket: string, subject: string, rule: RateLimit, detail: string): Promise<void> {
    const { allowed, retryAfterSeconds } = await this.hit(bucket, subject, rule);
    if (!allowed) {
      throw new Problem(Problems.rateLimited, detail, {
        headers: { 'retry-after': String(retryAfterSeconds) },
        extensions: { retryAfterSeconds },
      });
    }
  }

  /** Where a counter stands, without counting: attempts so far and seconds until it resets. */
  async peek(bucket: string, subject: string): Promise<{ count: number; retryAfterSeconds: number }> {
    const key = this.redis.key('rate', bucket, subject);
    const [count, ttl] = await Promise.all([this.redis.client.get(key), this.redis.client.pttl(key)]);
    return { count: Number(count ?? 0), retryAfterSeconds: Math.max(1, Math.ceil(ttl / 1000)) };
  }

  /** Takes back one attempt counted by `hit` or `consume` that turned out not to be one to limit. */
  async refund(bucket: string, subject: string): Promise<void> {
    await this.redis.client.eval(REFUND_SCRIPT, 1, this.redis.key('rate', bucket, subject));
  }

  async reset(bucket: string, subject: string): Promise<void> {
    await this.redis.client.del(this.redis.key('rate', bucket, subject));
  }
}
