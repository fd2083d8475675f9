import { retryWhileDatabaseUnavailable } from './retry-while-unavailable.js';

const refused = () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });

describe('retryWhileDatabaseUnavailable', () => {
  it('retries while the database is unreachable, then returns what the work returns', async () => {
    let calls = 0;
    const result = await retryWhileDatabaseUnavailable(
      () => {
        calls++;
        return calls < 3 ? Promise.reject(refused()) : Promise.resolve('stored');
      },
      { initialDelayMs: 1 },
    );
    expect(result).toBe('stored');
    expect(calls).toBe(3);
  });

  it('throws any other error at once', async () => {
    let calls = 0;
    await expect(
      retryWhileDatabaseUnavailable(() => {
        calls++;
        return Promise.reject(new Error('ER_DUP_ENTRY'));
      }),
    ).rejects.toThrow('ER_DUP_ENTRY');
    expect(calls).toBe(1);
  });

  it('gives up after the deadline with the last error', async () => {
    await expect(
      retryWhileDatabaseUnavailable(() => Promise.reject(refused()), { deadlineMs: 20, initialDelayMs: 5 }),
    ).rejects.toThrow('ECONNREFUSED');
  });
});
