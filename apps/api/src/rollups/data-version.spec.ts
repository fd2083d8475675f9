import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { bumpDataVersion, dataVersion, declareAnalyticsWrites } from './data-version.js';

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
});
