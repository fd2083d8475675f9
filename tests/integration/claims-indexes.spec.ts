import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { undoMigrationsThrough } from '../support/migrations';
import { createTestDatabase, testDialects, type TestDatabase } from '../support/test-databases';

const DROPPED = ['idx_claims_camp_week_source', 'idx_claims_month', 'idx_claims_week'];
const KEPT = ['idx_claims_camp_day', 'idx_claims_day', 'idx_claims_conflict_status_event_date_id'];

/**
 * The claims indexes no statement reads are gone (1768000000000), the status index leads with the conflict
 * (1768100000000), and reverting each migration brings back what it replaced.
 */
describe.each(testDialects())('claims indexes on %s', (dialect) => {
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

  const indexNames = async (): Promise<string[]> => {
    const rows: Record<string, unknown>[] =
      dialect === 'sqlite'
        ? await dataSource.query('PRAGMA index_list(claims)')
        : await dataSource.query('SHOW INDEX FROM claims');
    return [...new Set(rows.map((row) => String(row.name ?? row.Key_name)))].sort();
  };

  const undoThrough = (name: string) => undoMigrationsThrough(dataSource, name);

  it('drops the unread indexes, keeps the read ones, and restores them when reverted', async () => {
    const after = await indexNames();
    expect(after).toEqual(expect.arrayContaining(KEPT));
    expect(after.filter((name) => [...DROPPED, 'idx_claims_status'].includes(name))).toEqual([]);

    await undoThrough('ClaimsStatusIndexByConflict1768100000000');
    const withStatusFirst = await indexNames();
    expect(withStatusFirst).toContain('idx_claims_status');
    expect(withStatusFirst).not.toContain('idx_claims_conflict_status_event_date_id');

    await dataSource.undoLastMigration();
    expect((await indexNames()).filter((name) => DROPPED.includes(name))).toEqual(DROPPED);

    await dataSource.runMigrations();
    expect(await indexNames()).toEqual(after);
  });
});
