import type { EntityManager } from 'typeorm';

/**
 * Whether one multi-row INSERT's generated ids are consecutive, so they follow from the driver's insert id and
 * the row count instead of a SELECT per statement. SQLite: always (one writer; each row takes the largest rowid
 * plus one). MariaDB/MySQL: only with innodb_autoinc_lock_mode 0 or 1 (an INSERT … VALUES of known row count
 * takes its ids in one allocation; mode 2 interleaves concurrent inserts) and auto_increment_increment 1 (Galera
 * sets it to the number of nodes). Read once per connection pool, per process.
 */
const answers = new WeakMap<object, Promise<boolean>>();

export function insertIdsAreConsecutive(manager: EntityManager): Promise<boolean> {
  const driver = manager.connection.driver;
  if (driver.options.type === 'better-sqlite3') return Promise.resolve(true);
  let answer = answers.get(driver);
  if (!answer) {
    answer = manager.connection
      .query<{ mode: number | string; step: number | string }[]>(
        'SELECT @@innodb_autoinc_lock_mode AS mode, @@auto_increment_increment AS step',
      )
      .then(([row]) => Number(row.mode) <= 1 && Number(row.step) === 1)
      .catch(() => false);
    answers.set(driver, answer);
  }
  return answer;
}

/**
 * The ids of the rows each INSERT generated, in insertion order, from its raw result: mysql2's header gives the
 * first id (insertId), better-sqlite3 the last (lastInsertRowid). Null when a result says neither.
 */
export function consecutiveIds(
  dialect: 'sqlite' | 'mysql',
  statements: readonly { raw: unknown; rows: number }[],
): number[] | null {
  const ids: number[] = [];
  for (const { raw, rows } of statements) {
    if (dialect === 'sqlite') {
      if (typeof raw !== 'number' && typeof raw !== 'bigint') return null;
      const last = Number(raw);
      for (let id = last - rows + 1; id <= last; id++) ids.push(id);
    } else {
      const header = raw as { insertId?: number; affectedRows?: number } | null;
      if (!header || typeof header.insertId !== 'number' || header.affectedRows !== rows) return null;
      for (let id = header.insertId; id < header.insertId + rows; id++) ids.push(id);
    }
  }
  return ids;
}
