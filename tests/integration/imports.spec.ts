import { join } from 'node:path';
import request from 'supertest';
import { ImportsService } from '../../apps/api/src/imports/imports.service';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';
import { signIn } from '../support/auth';
import { ingestionCounts } from '../factories/articles';

const FIXTURES = join(__dirname, '../../fixtures/imports');

describe.each(testDialects())('imports on %s', (dialect) => {
  let testApp: TestApp;
  let analyst: { Authorization: string };

  beforeAll(async () => {
    testApp = await startTestApp(dialect, {
      CLAIMLINE_UPLOAD_LIMIT_BYTES: String(64 * 1024),
      CLAIMLINE_MAX_ARTICLE_BYTES: String(8 * 1024),
    });
    analyst = await signIn(testApp, 'analyst');
  });

  afterAll(async () => {
    await testApp?.close();
  });

  async function importFile(file: string | Buffer, filename?: string) {
    const started = await request(testApp.server)
      .post('/api/imports')
      .set(analyst)
      .attach('file', typeof file === 'string' ? join(FIXTURES, file) : file, filename)
      .expect(202);
    expect(started.body).toEqual({ id: expect.any(String) });
    await testApp.app.get(ImportsService).idle();
    return (await request(testApp.server).get(`/api/imports/${started.body.id}`).set(analyst).expect(200)).body;
  }

  it('imports a JSONL file, reporting bad lines by number and storing the others', async () => {
    const job = await importFile('articles-with-bad-row.jsonl');
    expect(job).toMatchObject({
      filename: 'articles-with-bad-row.jsonl',
      status: 'done',
      total: 5,
      done: 3,
      failed: 2,
      duplicates: 0,
    });
    expect(job.failures).toEqual([
      { line: 3, reason: expect.stringMatching(/publishedAt/) },
      { line: 4, reason: expect.stringMatching(/invalid JSON/) },
    ]);
    const [{ count }] = await testApp.dataSource.query(
      "SELECT COUNT(*) AS count FROM articles WHERE title IN ('تقرير 1', 'Report 2', 'تقرير 4')",
    );
    expect(Number(count)).toBe(3);
    const [{ claims }] = await testApp.dataSource.query(
      "SELECT COUNT(*) AS claims FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.title = 'Report 2'",
    );
    expect(Number(claims)).toBeGreaterThan(0);
  });

  it('adds nothing when the same file is imported again (duplicates, not failures)', async () => {
    const before = await ingestionCounts(testApp);
    const job = await importFile('articles-with-bad-row.jsonl');
    expect(job).toMatchObject({ status: 'done', total: 5, done: 0, duplicates: 3, failed: 2 });
    expect(await ingestionCounts(testApp)).toEqual(before);
  });

  it('counts a repeat of an article of the batch still being written while the next one is prepared as a duplicate', async () => {
    const before = await ingestionCounts(testApp);
    const row = (i: number) =>
      JSON.stringify({
        title: `Batch report ${i}`,
        body: `Batch report ${i}: the ministry said ${i} shells fell on the district of report ${i} overnight.`,
        publishedAt: '2019-05-20',
        language: 'en',
      });
    // 130 lines: the first batch (100 rows) is written while the last 30 are read and prepared; line 120 repeats line 3.
    const lines = Array.from({ length: 130 }, (_, index) => {
      const line = index + 1;
      if (line === 50 || line === 125) return JSON.stringify({ title: 'no date', body: 'No date here.' });
      return row(line === 120 ? 3 : line);
    });
    const job = await importFile(Buffer.from(lines.join('\n') + '\n'), 'two-batches.jsonl');
    expect(job).toMatchObject({ status: 'done', total: 130, done: 127, duplicates: 1, failed: 2 });
    expect(job.failures.map((failure: { line: number }) => failure.line)).toEqual([50, 125]);
    const after = await ingestionCounts(testApp);
    expect(after.articles - before.articles).toBe(127);
    const [{ count }] = await testApp.dataSource.query(
      "SELECT COUNT(*) AS count FROM articles WHERE title = 'Batch report 3'",
    );
    expect(Number(count)).toBe(1);
  });

  it('fails a JSONL line over CLAIMLINE_MAX_ARTICLE_BYTES without holding it, and goes on with the next', async () => {
    const article = (title: string, body: string) =>
      JSON.stringify({ title, body, publishedAt: '2019-10-07', language: 'ar', outlet: 'Caps' });
    const claim = 'قال المتحدث باسم الجيش إن القوات تقدمت في المحور الجنوبي. ';
    const file = [
      article('cap-1', claim + '(1)'),
      article('cap-huge', claim.repeat(400)), // about 40 KB: over the 8 KB cap
      article('cap-3', claim + '(3)'),
      '',
    ].join('\r\n');
    const job = await importFile(Buffer.from(file), 'caps.jsonl');
    expect(job).toMatchObject({ status: 'done', total: 3, done: 2, failed: 1 });
    expect(job.failures).toEqual([{ line: 2, reason: 'article larger than 8192 bytes' }]);
    const [{ count }] = await testApp.dataSource.query(
      "SELECT COUNT(*) AS count FROM articles WHERE title IN ('cap-1', 'cap-3', 'cap-huge')",
    );
    expect(Number(count)).toBe(2);
  });

  it('stops a CSV at a record over CLAIMLINE_MAX_ARTICLE_BYTES, keeping the rows before it', async () => {
    const claim = 'قال المتحدث باسم الجيش إن القوات تقدمت في المحور الجنوبي. ';
    const csv = [
      'title,body,publishedAt,language,outlet',
      `csv-cap-1,"${claim}(csv 1)",2019-10-07,ar,Caps`,
      `csv-cap-huge,"${claim.repeat(400)}",2019-10-07,ar,Caps`,
      '',
    ].join('\n');
    const job = await importFile(Buffer.from(csv), 'caps.csv');
    expect(job).toMatchObject({ status: 'failed', done: 1 });
    expect(job.failures).toEqual([{ line: 0, reason: expect.stringMatching(/larger than 8192 bytes/) }]);
    const [{ count }] = await testApp.dataSource.query(
      "SELECT COUNT(*) AS count FROM articles WHERE title IN ('csv-cap-1', 'csv-cap-huge')",
    );
    expect(Number(count)).toBe(1);
  });

  it('imports CSV with Arabic, quoted commas, quotes and newlines', async () => {
    const job = await importFile('articles-arabic.csv');
    expect(job).toMatchObject({ status: 'done', total: 2, done: 2, failed: 0 });
    const rows = await testApp.dataSource.query(
      "SELECT a.title, a.body, a.url, o.name AS outlet FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.published_at IN ('2019-11-01', '2019-11-02') ORDER BY a.published_at",
    );
    expect(rows[0]).toMatchObject({
      title: 'طرابلس، اشتباكات',
      outlet: 'بوابة أفريقيا الإخبارية',
      url: 'https://example.org/csv-1',
    });
    expect(rows[0].body).toContain('\nوأضاف أن "الميليشيات" تراجعت');
    expect(rows[1]).toMatchObject({ title: 'Second report', outlet: 'Libya Observer, English edition', url: null });
  });

  it('refuses an upload over the limit with 413 and an unsupported file with 400', async () => {
    const big = Buffer.from(`${JSON.stringify({ body: 'x'.repeat(100 * 1024), publishedAt: '2019-01-01' })}\n`);
    const response = await request(testApp.server).post('/api/imports').set(analyst).attach('file', big, 'big.jsonl');
    expect(response.status).toBe(413);
    await request(testApp.server)
      .post('/api/imports')
      .set(analyst)
      .attach('file', Buffer.from('hello'), 'notes.txt')
      .expect(400);
    await request(testApp.server).post('/api/imports').set(analyst).send({}).expect(400);
  });

  it('answers 404 for an unknown job', async () => {
    await request(testApp.server).get('/api/imports/3f1c7a2e-0000-4000-8000-000000000000').set(analyst).expect(404);
  });
});
