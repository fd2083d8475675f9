import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { OutletsRepository } from '../../apps/api/src/outlets/outlets.repository';
import { heldTransactions } from '../support/held-transactions';
import { createTestDatabase, testDialects, type TestDatabase } from '../support/test-databases';

/**
 * Two transactions meeting the same new outlet at once: an import batch (which reads uncommitted on MariaDB) and a
 * single article (which reads its snapshot). Neither sees the other's row in time to skip its insert; the outlet's
 * unique name decides, and the second must take the first's row rather than fail.
 */
describe.each(testDialects())('outlets created by two transactions at once on %s', (dialect) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let outlets: OutletsRepository;
  const held = heldTransactions(() => dataSource);
  const transaction = held.begin;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    dataSource = createDataSource(database.url);
    await dataSource.initialize();
    await dataSource.runMigrations();
    outlets = new OutletsRepository(dataSource);
  }, 60_000);

  afterEach(() => held.releaseAll());

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('gives the second inserter the first one’s outlet once it commits', async () => {
    if (dialect === 'sqlite') {
      // One transaction at a time: the second finds the first's row and never inserts.
      const id = await outlets.insertOrFind('Race outlet', null);
      expect((await outlets.findByName('Race outlet'))?.id).toBe(id);
      return;
    }
    const first = await transaction();
    const second = await transaction();
    const id = await outlets.insertOrFind('Race outlet', null, first.manager);
    const secondId = outlets.insertOrFind('Race outlet', null, second.manager);
    await held.waitsForALock(second);
    await first.commitTransaction();
    expect(await secondId).toBe(id);
    await second.commitTransaction();
    const [{ n }] = await dataSource.query("SELECT COUNT(*) AS n FROM outlets WHERE name = 'Race outlet'");
    expect(Number(n)).toBe(1);
  });

  it('finds an outlet another transaction is inserting only once it commits, and not when it rolls back', async () => {
    if (dialect === 'sqlite') {
      expect(await outlets.findByName('Never stored')).toBeNull();
      return;
    }
    // The readers read uncommitted, as an overlapped import batch does: a plain read would see the rows at once.
    const inserting = await transaction();
    const reading = await transaction('READ UNCOMMITTED');
    const id = await outlets.insertOrFind('Committed outlet', null, inserting.manager);
    const found = outlets.findByName('Committed outlet', reading.manager);
    await held.waitsForALock(reading);
    await inserting.commitTransaction();
    expect((await found)?.id).toBe(id);

    const rolledBack = await transaction();
    const another = await transaction('READ UNCOMMITTED');
    await outlets.insertOrFind('Rolled back outlet', null, rolledBack.manager);
    const notFound = outlets.findByName('Rolled back outlet', another.manager);
    await held.waitsForALock(another);
    await rolledBack.rollbackTransaction();
    expect(await notFound).toBeNull();
  });
});
