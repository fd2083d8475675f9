import type { DataSource, EntitySubscriberInterface } from 'typeorm';
import { bumpDataVersion } from './data-version.js';
import { VersionedMemo } from './versioned-memo.js';

function fakeDataSource(): DataSource {
  return { subscribers: [] as EntitySubscriberInterface[] } as unknown as DataSource;
}

/** A computation the test finishes when it wants, counting how often it was started. */
function controlledComputation() {
  let starts = 0;
  let finish: (value: string) => void = () => undefined;
  const compute = () => {
    starts++;
    return new Promise<string>((resolve) => (finish = resolve));
  };
  return { compute, starts: () => starts, finish: (value: string) => finish(value) };
}

describe('VersionedMemo', () => {
  it('computes once for concurrent callers and serves the value until its domain is bumped', async () => {
    const dataSource = fakeDataSource();
    const memo = new VersionedMemo<string>(dataSource, 10, { referenceData: true });
    const computation = controlledComputation();
    const first = memo.get({ session: 1 }, ['sessions'], computation.compute);
    const second = memo.get({ session: 1 }, ['sessions'], computation.compute);
    computation.finish('alice');
    await expect(Promise.all([first, second])).resolves.toEqual(['alice', 'alice']);
    await expect(memo.get({ session: 1 }, ['sessions'], computation.compute)).resolves.toBe('alice');
    expect(computation.starts()).toBe(1);

    bumpDataVersion(dataSource, { domains: ['counts'] });
    await expect(memo.get({ session: 1 }, ['sessions'], computation.compute)).resolves.toBe('alice');
    expect(computation.starts()).toBe(1);

    bumpDataVersion(dataSource, { domains: ['sessions'] });
    const again = memo.get({ session: 1 }, ['sessions'], computation.compute);
    computation.finish('alice, signed out');
    await expect(again).resolves.toBe('alice, signed out');
    expect(computation.starts()).toBe(2);
  });

  it('does not serve a value whose computation was running when its domain was bumped', async () => {
    const dataSource = fakeDataSource();
    const memo = new VersionedMemo<string>(dataSource, 10, { referenceData: true });
    const computation = controlledComputation();
    const inFlight = memo.get({ session: 1 }, ['sessions'], computation.compute);
    // A logout lands while the session is being read: the read may have seen the row before it.
    bumpDataVersion(dataSource, { domains: ['sessions'] });
    computation.finish('before the logout');
    await expect(inFlight).resolves.toBe('before the logout');

    const next = memo.get({ session: 1 }, ['sessions'], computation.compute);
    expect(computation.starts()).toBe(2);
    computation.finish('after the logout');
    await expect(next).resolves.toBe('after the logout');
  });

  it('reads again once the TTL has passed, whatever the version', async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    try {
      const dataSource = fakeDataSource();
      const memo = new VersionedMemo<number>(dataSource, 10, { referenceData: true, ttlMs: 5_000 });
      let reads = 0;
      const read = () => Promise.resolve(++reads);
      await expect(memo.get({ session: 1 }, ['sessions'], read)).resolves.toBe(1);
      jest.setSystemTime(1_004_999);
      await expect(memo.get({ session: 1 }, ['sessions'], read)).resolves.toBe(1);
      jest.setSystemTime(1_005_000);
      await expect(memo.get({ session: 1 }, ['sessions'], read)).resolves.toBe(2);
    } finally {
      jest.useRealTimers();
    }
  });
});
