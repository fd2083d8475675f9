import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import {
  InMemoryLoginRateLimiter,
  LOGIN_LIMIT,
  LOGIN_WINDOW_MS,
  RedisLoginRateLimiter,
  type LoginRateLimiter,
} from './login-rate-limiter.js';

/** Redis for the shared limiter: the machine's server unless TEST_REDIS_URL says otherwise; skipped when absent. */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

type Harness = { limiter: LoginRateLimiter; advance(ms: number): void; close(): Promise<void> };

async function redisHarness(): Promise<Harness | null> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
  } catch {
    if (process.env.CI === 'true') throw new Error(`Redis at ${REDIS_URL} is unreachable; CI must run these tests`);
    return null;
  }
  let now = 1_000_000;
  return {
    limiter: new RedisLoginRateLimiter(redis, () => now, `claimline-test:${randomUUID()}:`),
    advance: (ms) => (now += ms),
    close: async () => void (await redis.quit()),
  };
}

function memoryHarness(): Harness {
  let now = 1_000_000;
  return {
    limiter: new InMemoryLoginRateLimiter(() => now),
    advance: (ms) => (now += ms),
    close: () => Promise.resolve(),
  };
}

describe.each([
  ['in memory', () => Promise.resolve<Harness | null>(memoryHarness())],
  ['on Redis', redisHarness],
])('LoginRateLimiter %s', (_name, create) => {
  let harness: Harness | null;

  beforeEach(async () => {
    harness = await create();
  });

  afterEach(async () => {
    await harness?.close();
  });

  const fail = async (keys: string[], times: number, stepMs = 1000) => {
    for (let i = 0; i < times; i++) {
      await harness!.limiter.recordFailure(keys);
      harness!.advance(stepMs);
    }
  };

  it('allows ten failures a minute and blocks the eleventh attempt', async () => {
    if (!harness) return;
    await fail(['ip:a'], LOGIN_LIMIT - 1);
    expect(await harness.limiter.retryAfterMs(['ip:a'])).toBe(0);
    await fail(['ip:a'], 1);
    expect(await harness.limiter.retryAfterMs(['ip:a'])).toBeGreaterThan(0);
  });

  it('slides: the block lifts when the oldest failure leaves the window', async () => {
    if (!harness) return;
    await fail(['email:x'], LOGIN_LIMIT);
    const wait = await harness.limiter.retryAfterMs(['email:x']);
    expect(wait).toBe(LOGIN_WINDOW_MS - LOGIN_LIMIT * 1000);
    harness.advance(wait);
    expect(await harness.limiter.retryAfterMs(['email:x'])).toBe(0);
    // Only one slot freed: one more failure blocks again.
    await fail(['email:x'], 1, 0);
    expect(await harness.limiter.retryAfterMs(['email:x'])).toBeGreaterThan(0);
  });

  it('counts keys separately and blocks when any key is over', async () => {
    if (!harness) return;
    await fail(['ip:a', 'email:x'], LOGIN_LIMIT);
    expect(await harness.limiter.retryAfterMs(['ip:b', 'email:y'])).toBe(0);
    expect(await harness.limiter.retryAfterMs(['ip:b', 'email:x'])).toBeGreaterThan(0);
    expect(await harness.limiter.retryAfterMs(['ip:a', 'email:y'])).toBeGreaterThan(0);
  });

  it('forgets everything after a quiet minute', async () => {
    if (!harness) return;
    await fail(['ip:a'], LOGIN_LIMIT * 3, 10);
    harness.advance(LOGIN_WINDOW_MS);
    expect(await harness.limiter.retryAfterMs(['ip:a'])).toBe(0);
  });
});
