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

  /** Each rollup table holds exactly what grouping every claim by its key gives. */
  const expectEveryRollupAsGrouped = async () => {
    for (const table of ROLLUP_TABLES) {
      const columns = insertedColumns(table);
      const stored = await dataSource.query(
        `SELECT ${columns.join(', ')} FROM ${table.name} ORDER BY ${table.key.map((_, i) => i + 1).join(', ')}`,
      );
      const grouped = await dataSource.query(groupClaimsSql(table, '1 = 1'));
      expect({ table: table.name, rows: stored.map(Object.values) }).toEqual({
        table: table.name,
        rows: grouped.map(Object.values),
      });
    }
  };

  it('rebuild equals the raw counts', async () => {
    await rollups.rebuild();
    expect(await rolled()).toEqual(await rawByDayCamp());
    expect(await rolledNarratives()).toEqual(await rawNarratives());
  });

  it('rebuilds every rollup, those summed from a finer one too, as grouping the claims gives it', async () => {
    await rollups.rebuild();
    await expectEveryRollupAsGrouped();
  });

  it("adds new articles' untagged claims to every rollup as grouping the claims gives it", async () => {
    await rollups.rebuild();
    // Two new articles, each a copy of a stored one with its claims and places: what an import batch writes.
    const originals: { id: number }[] = await dataSource.query(
      'SELECT a.id FROM articles a WHERE EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id) ORDER BY a.id LIMIT 2',
    );
    const added: number[] = [];
    await dataSource.transaction(async (manager) => {
      for (const { id } of originals) {
        const articleColumns = (await manager.query('PRAGMA table_info(articles)'))
          .map((column: { name: string }) => column.name)
          .filter((name: string) => name !== 'id');
        const copied = articleColumns.map((name: string) =>
          name === 'content_hash' ? "content_hash || '-copy'" : name,
        );
        await manager.query(
          `INSERT INTO articles (${articleColumns.join(', ')}) SELECT ${copied.join(', ')} FROM articles WHERE id = ?`,
          [id],
        );
        const [{ articleId }] = await manager.query('SELECT MAX(id) AS articleId FROM articles');
        for (const claim of await manager.query('SELECT id FROM claims WHERE article_id = ? ORDER BY id', [id])) {
          const claimColumns = (await manager.query('PRAGMA table_info(claims)'))
            .map((column: { name: string }) => column.name)
            .filter((name: string) => name !== 'id');
          const values = claimColumns.map((name: string) => (name === 'article_id' ? '?' : name));
          await manager.query(
            `INSERT INTO claims (${claimColumns.join(', ')}) SELECT ${values.join(', ')} FROM claims WHERE id = ?`,
            [articleId, claim.id],
          );
          await manager.query(
            `INSERT INTO claim_locations (claim_id, location_id, mention, conflict_id, event_day, camp_id, status)
             SELECT (SELECT MAX(id) FROM claims), location_id, mention, conflict_id, event_day, camp_id, status
             FROM claim_locations WHERE claim_id = ?`,
            [claim.id],
          );
        }
        added.push(articleId);
      }
      await rollups.addArticles(manager, added);
    });
    expect(added).toHaveLength(2);
    await expectEveryRollupAsGrouped();
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
