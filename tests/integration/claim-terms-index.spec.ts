import { ClaimTermsRepository } from '../../apps/api/src/search/claim-terms.repository';
import { termsOf } from '../../apps/api/src/search/search-terms';
import { undoMigrationsThrough } from '../support/migrations';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';

type Row = Record<string, unknown>;

/**
 * The import's search-term insert (ClaimTermsRepository.indexNew) turns MariaDB's foreign-key checks off for its
 * own statements: the connection must go back to the pool with them on, also when an insert fails.
 */
describe.each(testDialects())('claim_terms of new claims on %s', (dialect) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(dialect, { CLAIMLINE_SEED: 'true' });
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('writes every term of the claims and leaves foreign-key checks on, after a failed insert too', async () => {
    const runner = testApp.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    const foreignKeyChecks = async (): Promise<number> => {
      const [row] = (await runner.query(
        dialect === 'sqlite' ? 'PRAGMA foreign_keys' : 'SELECT @@foreign_key_checks AS foreign_keys',
      )) as Row[];
      return Number(row.foreign_keys);
    };
    try {
      const [claim] = (await runner.query(
        'SELECT id, text_normalized AS textNormalized FROM claims ORDER BY id LIMIT 1',
      )) as Row[];
      const indexable = [{ id: Number(claim.id), textNormalized: String(claim.textNormalized) }];
      await runner.query('DELETE FROM claim_terms WHERE claim_id = ?', [indexable[0].id]);
      const terms = testApp.app.get(ClaimTermsRepository, { strict: false });

      await terms.indexNew(runner.manager, indexable);
      const stored = (await runner.query('SELECT term FROM claim_terms WHERE claim_id = ? ORDER BY term', [
        indexable[0].id,
      ])) as Row[];
      const expected = [...termsOf(indexable[0].textNormalized)].sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(stored.map((row) => String(row.term)).sort()).toEqual(expected);
      expect(await foreignKeyChecks()).toBe(1);

      // The same rows again: the primary key refuses them, and the checks are back on all the same.
      await expect(terms.indexNew(runner.manager, indexable)).rejects.toThrow();
      expect(await foreignKeyChecks()).toBe(1);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('holds a word with the article by its stem alone after the migration, and every form again when reverted', async () => {
    const stored = async (): Promise<string[]> =>
      (await testApp.dataSource.query<Row[]>('SELECT claim_id AS id, term FROM claim_terms'))
        .map((row) => `${Number(row.id)}|${String(row.term)}`)
        .sort();
    const expected = async (): Promise<string[]> =>
      (await testApp.dataSource.query<Row[]>('SELECT id, text_normalized AS t FROM claims'))
        .flatMap((claim) => termsOf(String(claim.t)).map((term) => `${Number(claim.id)}|${term}`))
        .sort();
    // A claim's term with the article whose stem is a term of the same claim too: «5|الجيش» beside «5|جيش».
    const withArticle = (pairs: string[]) => {
      const all = new Set(pairs);
      return pairs.filter((pair) => {
        const [id, term] = pair.split('|');
        return term.startsWith('ال') && all.has(`${id}|${term.slice(2)}`);
      });
    };

    const current = await stored();
    expect(current).toEqual(await expected());
    expect(withArticle(current)).toEqual([]);

    await undoMigrationsThrough(testApp.dataSource, 'ClaimTermsArticleStems1768500000000');
    const before = await stored();
    // The seed article's «المتحدث», «الجيش»… were indexed with their article as well as without it.
    expect(withArticle(before).length).toBeGreaterThan(20);
    expect(before.length).toBeGreaterThan(current.length);

    await testApp.dataSource.runMigrations();
    expect(await stored()).toEqual(current);
  });
});
