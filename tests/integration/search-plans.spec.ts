import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import type { ClaimFilters } from '@claimline/contracts';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { generateCorpus } from '../../apps/api/src/generator/generate';
import { ClaimListRepository } from '../../apps/api/src/claims/claim-list.repository';
import type { ClaimRow } from '../../apps/api/src/claims/claim-rows';
import {
  ClaimSearchPlanRepository,
  type ClaimSearchPlan,
} from '../../apps/api/src/claims/claim-search-plan.repository';
import type { ClaimSort } from '../../apps/api/src/claims/claim-cursor';
import type { ClaimFiltersDto } from '../../apps/api/src/claims/dto/claim-filters.dto';
import { queryWords } from '../../apps/api/src/search/search-terms';
import { ClaimSearchTotals } from '../../apps/api/src/claims/claim-search-totals';
import { SearchReferencesRepository } from '../../apps/api/src/search/search-references.repository';
import { createTestDatabase, testDialects, type TestDatabase } from '../support/test-databases';

type Rows = Record<string, unknown>[];
type Filters = ClaimFilters & Pick<ClaimFiltersDto, 'q'>;

/**
 * A search page is read by one of three plans (claim-search-plan.repository.ts): the few candidates
 * joined to claims, or the date-index walk with the match sets read first or probed per claim (on
 * MariaDB possibly bounded in rows examined, then read again with the sets). The
 * choice is about speed only: every plan must give the same rows in the same order, first page and
 * keyset pages after it, whatever the words (common, rare, none, two), names and other filters.
 */
