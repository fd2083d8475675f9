import type { DataSource, EntitySubscriberInterface } from 'typeorm';

/**
 * A per-DataSource counter that changes whenever this process may have changed what the dashboard
 * reads: the analytics response cache keeps an entry only while the counter still has the value it
 * had when the entry's request started.
 *
 * Bumped twice per write: by RollupsRepository inside the writing transaction (ClaimWriter, which
 * every claim write goes through, calls it), and after every committed transaction of the DataSource (a TypeORM subscriber).
 * The second bump matters: a request that starts after the first bump but reads before the commit
 * sees the old rows, and without it would cache them under the current version. Bumping on every
 * commit also covers writes that change labels only (narrative or source renames), which never touch
 * the rollups. Writes by other processes (the import CLI) are not seen here: the cache's TTL bounds
 * how long they can be missing (see docs/scaling.md).
 */
const versions = new WeakMap<DataSource, { value: number }>();

function state(dataSource: DataSource): { value: number } {
  let current = versions.get(dataSource);
  if (!current) {
    current = { value: 0 };
    versions.set(dataSource, current);
    const subscriber: EntitySubscriberInterface = {
      afterTransactionCommit: () => {
        current!.value++;
      },
    };
    // Subscribers are read at broadcast time, so one pushed after initialization still hears commits.
    dataSource.subscribers.push(subscriber);
  }
  return current;
}

export function dataVersion(dataSource: DataSource): number {
  return state(dataSource).value;
}

export function bumpDataVersion(dataSource: DataSource): void {
  state(dataSource).value++;
}
