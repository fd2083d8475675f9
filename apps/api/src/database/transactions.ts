import type { DataSource, EntityManager } from 'typeorm';

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `work` in a transaction, one at a time per data source. TypeORM's better-sqlite3 driver has a
 * single query runner: two overlapping `dataSource.transaction()` calls would nest as savepoints
 * and commit or roll back each other's rows. Serializing also makes "find or create" steps
 * (outlets, source proposals) race-free inside this process; on MariaDB the unique indexes
 * still guard against other processes (the import CLI).
 */
export function serializedTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const run = previous.then(
    () => dataSource.transaction(work),
    () => dataSource.transaction(work),
  );
  queues.set(
    dataSource,
    run.then(
      () => undefined,
      () => undefined,
    ),
  );
  return run;
}

/**
 * Runs `work` in a transaction. On SQLite TypeORM has a single connection, so a transaction started
 * while another is open would become a savepoint inside it: there, every feature's transactions go
 * through the one shared queue. On MariaDB they run concurrently and row locks plus the conditional
 * `UPDATE … WHERE version = ?` decide, which also holds against other processes.
 */
export function runInTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (dataSource.options.type === 'better-sqlite3') return serializedTransaction(dataSource, work);
  return dataSource.transaction(work);
}
