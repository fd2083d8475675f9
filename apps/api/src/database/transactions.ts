import type { DataSource, EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel.js';

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
    () => transactionRetryingDeadlocks(dataSource, work),
    () => transactionRetryingDeadlocks(dataSource, work),
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
  return transactionRetryingDeadlocks(dataSource, work);
}

/** Attempts of a transaction that InnoDB chose as a deadlock's victim (it rolled the whole transaction back). */
const DEADLOCK_ATTEMPTS = 4;

/**
 * `dataSource.transaction(work)`, run again when MariaDB ends it as a deadlock victim (ER_LOCK_DEADLOCK):
 * InnoDB has then rolled it back entirely, so running it again is what its documentation asks of the
 * client. Writers lock rollup rows in primary-key order, yet two upserts of neighbouring keys can still
 * deadlock on gap locks (seen with 100 analysts tagging and linking at once: one PATCH in ~100 failed with a 500).
 * `work` must keep its effects inside the transaction (the data-version bumps run on commit only).
 * `isolation`: MariaDB's level for this transaction (its default, REPEATABLE READ, when not given).
 */
export async function transactionRetryingDeadlocks<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  isolation?: IsolationLevel,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await (isolation ? dataSource.transaction(isolation, work) : dataSource.transaction(work));
    } catch (error) {
      if (attempt >= DEADLOCK_ATTEMPTS || !isDeadlock(error)) throw error;
      // A short random pause, growing with each attempt, so the two transactions do not meet again at once.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

/** MariaDB's ER_LOCK_DEADLOCK (1213), as mysql2 reports it under TypeORM's QueryFailedError. */
export function isDeadlock(error: unknown): boolean {
  const driverError = (error as { driverError?: { errno?: number; code?: string } } | null)?.driverError;
  return driverError?.errno === 1213 || driverError?.code === 'ER_LOCK_DEADLOCK';
}
