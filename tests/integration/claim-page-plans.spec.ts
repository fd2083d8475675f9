import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { generateCorpus } from '../../apps/api/src/generator/generate';
import { ClaimListRepository } from '../../apps/api/src/claims/claim-list.repository';
import type { ClaimRow } from '../../apps/api/src/claims/claim-rows';
import type { ClaimSort } from '../../apps/api/src/claims/claim-cursor';
import type { ClaimFiltersDto } from '../../apps/api/src/claims/dto/claim-filters.dto';
import { createTestDatabase, testDialects, type TestDatabase } from '../support/test-databases';

/**
 * Claims list pages read by a plan of their own, which must not change what a page holds.
 *
 * A narrative page on MariaDB walks the date index probing each claim's narratives, bounded in rows
 * examined, and a page the walk leaves short is read again the optimizer's way (ClaimListRepository
 * taggedWalk), unless the narrative or place holds few claims: then it is read as a set (fewTaggedClaims).
 * Whichever way a page is read, it holds the same rows in the same order as the plain
 * SQL: first page and every keyset page, common and rare narratives, with and without other filters.
 */
describe.each(testDialects())('claim page plans on %s', (dialect) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let claims: ClaimListRepository;
  let conflict: string;
  const q = (sql: string): Promise<Record<string, unknown>[]> => dataSource.query(sql);

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    dataSource = createDataSource(database.url);
    await dataSource.initialize();
    await dataSource.runMigrations();
    await generateCorpus(dataSource, { claims: 1200, seed: 5 });
    claims = new ClaimListRepository(dataSource);
    conflict = String((await q('SELECT conflict_id FROM claims ORDER BY id LIMIT 1'))[0].conflict_id);
  }, 120_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  /** Every page's ids, as the service pages the list (9 rows a page). */
  const pagedIds = async (filters: ClaimFiltersDto, sort: ClaimSort): Promise<number[]> => {
    const ids: number[] = [];
    let cursor = null;
    for (let page = 0; page < 200; page++) {
      const rows: ClaimRow[] = await claims.findPage({ ...filters, conflict }, sort, cursor, 9);
      ids.push(...rows.slice(0, 9).map((row) => Number(row.id)));
      if (rows.length <= 9) break;
      const last = rows[8];
      cursor = { sort, key: claims.sortKey(last, sort), id: last.id };
    }
    return ids;
  };

  it('pages every narrative and place, alone and with a camp, the same whether the walk finds the page or falls back', async () => {
    // The most and the least tagged narrative and place: a walk that finds its page, and one that comes short.
    const byUse = async (table: string, column: string) =>
      (
        await q(`SELECT ${column} AS id, COUNT(*) AS n FROM ${table} GROUP BY ${column} ORDER BY n DESC, ${column}`)
      ).map((row) => Number(row.id));
    const narratives = await byUse('claim_narratives', 'narrative_id');
    const places = await byUse('claim_locations', 'location_id');
    const [{ camp_id: camp }] = await q('SELECT camp_id FROM claims GROUP BY camp_id ORDER BY COUNT(*) LIMIT 1');
    const cases: { key: 'narrative' | 'location'; id: number; camp?: string }[] = [
      { key: 'narrative', id: narratives[0] },
      { key: 'narrative', id: narratives[narratives.length - 1] },
      { key: 'narrative', id: narratives[0], camp: String(camp) },
      { key: 'location', id: places[0] },
      { key: 'location', id: places[places.length - 1] },
      { key: 'location', id: places[0], camp: String(camp) },
    ];
    const tagTable = { narrative: ['claim_narratives', 'narrative_id'], location: ['claim_locations', 'location_id'] };
    let walkedSome = false;
    for (const { key, id, camp: oneCamp } of cases) {
      const [table, column] = tagTable[key];
      for (const sort of ['-eventDate', 'eventDate', 'createdAt'] as ClaimSort[]) {
        const [sortColumn, direction] = {
          '-eventDate': ['event_date', 'DESC'],
          eventDate: ['event_date', 'ASC'],
          createdAt: ['created_at', 'ASC'],
        }[sort as '-eventDate' | 'eventDate' | 'createdAt'];
        const expected = (
          await q(
            `SELECT c.id FROM claims c WHERE c.conflict_id = '${conflict}'${oneCamp ? ` AND c.camp_id = '${oneCamp}'` : ''}
             AND EXISTS (SELECT 1 FROM ${table} t WHERE t.claim_id = c.id AND t.${column} = ${id})
             ORDER BY c.${sortColumn} ${direction}, c.id ${direction}`,
          )
        ).map((row) => Number(row.id));
        expect(expected.length).toBeGreaterThan(0);
        const filters: ClaimFiltersDto = { [key]: [id], ...(oneCamp ? { camp: [oneCamp] } : {}) };
        // Walked (no tag counts as few) with room and with a bound so low it falls back; then read as a set.
        for (const [bound, few] of [
          [30_000, -1],
          [40, -1],
          [30_000, 1_000_000],
        ]) {
          claims.taggedWalkRows = bound;
          claims.fewTaggedClaims = few;
          const walks = jest.spyOn(dataSource, 'query');
          const ids = await pagedIds(filters, sort);
          const walked = walks.mock.calls.some(([sql]) => String(sql).includes('ROWS EXAMINED'));
          walks.mockRestore();
          // A tag of few claims is never walked; otherwise MariaDB walks (but for one place by event date).
          if (few > 0) expect(walked).toBe(false);
          else walkedSome ||= walked;
          expect({ key, id, oneCamp, sort, bound, few, ids }).toEqual({
            key,
            id,
            oneCamp,
            sort,
            bound,
            few,
            ids: expected,
          });
        }
      }
    }
    expect(walkedSome).toBe(dialect === 'mariadb');
  });

  it('pages a from/to window in every sort as the plain SQL does (the window read as an event_date range)', async () => {
    const [{ first, last }] = await q('SELECT MIN(event_day) AS first, MAX(event_day) AS last FROM claims');
    const from = String(first).slice(0, 8) + '20';
    const to = String(last) > from ? String(last).slice(0, 5) + '01-31' : String(last);
    const sorts: [ClaimSort, string, string][] = [
      ['-eventDate', 'event_date', 'DESC'],
      ['eventDate', 'event_date', 'ASC'],
      ['-createdAt', 'created_at', 'DESC'],
      ['createdAt', 'created_at', 'ASC'],
    ];
    for (const [sort, column, direction] of sorts) {
      const expected = (
        await q(
          `SELECT c.id FROM claims c WHERE c.conflict_id = '${conflict}' AND c.event_day >= '${from}' AND c.event_day <= '${to}'
           ORDER BY c.${column} ${direction}, c.id ${direction}`,
        )
      ).map((row) => Number(row.id));
      expect(expected.length).toBeGreaterThan(9);
      // MariaDB walks the creation index for the sorts by creation: with room, and with a bound so low that every
      // page falls back to the window's date range.
      for (const bound of [20_000, 5]) {
        claims.creationWalkRows = bound;
        expect({ sort, bound, ids: await pagedIds({ from, to }, sort) }).toEqual({ sort, bound, ids: expected });
      }
    }
  });

  it('stops a capped count at cap + 1 where it scans, counts exactly below the cap, and exactly from a rollup', async () => {
    const places = (
      await q('SELECT location_id AS id FROM claim_locations GROUP BY location_id ORDER BY COUNT(*) DESC LIMIT 2')
    ).map((row) => Number(row.id));
    const [{ term }] = await q('SELECT term FROM claim_terms GROUP BY term ORDER BY COUNT(*) DESC LIMIT 1');
    // Two places (a claim may name both: no rollup sum is exact) and a word are counted on the claims side.
    for (const filters of [{ location: places }, { q: String(term) }] as ClaimFiltersDto[]) {
      const exact = await claims.count({ ...filters, conflict });
      expect(exact).toBeGreaterThan(10);
      await expect(claims.count({ ...filters, conflict }, 10)).resolves.toBe(11);
      await expect(claims.count({ ...filters, conflict }, exact)).resolves.toBe(exact);
      await expect(claims.count({ ...filters, conflict }, exact + 5)).resolves.toBe(exact);
    }
    // One place is its monthly rollup's sum: exact whatever the cap.
    const [{ n: onePlace }] = await q(
      `SELECT COUNT(*) AS n FROM claim_locations cl JOIN claims c ON c.id = cl.claim_id
       WHERE cl.location_id = ${places[0]} AND c.conflict_id = '${conflict}'`,
    );
    expect(Number(onePlace)).toBeGreaterThan(10);
    await expect(claims.count({ location: [places[0]], conflict }, 10)).resolves.toBe(Number(onePlace));
  });
});
