import { setTimeout as delay } from 'node:timers/promises';
import { isDatabaseUnavailable } from './database-unavailable.js';

export type RetryOptions = {
  /** Give up (rethrow the last error) after this long; the default outlasts a database restart. */
  deadlineMs?: number;
  /** First pause between attempts; doubles up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  onRetry?: (error: unknown, attempt: number) => void;
};

/**
 * Runs `work`, and while it fails only because the database is unreachable, waits and runs it again: for writes
 * that must land once the database is back (a job's final state, the audit entry of a failed export). Any other
 * error is thrown at once.
 */
export async function retryWhileDatabaseUnavailable<T>(work: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { deadlineMs = 10 * 60_000, initialDelayMs = 250, maxDelayMs = 5_000, onRetry } = options;
  const deadline = Date.now() + deadlineMs;
  let pause = initialDelayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() + pause > deadline) throw error;
      onRetry?.(error, attempt);
      await delay(pause);
      pause = Math.min(pause * 2, maxDelayMs);
    }
  }
}
