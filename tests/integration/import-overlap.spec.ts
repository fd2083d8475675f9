import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { ArticleIngestionService } from '../../apps/api/src/articles/article-ingestion.service';
import { ArticlesRepository } from '../../apps/api/src/articles/articles.repository';
import { ImportsRepository } from '../../apps/api/src/imports/imports.repository';
import { ImportsService } from '../../apps/api/src/imports/imports.service';
import { signIn } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';

const FIXTURES = join(__dirname, '../../fixtures/eval');
const DENIALS = readFileSync(join(FIXTURES, 'ar-1-denials.txt'), 'utf8');
const OFFENSIVE = readFileSync(join(FIXTURES, 'en-1-offensive.txt'), 'utf8');
const WATIYA = readFileSync(join(FIXTURES, 'en-3-watiya.txt'), 'utf8');

/** An import of 102 lines: two batches (100 rows each), the second holding a reprint and a repeat of the first's rows. */
function twoBatches(tag: string, story: string): string {
  const filler = (i: number) => ({
    title: `${tag} filler ${i}`,
    body: `${tag} report ${i}: the ministry said ${i} shells fell on the district of report ${i} overnight.`,
  });
  const lines = [
    { title: `${tag} original`, body: story, outlet: 'Libya Observer' },
    ...Array.from({ length: 99 }, (_, i) => filler(i + 2)),
    { title: `${tag} reprint`, body: `${story}\n\nReprinted from the Libya Observer.`, outlet: 'Al Wasat' },
    filler(2),
  ];
  return lines.map((line) => JSON.stringify({ ...line, publishedAt: '2019-10-12' })).join('\n') + '\n';
}

/**
 * On MariaDB an import's next batch is written while the batch before it commits (BatchOverlap): it reads that
 * batch uncommitted and commits after it. On SQLite batches are written one after the other; the outcome is the same.
 */
describe.each(testDialects())('import batches written while the one before commits, on %s', (dialect) => {
  let testApp: TestApp;
  let analyst: { Authorization: string };

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    analyst = await signIn(testApp, 'analyst');
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    await testApp?.close();
  });

  async function importJsonl(body: string) {
    const started = await request(testApp.server)
      .post('/api/imports')
      .set(analyst)
      .attach('file', Buffer.from(body), 'two-batches.jsonl')
      .expect(202);
    await testApp.app.get(ImportsService).idle();
    return (await request(testApp.server).get(`/api/imports/${started.body.id}`).set(analyst).expect(200)).body;
  }

  const articlesTitled = (prefix: string): Promise<{ title: string; storyId: number; claims: number }[]> =>
    testApp.dataSource
      .query(
        `SELECT a.title AS title, a.story_id AS storyId,
                (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id) AS claims
           FROM articles a WHERE a.title LIKE ? ORDER BY a.id`,
        [`${prefix}%`],
      )
      .then((rows: { title: string; storyId: number | string; claims: number | string }[]) =>
        rows.map((row) => ({ title: row.title, storyId: Number(row.storyId), claims: Number(row.claims) })),
      );

  it("attaches a reprint to the previous batch's article and counts a repeat of one of its rows as a duplicate", async () => {
    const job = await importJsonl(twoBatches('overlap-a', DENIALS));

    expect(job).toMatchObject({ status: 'done', total: 102, done: 101, duplicates: 1, failed: 0 });
    const [original, reprint] = await articlesTitled('overlap-a original').then(async (first) => [
      first[0],
      (await articlesTitled('overlap-a reprint'))[0],
    ]);
    expect(original.claims).toBeGreaterThan(0);
    expect(reprint).toEqual({ title: 'overlap-a reprint', storyId: original.storyId, claims: 0 });
    expect(await articlesTitled('overlap-a filler')).toHaveLength(99);
  });

  it('writes a batch again, alone, when the batch before it did not commit: nothing of that batch is assumed', async () => {
    // The first batch's commit fails (its checkpoint write, in its transaction): its 100 rows are reported failed.
    jest
      .spyOn(testApp.app.get(ImportsRepository), 'saveCheckpoint')
      .mockImplementationOnce(() => Promise.reject(new Error('injected: the first batch does not commit')));
    const ingestion = testApp.app.get(ArticleIngestionService);
    const overlapped = jest.spyOn(ingestion, 'writeOverlappedBatch');
    const alone = jest.spyOn(ingestion, 'writePreparedBatch');

    const job = await importJsonl(twoBatches('overlap-b', OFFENSIVE));

    expect(job).toMatchObject({ status: 'done', total: 102, done: 2, duplicates: 0, failed: 100 });
    expect(job.failures[0]).toEqual({ line: 1, reason: expect.stringContaining('injected') });
    // The second batch stores what the first would have: the reprint as a story of its own, the repeat as new.
    const stored = await articlesTitled('overlap-b');
    expect(stored.map((article) => article.title)).toEqual(['overlap-b reprint', 'overlap-b filler 2']);
    expect(stored[0].claims).toBeGreaterThan(0);
    expect(stored[0].storyId).not.toBe(stored[1].storyId);
    if (dialect === 'mariadb') {
      // Both batches went the overlapped way; the second, rolled back at the first's failure, was written again alone.
      expect(overlapped).toHaveBeenCalledTimes(2);
      expect(alone).toHaveBeenCalledTimes(1);
    } else {
      expect(overlapped).not.toHaveBeenCalled();
      expect(alone).toHaveBeenCalledTimes(2);
    }
  });

  it('keeps the other articles of a batch when one fails as it is written', async () => {
    // One article's row is refused as it is written (after preparation said yes): every attempt fails it.
    const articles = testApp.app.get(ArticlesRepository);
    const insertArticle = articles.insertArticle.bind(articles);
    const attempts = jest
      .spyOn(articles, 'insertArticle')
      .mockImplementation((article, manager) =>
        article.title === 'overlap-c filler 50'
          ? Promise.reject(new Error('injected: this article cannot be written'))
          : insertArticle(article, manager),
      );

    const job = await importJsonl(twoBatches('overlap-c', WATIYA));

    expect(job).toMatchObject({ status: 'done', total: 102, done: 100, duplicates: 1, failed: 1 });
    expect(job.failures).toEqual([{ line: 50, reason: expect.stringContaining('injected') }]);
    expect(await articlesTitled('overlap-c filler')).toHaveLength(98);
    // Rolled back to its own savepoint, once: the batch was not written again.
    expect(attempts.mock.calls.filter(([article]) => article.title === 'overlap-c filler 50')).toHaveLength(1);
  });
});
