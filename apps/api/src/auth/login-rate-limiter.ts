import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '../config/clock.js';

export const LOGIN_LIMIT = 10;
export const LOGIN_WINDOW_MS = 60_000;

/**
 * A sliding-window counter of failed sign-ins, per key (`ip:…` and `email:…`). Failures only: a team
 * behind one office IP signing in normally is never locked out, while guessing is capped at
 * LOGIN_LIMIT tries a minute per address and per account. In memory: one process, resets on restart.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(@Inject(CLOCK) private readonly now: Clock) {}

  /** Milliseconds until the next attempt may be made for any of these keys, or 0 when none is blocked. */
  retryAfterMs(keys: string[]): number {
    const now = this.now();
    let wait = 0;
    for (const key of keys) {
      const times = this.recent(key, now);
      if (times.length >= LOGIN_LIMIT) wait = Math.max(wait, times[times.length - LOGIN_LIMIT] + LOGIN_WINDOW_MS - now);
    }
    return wait;
  }

  recordFailure(keys: string[]): void {
    const now = this.now();
    for (const key of keys) {
      const times = this.recent(key, now);
      times.push(now);
      this.failures.set(key, times);
    }
    if (this.failures.size > 10_000) this.prune(now);
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