describe.each(testDialects())('search page plans on %s', (dialect) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let claims: ClaimListRepository;
  let references: SearchReferencesRepository;
  let conflict: string;
  const q = (sql: string): Promise<Rows> => dataSource.query(sql);

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    dataSource = createDataSource(database.url);
    await dataSource.initialize();
    await dataSource.runMigrations();
    await generateCorpus(dataSource, { claims: 1200, seed: 11 });
    claims = new ClaimListRepository(dataSource);
    references = new SearchReferencesRepository(dataSource);
    conflict = String((await q('SELECT conflict_id FROM claims ORDER BY id LIMIT 1'))[0].conflict_id);
  }, 120_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  /** Terms of the corpus by how many claims hold them (the most common first). */
  const termsByClaims = async (): Promise<{ term: string; n: number }[]> =>
    (await q('SELECT term, COUNT(*) AS n FROM claim_terms GROUP BY term ORDER BY n DESC, term')).map((row) => ({
      term: String(row.term),
      n: Number(row.n),
    }));

  /** Every page of the list (`limit` rows each, at most `maxPages`) under one plan, as the service pages it. */
  const pages = async (
    filters: Filters,
    sort: ClaimSort,
    plan: ClaimSearchPlan | null | undefined,
    limit = 9,
    maxPages = 6,
  ): Promise<ClaimRow[][]> => {
    const resolved = await references.resolve({ ...filters, conflict });
    const out: ClaimRow[][] = [];
    let cursor = null;
    for (let page = 0; page < maxPages; page++) {
      const rows = await claims.findPage(resolved, sort, cursor, limit, plan);
      out.push(rows.slice(0, limit));
      if (rows.length <= limit) break;
      const last = rows[limit - 1];
      cursor = { sort, key: claims.sortKey(last, sort), id: last.id };
    }
    return out;
  };

  const plansOf = async (filters: Filters): Promise<[string, ClaimSearchPlan | null | undefined][]> => {
    const resolved = await references.resolve({ ...filters, conflict });
    return [
      ['chosen', undefined],
      ['walk, sets read first', { kind: 'walk', probe: false }],
      ['walk, sets read first, sources as a set', { kind: 'walk', probe: false, sourceSet: true }],
      ['walk, probed per claim', { kind: 'walk', probe: true }],
      // MariaDB: a bound small enough that most walks stop short and are read again with the sets.
      ['walk, probed, bounded', { kind: 'walk', probe: true, examineAtMost: 40 }],
      ['walk, probed, bound not reached', { kind: 'walk', probe: true, examineAtMost: 1_000_000 }],
      ['candidates', ClaimSearchPlanRepository.candidatesPlan(resolved)],
    ];
  };

  it('gives the same pages under every plan for common, rare, unmatched, two-word and name searches with filters', async () => {
    const terms = await termsByClaims();
    const common = terms[0];
    const rare = terms.find((t) => t.n <= 3 && t.term.length >= 4)!;
    expect(common.n).toBeGreaterThan(50);
    expect(rare).toBeDefined();
    // Two words of one claim: a phrase that matches, rarely.
    const [phraseClaim] = await q(
      `SELECT claim_id FROM claim_terms WHERE term = '${rare.term.replace(/'/g, "''")}' ORDER BY claim_id LIMIT 1`,
    );
    const phraseTerms = (
      await q(`SELECT term FROM claim_terms WHERE claim_id = ${Number(phraseClaim.claim_id)} ORDER BY term`)
    ).map((row) => String(row.term));
    const twoWords = `${phraseTerms.find((t) => t !== rare.term && t.length >= 3)} ${rare.term}`;
    const [{ camp_id: camp }] = await q('SELECT camp_id FROM claims ORDER BY id LIMIT 1');
    const [place] = await q(
      'SELECT l.name_ar FROM claim_locations cl JOIN locations l ON l.id = cl.location_id GROUP BY l.id, l.name_ar ORDER BY COUNT(*) DESC LIMIT 1',
    );

    const [source] = await q(
      'SELECT s.name_ar FROM claims c JOIN sources s ON s.id = c.source_id GROUP BY s.id, s.name_ar ORDER BY COUNT(*) DESC LIMIT 1',
    );
    const searches = [
      String(source.name_ar),
      common.term,
      rare.term,
      'zzqxvw',
      twoWords,
      `${common.term} ${terms[1].term}`,
      String(place.name_ar),
    ];
    const narrowings: Filters[] = [{}, { camp: [String(camp)] }, { status: ['unreviewed'] }];
    let nonEmpty = 0;
    for (const search of searches) {
      for (const narrowing of narrowings) {
        for (const sort of ['-eventDate', 'createdAt'] as ClaimSort[]) {
          const filters = { ...narrowing, q: search };
          const results: [string, ClaimRow[][]][] = [];
          for (const [name, plan] of await plansOf(filters)) results.push([name, await pages(filters, sort, plan)]);
          const [, expected] = results[0];
          for (const [name, got] of results.slice(1))
            expect({ search, narrowing, sort, plan: name, pages: got }).toEqual({
              search,
              narrowing,
              sort,
              plan: name,
              pages: expected,
            });
          if (expected[0].length) nonEmpty++;
          // The total, counted through the candidates when they are few, counts every row of the walk.
          const resolved = await references.resolve({ ...filters, conflict });
          const everyRow = await claims.findPage(resolved, sort, null, 5000, { kind: 'walk', probe: false });
          expect({ search, narrowing, total: await claims.count(resolved) }).toEqual({
            search,
            narrowing,
            total: everyRow.length,
          });
          // Capped totals of a walked search (decided from its sets' sizes when one alone passes the cap, or
          // counted through them when all are small): past the cap only "more than the cap" is promised.
          for (const cap of [2, 40, everyRow.length - 1, everyRow.length].filter((c) => c >= 0)) {
            const capped = await claims.count(resolved, cap, { kind: 'walk', probe: false });
            expect({ search, narrowing, cap, total: Math.min(capped, cap + 1) }).toEqual({
              search,
              narrowing,
              cap,
              total: Math.min(everyRow.length, cap + 1),
            });
          }
        }
      }
    }
    // The comparison compared something: most searches found claims, and some ran to keyset pages.
    expect(nonEmpty).toBeGreaterThan(20);
  }, 120_000);

  it('reads a rare or unmatched word from its candidates; a query without an indexed word has no plan', async () => {
    const terms = await termsByClaims();
    const plans = new ClaimSearchPlanRepository(dataSource);
    expect((await plans.plan({ q: 'zzqxvw', conflict }))?.kind).toBe('candidates');
    expect((await plans.plan({ q: terms[terms.length - 1].term, conflict }))?.kind).toBe('candidates');
    expect(await plans.plan({ q: 'a', conflict })).toBeNull();
  });

  it('reads the named sources as a set of claim ids in a MariaDB walk when they have few claims', async () => {
    // The source the first test searches by name: its name resolves to it.
    const [source] = await q(
      'SELECT s.id, s.name_ar FROM claims c JOIN sources s ON s.id = c.source_id GROUP BY s.id, s.name_ar ORDER BY COUNT(*) DESC LIMIT 1',
    );
    const resolved = await references.resolve({ q: String(source.name_ar), conflict });
    expect(resolved.qMatch?.sourceIds).toContain(Number(source.id));
    const plans = new ClaimSearchPlanRepository(dataSource);
    const chosen = await plans.sourceSetFor({ conflict }, [Number(source.id)]);
    expect(chosen).toEqual(dialect === 'mariadb' ? { sourceSet: true } : {});
    expect(await plans.sourceSetFor({ conflict }, [])).toEqual({});
  });

  it('counts a place search narrowed to a camp through its candidates once a named set passes the cap', async () => {
    // Within the camp with the most claims, a place whose claims pass a cap its name's words stay within and,
    // with those words' claims, are fewer than the camp's: only the camp's size can send it to the candidates.
    const [camp] = await q('SELECT camp_id, COUNT(*) AS n FROM claims GROUP BY camp_id ORDER BY n DESC LIMIT 1');
    const places = await q(
      `SELECT l.name_ar, COUNT(*) AS n FROM claim_locations cl JOIN locations l ON l.id = cl.location_id
        GROUP BY l.id, l.name_ar ORDER BY n DESC, l.name_ar LIMIT 30`,
    );
    const totals = new ClaimSearchTotals(dataSource);
    let chosen: { name: string; cap: number } | undefined;
    for (const place of places) {
      const text = await totals.countWords(queryWords(String(place.name_ar)), conflict);
      const cap = Math.max(text, 1);
      if (Number(place.n) > cap && text + Number(place.n) <= Number(camp.n)) {
        chosen = { name: String(place.name_ar), cap };
        break;
      }
    }
    expect(chosen).toBeDefined();
    const { name, cap } = chosen!;
    const resolved = await references.resolve({ q: name, camp: [String(camp.camp_id)], conflict });
    expect(resolved.qMatch?.locationIds.length).toBeGreaterThan(0);
    await expect(totals.shortcut(resolved, cap)).resolves.toMatchObject({ kind: 'candidates' });
    const everyRow = await claims.findPage(resolved, '-eventDate', null, 5000, { kind: 'walk', probe: false });
    const total = await claims.count(resolved, cap, { kind: 'walk', probe: false });
    expect(Math.min(total, cap + 1)).toBe(Math.min(everyRow.length, cap + 1));
    // Without the camp, the place's claims alone pass the cap: capped, read from the rollups.
    const unnarrowed = await references.resolve({ q: name, conflict });
    await expect(totals.shortcut(unnarrowed, cap)).resolves.toEqual({ kind: 'capped' });
  });

  it("counts a word's claims in its conflict only once another conflict has claims with it too", async () => {
    const [common] = await termsByClaims();
    const inConflict = async () =>
      Number(
        (
          await dataSource.query(
            `SELECT COUNT(DISTINCT t.claim_id) AS n FROM claim_terms t JOIN claims c ON c.id = t.claim_id
             WHERE t.term = ? AND c.conflict_id = ?`,
            [common.term, conflict],
          )
        )[0].n,
      );
    const total = () => claims.count({ q: common.term, conflict }, 100_000);
    await expect(total()).resolves.toBe(await inConflict());
    // Three of the word's claims move to a second conflict: the count must now leave them out.
    const now = new Date().toISOString().slice(0, 19).replace('T', ' ');
    await dataSource.query(
      `INSERT INTO conflicts (id, name_en, name_ar, period_from, period_to, pack_version, pack, sort_order, created_at, updated_at)
       VALUES ('test-elsewhere', 'Elsewhere', 'مكان آخر', '2020-01-01', NULL, '1', NULL, 9, ?, ?)`,
      [now, now],
    );
    const moved = (
      await dataSource.query('SELECT claim_id FROM claim_terms WHERE term = ? ORDER BY claim_id LIMIT 3', [common.term])
    ).map((row: { claim_id: number | string }) => Number(row.claim_id));
    await dataSource.query(
      `UPDATE claims SET conflict_id = 'test-elsewhere' WHERE id IN (${moved.map(() => '?').join(', ')})`,
      moved,
    );
    try {
      const expected = await inConflict();
      expect(expected).toBe(common.n - 3);
      await expect(total()).resolves.toBe(expected);
    } finally {
      await dataSource.query(`UPDATE claims SET conflict_id = ? WHERE id IN (${moved.map(() => '?').join(', ')})`, [
        conflict,
        ...moved,
      ]);
      await dataSource.query("DELETE FROM conflicts WHERE id = 'test-elsewhere'");
    }
  });
});
