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
 * the rollups. Writes by other processes (a second API instance, a worker, the import CLI) arrive
 * through Redis when REDIS_URL is set (shared-state/data-change-relay.ts); without it the cache's TTL
 * bounds how long they can be missing (see docs/scaling.md).
 */
type VersionState = { value: number; listeners: Set<() => void> };

const versions = new WeakMap<DataSource, VersionState>();

function state(dataSource: DataSource): VersionState {
  let current = versions.get(dataSource);
  if (!current) {
    const created: VersionState = { value: 0, listeners: new Set() };
    current = created;
    versions.set(dataSource, created);
    const subscriber: EntitySubscriberInterface = {
      afterTransactionCommit: () => bump(created, true),
    };
    // Subscribers are read at broadcast time, so one pushed after initialization still hears commits.
    dataSource.subscribers.push(subscriber);
  }
  return current;
}

export function dataVersion(dataSource: DataSource): number {
  return state(dataSource).value;
}

/** A write of this process; `fromPeer` for one another process announced (it is not announced again). */
export function bumpDataVersion(dataSource: DataSource, { fromPeer = false } = {}): void {
  bump(state(dataSource), !fromPeer);
}

/** Called on every bump by this process's own writes: how other processes hear of them (shared-state/). */
export function onLocalDataChange(dataSource: DataSource, listener: () => void): () => void {
  const { listeners } = state(dataSource);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function bump(current: VersionState, local: boolean): void {
  current.value++;
  if (local) for (const listener of current.listeners) listener();
}
