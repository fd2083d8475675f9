import type { DataSource, EntityManager } from 'typeorm';
import { serializedTransaction } from '../articles/serialized-transaction.js';

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
