import { InProcessJobQueue } from './in-process-job-queue.js';
import { JobHandlers } from './job-handlers.js';
import { jobIdOf, retryDelayMs } from './job-request.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('InProcessJobQueue', () => {
  it('queues the same work once while it waits or runs, and again once it ended', async () => {
    const handlers = new JobHandlers();
    const gate = deferred();
    const polled: number[] = [];
    handlers.register('feed-poll', async ({ feedId }) => {
      polled.push(feedId);
      await gate.promise;
    });
    const queue = new InProcessJobQueue(handlers, 1);
    await queue.start();
    await queue.enqueue({ kind: 'feed-poll', feedId: 7 });
    await queue.enqueue({ kind: 'feed-poll', feedId: 7 });
    gate.resolve();
    await queue.idle();
    expect(polled).toEqual([7]);
    await queue.enqueue({ kind: 'feed-poll', feedId: 7 });
    await queue.idle();
    expect(polled).toEqual([7, 7]);
  });

  it('runs no more jobs at once than its concurrency', async () => {
    const handlers = new JobHandlers();
    const gate = deferred();
    let running = 0;
    let most = 0;
    let finished = 0;
    handlers.register('feed-poll', async () => {
      most = Math.max(most, ++running);
      await gate.promise;
      running--;
      finished++;
    });
    const queue = new InProcessJobQueue(handlers, 2);
    await queue.start();
    for (let feedId = 1; feedId <= 6; feedId++) await queue.enqueue({ kind: 'feed-poll', feedId });
    expect(running).toBe(2);
    gate.resolve();
    await queue.idle();
    expect(most).toBe(2);
    expect(finished).toBe(6);
  });

  it('keeps lanes apart: a long import does not hold up a feed poll', async () => {
    const handlers = new JobHandlers();
    const importGate = deferred();
    const polled: number[] = [];
    handlers.register('import', () => importGate.promise);
    handlers.register('feed-poll', ({ feedId }) => Promise.resolve(void polled.push(feedId)));
    const queue = new InProcessJobQueue(handlers, 1);
    await queue.start();
    await queue.enqueue({ kind: 'import', importId: 'long' });
    await queue.enqueue({ kind: 'feed-poll', feedId: 3 });
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(polled).toEqual([3]);
    importGate.resolve();
    await queue.idle();
  });

  it('retries a failing job with backoff and reports its end', async () => {
    jest.useFakeTimers();
    try {
      const handlers = new JobHandlers();
      let attempts = 0;
      handlers.register('import', () => (++attempts < 3 ? Promise.reject(new Error('flaky')) : Promise.resolve()));
      const queue = new InProcessJobQueue(handlers, 1);
      await queue.start();
      const ended: boolean[] = [];
      queue.onJobEnd((event) => ended.push(event.ok));
      await queue.enqueue({ kind: 'import', importId: 'a' });
      await jest.advanceTimersByTimeAsync(retryDelayMs(1) + retryDelayMs(2));
      await queue.idle();
      expect(attempts).toBe(3);
      expect(ended).toEqual([true]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('with concurrency 0 runs nothing: the rows wait in the database for a process that runs jobs', async () => {
    const handlers = new JobHandlers();
    const handler = jest.fn(() => Promise.resolve());
    handlers.register('import', handler);
    const queue = new InProcessJobQueue(handlers, 0);
    await queue.start();
    await queue.enqueue({ kind: 'import', importId: 'a' });
    await queue.idle();
    expect(queue.runsJobs).toBe(false);
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('jobIdOf', () => {
  it('names the work, without the colon BullMQ refuses in custom ids', () => {
    expect(jobIdOf({ kind: 'import', importId: 'f3c1' })).toBe('import-f3c1');
    expect(jobIdOf({ kind: 'feed-poll', feedId: 12 })).toBe('feed-poll-12');
  });
});
