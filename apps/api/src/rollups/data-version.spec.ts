import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { bumpDataVersion, dataVersion, declareAnalyticsWrites, MAX_KEYED_COUNTERS } from './data-version.js';

/** A DataSource stand-in whose commits the test announces, as TypeORM's broadcaster would. */
function fakeDataSource() {
  const dataSource = { subscribers: [] as EntitySubscriberInterface[] } as unknown as DataSource;
  dataVersion(dataSource); // registers the commit subscriber
  const transaction = () => {
    const queryRunner = {} as QueryRunner;
    const manager = { queryRunner, connection: dataSource } as unknown as EntityManager;
    const commit = () => {
      for (const subscriber of dataSource.subscribers)
        void subscriber.afterTransactionCommit?.({ queryRunner, manager, connection: dataSource, dataSource });
    };
    return { manager, commit };
  };
  return { dataSource, transaction };
}

describe('data versions per domain', () => {
  it('forgets its keyed counters past the bound without any reader of keys seeing its version go back', () => {
    const { dataSource } = fakeDataSource();
    bumpDataVersion(dataSource, { domains: ['claims'], keys: { claims: [7] } });
    bumpDataVersion(dataSource, { domains: ['claims'], keys: { claims: [7] } });
    const readers = [[7], [8], [7, 8]];
    const before = readers.map((ids) => dataVersion(dataSource, ['claims'], { claims: ids }));
    const otherDomain = dataVersion(dataSource, ['narratives'], { narratives: [1] });
    // One more key than the bound: every keyed counter is folded into the unkeyed ones.
    const many = Array.from({ length: MAX_KEYED_COUNTERS }, (_, i) => 1000 + i);
    bumpDataVersion(dataSource, { domains: ['claims'], keys: { claims: many } });
    const after = readers.map((ids) => dataVersion(dataSource, ['claims'], { claims: ids }));
    after.forEach((version, i) => expect(version).toBeGreaterThan(before[i]));
    expect(dataVersion(dataSource, ['narratives'], { narratives: [1] })).toBe(otherDomain);
    // And the keys count again from there: a bump of claim 8 moves its readers only.
    bumpDataVersion(dataSource, { domains: ['claims'], keys: { claims: [8] } });
    expect(dataVersion(dataSource, ['claims'], { claims: [7] })).toBe(after[0]);
    expect(dataVersion(dataSource, ['claims'], { claims: [8] })).toBe(after[1] + 1);
  });

  it('bumps every domain when a transaction nobody described commits', () => {
    const { dataSource, transaction } = fakeDataSource();
    const before = [dataVersion(dataSource, ['counts']), dataVersion(dataSource, ['links'])];
    transaction().commit();
    expect([dataVersion(dataSource, ['counts']), dataVersion(dataSource, ['links'])]).toEqual([
      before[0] + 1,
      before[1] + 1,
    ]);
  });

  it('bumps nothing when a declared transaction touched nothing the dashboard reads (a note)', () => {
    const { dataSource, transaction } = fakeDataSource();
    const before = dataVersion(dataSource);
    const tx = transaction();
    declareAnalyticsWrites(tx.manager);
    tx.commit();
    expect(dataVersion(dataSource)).toBe(before);
  });

  it('bumps only the domains a declared transaction touched, once inside it and once at the commit', () => {
    const { dataSource, transaction } = fakeDataSource();
    const counts = dataVersion(dataSource, ['counts']);
    const links = dataVersion(dataSource, ['links']);
    const tx = transaction();
    declareAnalyticsWrites(tx.manager);
    bumpDataVersion(dataSource, { domains: ['links'], manager: tx.manager });
    expect(dataVersion(dataSource, ['links'])).toBe(links + 1);
    tx.commit();
    expect(dataVersion(dataSource, ['links'])).toBe(links + 2);
    expect(dataVersion(dataSource, ['counts'])).toBe(counts);
  });

  it('forgets a declaration once its transaction has committed', () => {
    const { dataSource, transaction } = fakeDataSource();
    const tx = transaction();
    declareAnalyticsWrites(tx.manager);
    tx.commit();
    const before = dataVersion(dataSource, ['framing']);
    tx.commit(); // the same runner's next, undeclared transaction (SQLite reuses its one runner)
    expect(dataVersion(dataSource, ['framing'])).toBe(before + 1);
  });

  it("changes a reader's version only for the keys it reads, or a bump that names none", () => {
    const { dataSource } = fakeDataSource();
    const readers = () => ({
      three: dataVersion(dataSource, ['counts', 'narratives'], { narratives: [3] }),
      threeOrFive: dataVersion(dataSource, ['narratives'], { narratives: [3, 5] }),
      whole: dataVersion(dataSource, ['narratives']),
    });
    const start = readers();
    bumpDataVersion(dataSource, { domains: ['narratives'], keys: { narratives: [5] } });
    const afterFive = readers();
    expect(afterFive.three).toBe(start.three);
    expect(afterFive.threeOrFive).toBe(start.threeOrFive + 1);
    expect(afterFive.whole).toBe(start.whole + 1);
    bumpDataVersion(dataSource, { domains: ['narratives'] }); // no keys: every narrative
    bumpDataVersion(dataSource, { domains: ['counts'], keys: { narratives: [5] } }); // keys of a domain not bumped
    const afterAll = readers();
    expect(afterAll.three).toBe(afterFive.three + 2);
    expect(afterAll.threeOrFive).toBe(afterFive.threeOrFive + 1);
    expect(afterAll.whole).toBe(afterFive.whole + 1);
  });

  it("bumps at a declared transaction's commit the keys its writers named, or all once one named none", () => {
    const { dataSource, transaction } = fakeDataSource();
    const of = (narrative: number) => dataVersion(dataSource, ['narratives'], { narratives: [narrative] });
    const keyed = transaction();
    declareAnalyticsWrites(keyed.manager);
    bumpDataVersion(dataSource, { domains: ['narratives'], keys: { narratives: [2] }, manager: keyed.manager });
    bumpDataVersion(dataSource, { domains: ['narratives'], keys: { narratives: [4] }, manager: keyed.manager });
    const before = [of(2), of(4), of(6)];
    keyed.commit();
    expect([of(2), of(4), of(6)]).toEqual([before[0] + 1, before[1] + 1, before[2]]);

    const unkeyed = transaction();
    declareAnalyticsWrites(unkeyed.manager);
    bumpDataVersion(dataSource, { domains: ['narratives'], keys: { narratives: [2] }, manager: unkeyed.manager });
    bumpDataVersion(dataSource, { domains: ['narratives'], manager: unkeyed.manager });
    const six = of(6);
    unkeyed.commit();
    expect(of(6)).toBe(six + 1);
  });
});
