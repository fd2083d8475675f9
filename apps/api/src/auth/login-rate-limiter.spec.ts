import { LOGIN_LIMIT, LOGIN_WINDOW_MS, LoginRateLimiter } from './login-rate-limiter.js';

describe('LoginRateLimiter', () => {
  let now: number;
  let limiter: LoginRateLimiter;

  beforeEach(() => {
    now = 1_000_000;
    limiter = new LoginRateLimiter(() => now);
  });

  const fail = (keys: string[], times: number, stepMs = 1000) => {
    for (let i = 0; i < times; i++) {
      limiter.recordFailure(keys);
      now += stepMs;
    }
  };

  it('allows ten failures a minute and blocks the eleventh attempt', () => {
    fail(['ip:a'], LOGIN_LIMIT - 1);
    expect(limiter.retryAfterMs(['ip:a'])).toBe(0);
    fail(['ip:a'], 1);
    expect(limiter.retryAfterMs(['ip:a'])).toBeGreaterThan(0);
  });

  it('slides: the block lifts when the oldest failure leaves the window', () => {
    const start = now;
    fail(['email:x'], LOGIN_LIMIT);
    const wait = limiter.retryAfterMs(['email:x']);
    expect(wait).toBe(start + LOGIN_WINDOW_MS - now);
    now += wait;
    expect(limiter.retryAfterMs(['email:x'])).toBe(0);
    // Only one slot freed: one more failure blocks again.
    fail(['email:x'], 1, 0);
    expect(limiter.retryAfterMs(['email:x'])).toBeGreaterThan(0);
  });

  it('counts keys separately and blocks when any key is over', () => {
    fail(['ip:a', 'email:x'], LOGIN_LIMIT);
    expect(limiter.retryAfterMs(['ip:b', 'email:y'])).toBe(0);
    expect(limiter.retryAfterMs(['ip:b', 'email:x'])).toBeGreaterThan(0);
    expect(limiter.retryAfterMs(['ip:a', 'email:y'])).toBeGreaterThan(0);
  });

  it('forgets everything after a quiet minute', () => {
    fail(['ip:a'], LOGIN_LIMIT * 3, 10);
    now += LOGIN_WINDOW_MS;
    expect(limiter.retryAfterMs(['ip:a'])).toBe(0);
  });
});
