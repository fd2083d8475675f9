import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Clock } from '../config/clock.js';

export const LOGIN_LIMIT = 10;
export const LOGIN_WINDOW_MS = 60_000;

/**
 * A sliding-window counter of failed sign-ins, per key (`ip:…` and `email:…`). Failures only: a team behind one
 * office IP signing in normally is never locked out, while guessing is capped at LOGIN_LIMIT tries a minute per
 * address and per account. In process memory by default; on Redis when REDIS_URL is set, so several API instances
 * behind one load balancer count together.
 */
export abstract class LoginRateLimiter {
  /** Milliseconds until the next attempt may be made for any of these keys, or 0 when none is blocked. */
  abstract retryAfterMs(keys: string[]): Promise<number>;
  abstract recordFailure(keys: string[]): Promise<void>;
}

export class InMemoryLoginRateLimiter extends LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: Clock) {
    super();
  }

  retryAfterMs(keys: string[]): Promise<number> {
    const now = this.now();
    let wait = 0;
    for (const key of keys) {
      const times = this.recent(key, now);
      if (times.length >= LOGIN_LIMIT) wait = Math.max(wait, times[times.length - LOGIN_LIMIT] + LOGIN_WINDOW_MS - now);
    }
    return Promise.resolve(wait);
  }

  recordFailure(keys: string[]): Promise<void> {
    const now = this.now();
    for (const key of keys) {
      const times = this.recent(key, now);
      times.push(now);
      this.failures.set(key, times);
    }
    if (this.failures.size > 10_000) this.prune(now);
    return Promise.resolve();
  }

  private recent(key: string, now: number): number[] {
    const times = (this.failures.get(key) ?? []).filter((t) => t > now - LOGIN_WINDOW_MS);
    if (times.length) this.failures.set(key, times);
    else this.failures.delete(key);
    return times;
  }

  /** Bounds memory under a spray of random emails. */
  private prune(now: number): void {
    for (const key of [...this.failures.keys()]) this.recent(key, now);
  }
}

/** The same window as a Redis sorted set per key (score = time of the failure), shared by every instance. */
export class RedisLoginRateLimiter extends LoginRateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly now: Clock,
    private readonly prefix: string,
  ) {
    super();
  }

  async retryAfterMs(keys: string[]): Promise<number> {
    const now = this.now();
    const pipeline = this.redis.multi();
    for (const key of keys) {
      pipeline.zremrangebyscore(this.prefix + key, 0, now - LOGIN_WINDOW_MS);
      // The LOGIN_LIMIT-th most recent failure: the block lifts when it leaves the window.
      pipeline.zrange(this.prefix + key, -LOGIN_LIMIT, -LOGIN_LIMIT, 'WITHSCORES');
    }
    const replies = (await pipeline.exec()) ?? [];
    let wait = 0;
    for (let i = 1; i < replies.length; i += 2) {
      const [error, value] = replies[i];
      if (error) throw error;
      const pair = value as string[];
      if (pair.length === 2) wait = Math.max(wait, Number(pair[1]) + LOGIN_WINDOW_MS - now);
    }
    return wait;
  }

  async recordFailure(keys: string[]): Promise<void> {
    const now = this.now();
    const pipeline = this.redis.multi();
    for (const key of keys) {
      pipeline.zadd(this.prefix + key, now, `${now}:${randomUUID()}`);
      pipeline.pexpire(this.prefix + key, LOGIN_WINDOW_MS);
    }
    const replies = (await pipeline.exec()) ?? [];
    const failed = replies.find(([error]) => error);
    if (failed?.[0]) throw failed[0];
  }
}
