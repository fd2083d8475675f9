import 'reflect-metadata';
import type { DataSource, EntityManager } from 'typeorm';
import type * as ClaimWriterModule from '../../apps/api/src/claim-writes/claim-writer';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { generateCorpus } from '../../apps/api/src/generator/generate';
import { BULK_LOADED_TABLES } from '../../apps/api/src/generator/index-suspension';
import { termsOf } from '../../apps/api/src/search/search-terms';
import { createTestDatabase, testDialects, type TestDatabase } from '../support/test-databases';

type Rows = Record<string, unknown>[];

/**
 * What the set-based rebuild would change, counted as it starts: the generator writes every derived
 * column with the rows, so its UPDATE of claims finds nothing to do and it skips the claim_locations
 * copies' (an UPDATE of every place row at 1 M), which the last test checks are right without it.
 */
const mockStaleAtRebuild: number[] = [];
jest.mock('../../apps/api/src/claim-writes/claim-writer', () => {
  const actual = jest.requireActual<typeof ClaimWriterModule>('../../apps/api/src/claim-writes/claim-writer');
  return {
    ...actual,
    rebuildDerivedClaimData: async (
      dataSource: DataSource,
      manager: EntityManager,
      options?: { copiesWritten?: boolean },
    ) => {
      const differs = (a: string, b: string) =>
        manager.connection.options.type === 'better-sqlite3' ? `${a} IS NOT ${b}` : `NOT (${a} <=> ${b})`;
      const [places] = await manager.query<{ n: number | string }[]>(
        `SELECT COUNT(*) AS n FROM claim_locations cl JOIN claims c ON c.id = cl.claim_id
         WHERE ${['conflict_id', 'event_day', 'camp_id', 'status'].map((column) => differs(`cl.${column}`, `c.${column}`)).join(' OR ')}`,
      );
      const [analyst] = await manager.query<{ n: number | string }[]>(
        "SELECT COUNT(*) AS n FROM claims WHERE status NOT IN ('corroborated', 'contested') AND analyst_status <> status",
      );
      mockStaleAtRebuild.push(Number(places.n) + Number(analyst.n));
      return actual.rebuildDerivedClaimData(dataSource, manager, options);
    },
  };
});

/**
 * The generator's fast path (issue 18) — secondary indexes dropped for the load and rebuilt after it,
 * claim_terms written at the end in key order, derived copies written with the rows — must leave
 * exactly what the migrations and the claim writers would: the same table definitions, the search
 * index of every claim, and derived columns the rebuild has nothing to change in.
 */
describe.each(testDialects())('generator on %s', (dialect) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const q = (sql: string): Promise<Rows> => dataSource.query(sql);

  /** Each bulk-loaded table's definition with its indexes, as the database reports them. */
  const definitions = async (): Promise<string[]> => {
    if (dialect === 'sqlite') {
      const rows = await q(
        `SELECT type, name, tbl_name, sql FROM sqlite_master
         WHERE tbl_name IN (${BULK_LOADED_TABLES.map((t) => `'${t}'`).join(', ')}) ORDER BY tbl_name, type, name`,
      );
      return rows.map((row) => `${String(row.tbl_name)} ${String(row.name)}: ${String(row.sql)}`);
    }
    const out: string[] = [];
    for (const table of BULK_LOADED_TABLES) {
      const [row] = await q(`SHOW CREATE TABLE \`${table}\``);
      out.push(String(row['Create Table']).replace(/ AUTO_INCREMENT=\d+/, ''));
    }
    return out;
  };

  beforeAll(async () => {
    mockStaleAtRebuild.length = 0;
    database = await createTestDatabase(dialect);
    dataSource = createDataSource(database.url);
    await dataSource.initialize();
    await dataSource.runMigrations();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('leaves every table defined as the migrations made it, into an empty and then a filled database', async () => {
    const migrated = await definitions();
    const first = await generateCorpus(dataSource, { claims: 1500, seed: 7 });
    expect(first.claims).toBe(1500);
    expect(await definitions()).toEqual(migrated);
    // A second run finds rows in place: it writes with the indexes on.
    await generateCorpus(dataSource, { claims: 500, seed: 8 });
    expect(await definitions()).toEqual(migrated);
    expect(Number((await q('SELECT COUNT(*) AS n FROM claims'))[0].n)).toBe(2000);
  });

  it('indexes every claim under exactly its search terms', async () => {
    const expected = new Set<string>();
    for (const claim of await q('SELECT id, text_normalized FROM claims')) {
      for (const term of termsOf(String(claim.text_normalized))) expected.add(`${term}|${Number(claim.id)}`);
    }
    const actual = (await q('SELECT term, claim_id FROM claim_terms')).map(
      (row) => `${String(row.term)}|${Number(row.claim_id)}`,
    );
    expect(actual.length).toBe(expected.size);
    expect(new Set(actual)).toEqual(expected);
  });

  it('writes the derived columns as the rebuild computes them', async () => {
    // Both runs above: nothing stale when the rebuild started.
    expect(mockStaleAtRebuild).toEqual([0, 0]);
    const mismatchedPlaces = await q(
      `SELECT COUNT(*) AS n FROM claim_locations cl JOIN claims c ON c.id = cl.claim_id
       WHERE cl.event_day IS NULL OR cl.camp_id IS NULL OR cl.conflict_id IS NULL OR cl.status IS NULL
          OR cl.event_day <> c.event_day OR cl.camp_id <> c.camp_id OR cl.conflict_id <> c.conflict_id
          OR cl.status <> c.status`,
    );
    expect(Number(mismatchedPlaces[0].n)).toBe(0);
    const analyst = await q(
      `SELECT COUNT(*) AS n FROM claims
       WHERE analyst_status <> CASE WHEN status IN ('corroborated', 'contested') THEN 'unreviewed' ELSE status END`,
    );
    expect(Number(analyst[0].n)).toBe(0);
    expect(Number((await q("SELECT COUNT(*) AS n FROM claims WHERE status = 'contested'"))[0].n)).toBeGreaterThan(0);
    const abroad = await q(
      'SELECT COUNT(*) AS n FROM claim_locations cl JOIN locations l ON l.id = cl.location_id WHERE l.abroad = 1',
    );
    expect(Number(abroad[0].n)).toBe(0);
  });
});
