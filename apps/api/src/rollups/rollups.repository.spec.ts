import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../database/data-source.js';
import { generateCorpus } from '../generator/generate.js';
import { RollupsRepository } from './rollups.repository.js';
import { groupClaimsSql, insertedColumns, ROLLUP_TABLES } from './rollup-tables.js';

/** The rollups must equal COUNT(*) over claims, after a rebuild and after incremental writes. */
describe('RollupsRepository', () => {
  let dir: string;
  let dataSource: DataSource;
  let rollups: RollupsRepository;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claimline-rollups-'));
    dataSource = createDataSource(`sqlite:${join(dir, 'db.sqlite')}`);
    await dataSource.initialize();
    await dataSource.runMigrations();
    await generateCorpus(dataSource, { claims: 3000, seed: 11 });
    rollups = new RollupsRepository(dataSource);
  });

  afterAll(async () => {
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const rawByDayCamp = () =>
    dataSource.query(`SELECT event_day, camp_id, COALESCE(source_id, 0) AS source_id, status, date_precision, COUNT(*) AS n
                      FROM claims GROUP BY event_day, camp_id, COALESCE(source_id, 0), status, date_precision ORDER BY 1, 2, 3, 4, 5`);
  // Rows that fell to zero stay in the rollup (readers skip them).
  const rolled = () =>
    dataSource.query(
      'SELECT event_day, camp_id, source_id, status, date_precision, n FROM claim_counts_daily WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5',
    );
  const rawNarratives = () =>
    dataSource.query(`SELECT c.camp_id, cn.narrative_id, COUNT(*) AS n FROM claims c JOIN claim_narratives cn ON cn.claim_id = c.id
                      GROUP BY c.camp_id, cn.narrative_id ORDER BY 1, 2`);
  const rolledNarratives = () =>
    dataSource.query(
      'SELECT camp_id, narrative_id, SUM(n) AS n FROM claim_narrative_counts_daily GROUP BY camp_id, narrative_id HAVING SUM(n) <> 0 ORDER BY 1, 2',
    );

  it('rebuild equals the raw counts', async () => {
    await rollups.rebuild();
    expect(await rolled()).toEqual(await rawByDayCamp());
    expect(await rolledNarratives()).toEqual(await rawNarratives());
  });

  it('rebuilds every rollup, those summed from a finer one too, as grouping the claims gives it', async () => {
    await rollups.rebuild();
    for (const table of ROLLUP_TABLES) {
      const columns = insertedColumns(table);
      const rebuilt = await dataSource.query(
        `SELECT ${columns.join(', ')} FROM ${table.name} ORDER BY ${table.key.map((_, i) => i + 1).join(', ')}`,
      );
      const grouped = await dataSource.query(groupClaimsSql(table, '1 = 1'));
      expect({ table: table.name, rows: rebuilt.map(Object.values) }).toEqual({
        table: table.name,
        rows: grouped.map(Object.values),
      });
    }
  });

  it('stays equal through a status change, a narrative retag and a source move done in transactions', async () => {
    const [row] = await dataSource.query('SELECT id FROM claims WHERE status = ? LIMIT 1', ['unreviewed']);
    await dataSource.transaction(async (manager) => {
      const baseline = await rollups.before(manager, { claimIds: [row.id] });
      await manager.query('UPDATE claims SET status = ?, event_day = ? WHERE id = ?', [
        'contested',
        '2030-01-02',
        row.id,
      ]);
      await rollups.after(manager, baseline);
    });
    const [narrative] = await dataSource.query('SELECT id FROM narratives ORDER BY id LIMIT 1');
    const untagged = await dataSource.query(
      'SELECT c.id FROM claims c WHERE NOT EXISTS (SELECT 1 FROM claim_narratives n WHERE n.claim_id = c.id) ORDER BY c.id LIMIT 3',
    );
    const ids = untagged.map((r: { id: number }) => r.id);
    await dataSource.transaction(async (manager) => {
      const baseline = await rollups.before(manager, { claimIds: ids });
      for (const id of ids)
        await manager.query('INSERT INTO claim_narratives (claim_id, narrative_id) VALUES (?, ?)', [id, narrative.id]);
      await rollups.after(manager, baseline);
    });
    const [a, b] = await dataSource.query(
      'SELECT DISTINCT source_id FROM claims WHERE source_id IS NOT NULL ORDER BY source_id LIMIT 2',
    );
    await dataSource.transaction(async (manager) => {
      const baseline = await rollups.before(manager, { sourceIds: [a.source_id, b.source_id] });
      await manager.query('UPDATE claims SET source_id = ?, camp_id = ? WHERE source_id = ?', [
        b.source_id,
        'GNA',
        a.source_id,
      ]);
      await rollups.after(manager, baseline, { sourceIds: [b.source_id] });
    });
    expect(await rolled()).toEqual(await rawByDayCamp());
    expect(await rolledNarratives()).toEqual(await rawNarratives());
    const [tagged] = await dataSource.query('SELECT SUM(tagged) AS t FROM claim_counts_daily');
    const [rawTagged] = await dataSource.query('SELECT COUNT(DISTINCT claim_id) AS t FROM claim_narratives');
    expect(Number(tagged.t)).toBe(Number(rawTagged.t));
  });
});
