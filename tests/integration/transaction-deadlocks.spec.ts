import 'reflect-metadata';
import type { DataSource, EntityManager } from 'typeorm';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { runInTransaction } from '../../apps/api/src/database/transactions';
import { createTestDatabase, testDialects, type TestDatabase } from '../support/test-databases';

/** A promise and the function that resolves it: two transactions wait on each other's first lock. */
function signal(): { reached: Promise<void>; reach: () => void } {
  let reach!: () => void;
  const reached = new Promise<void>((resolve) => (reach = resolve));
  return { reached, reach };
}

/**
 * Two analysts' transactions locking the same two rows in opposite orders: on MariaDB InnoDB ends one
 * of them as a deadlock victim (ER_LOCK_DEADLOCK, the whole transaction rolled back), and
 * runInTransaction runs it again, so both writes land and neither caller sees an error. On SQLite
 * transactions run one at a time, so there is nothing to retry, and both land too.
 */
describe.each(testDialects())('transactions that deadlock on %s', (dialect) => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    dataSource = createDataSource(database.url);
    await dataSource.initialize();
    await dataSource.runMigrations();
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('run the deadlock victim again, so both land', async () => {
    const [first, second] = (await dataSource.query('SELECT id FROM migrations ORDER BY id LIMIT 2')).map(
      (row: { id: number | string }) => Number(row.id),
    );
    const mariadb = dialect === 'mariadb';
    const lock = (manager: EntityManager, id: number) =>
      mariadb
        ? manager.query('SELECT id FROM migrations WHERE id = ? FOR UPDATE', [id])
        : manager.query('UPDATE migrations SET name = name WHERE id = ?', [id]);
    const firstLocked = signal();
    const secondLocked = signal();
    const attempts = { a: 0, b: 0 };
    // Each takes its first row, waits (on its first attempt only) until the other has taken its own, then
    // asks for the other's row: a cycle InnoDB breaks by rolling one back.
    const crossing = (
      name: 'a' | 'b',
      own: number,
      other: number,
      mine: typeof firstLocked,
      theirs: typeof firstLocked,
    ) =>
      runInTransaction(dataSource, async (manager) => {
        attempts[name]++;
        await lock(manager, own);
        if (attempts[name] === 1) {
          mine.reach();
          if (mariadb) await theirs.reached;
        }
        await lock(manager, other);
        return name;
      });
    await expect(
      Promise.all([
        crossing('a', first, second, firstLocked, secondLocked),
        crossing('b', second, first, secondLocked, firstLocked),
      ]),
    ).resolves.toEqual(['a', 'b']);
    // On MariaDB exactly one of them was the victim and ran twice.
    expect(attempts.a + attempts.b).toBe(mariadb ? 3 : 2);
  }, 60_000);
});
