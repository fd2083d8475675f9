import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { EntityManager } from 'typeorm';
import { ImportsService } from '../../apps/api/src/imports/imports.service';
import { StoriesService } from '../../apps/api/src/stories/stories.service';
import { signIn } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';

const FIXTURES = join(__dirname, '../../fixtures');
const SEED = readFileSync(join(FIXTURES, 'seed-article-ar.txt'), 'utf8');
const UNRELATED = readFileSync(join(FIXTURES, 'eval/ar-2-truce.txt'), 'utf8');
const WEST_COAST = readFileSync(join(FIXTURES, 'eval/ar-3-west-coast.txt'), 'utf8');
const DENIALS = readFileSync(join(FIXTURES, 'eval/ar-1-denials.txt'), 'utf8');
const SEED_OUTLET = 'بوابة أفريقيا الإخبارية';

/** The seed article with its first occurrences of the given words replaced: a reprint with light edits. */
function reprint(...changes: [string, string][]): string {
  let body = SEED;
  for (const [from, to] of changes) {
    expect(body).toContain(from);
    body = body.replace(from, to);
  }
  return body;
}

describe.each(testDialects())('stories (near-duplicates counted once) on %s', (dialect) => {
  let testApp: TestApp;
  let analyst: { Authorization: string };
  let seedId: number;
  let seedStory: number;

  const totals = async () => {
    const [series, csv] = await Promise.all([
      request(testApp.server).get('/api/analytics/timeseries?bucket=day&groupBy=camp').set(analyst).expect(200),
      request(testApp.server).get('/api/exports/claims.csv').set(analyst).buffer(true).expect(200),
    ]);
    const csvRows =
      String(csv.text ?? csv.body)
        .split(/\r\n/)
        .filter(Boolean).length - 1;
    return { chart: series.body.total as number, csvRows };
  };
  const storyOutletsOfSeedClaims = async () => {
    const { body } = await request(testApp.server)
      .get(`/api/claims?article=${seedId}&limit=5`)
      .set(analyst)
      .expect(200);
    expect(body.items.length).toBeGreaterThan(0);
    return new Set(body.items.map((item: { storyOutlets: number }) => item.storyOutlets));
  };

  /** Imports JSONL lines as a file and waits for the job: its final state. */
  const importLines = async (lines: string[], name: string) => {
    const started = await request(testApp.server)
      .post('/api/imports')
      .set(analyst)
      .attach('file', Buffer.from(lines.join('\n')), name)
      .expect(202);
    await testApp.app.get(ImportsService).idle();
    return (await request(testApp.server).get(`/api/imports/${started.body.id}`).set(analyst).expect(200)).body;
  };

  beforeAll(async () => {
    testApp = await startTestApp(dialect, { CLAIMLINE_SEED: 'true' });
    analyst = await signIn(testApp, 'analyst');
    const [row] = await testApp.dataSource.query('SELECT id, story_id AS storyId FROM articles');
    seedId = Number(row.id);
    seedStory = Number(row.storyId);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('indexes the seed article as a story of its own', async () => {
    const [{ bands }] = await testApp.dataSource.query(
      'SELECT COUNT(*) AS bands FROM article_bands WHERE article_id = ?',
      [seedId],
    );
    expect(Number(bands)).toBe(32);
    const detail = (await request(testApp.server).get(`/api/articles/${seedId}`).set(analyst).expect(200)).body;
    expect(detail).toMatchObject({ storyId: seedStory, attachedTo: null, storyOutlets: 1 });
  });

  it('previews the seed with two words changed as ≥ 90 % the same as the seed article', async () => {
    const { body } = await request(testApp.server)
      .post('/api/articles/preview')
      .set(analyst)
      .send({ body: reprint(['طرابلس', 'بنغازي'], ['الجيش', 'القوات']), publishedAt: '2019-10-08' })
      .expect(200);
    expect(body.nearDuplicate).toMatchObject({
      articleId: seedId,
      outlet: SEED_OUTLET,
      publishedAt: '2019-10-07',
      rule: 'reprint',
    });
    expect(body.nearDuplicate.similarity).toBeGreaterThanOrEqual(0.9);
    expect(body.nearDuplicate.similarity).toBeLessThan(1);
  });

  it('attaches a near-duplicate from another outlet to the story: no new claims, same totals, 2 outlets', async () => {
    const before = await totals();
    expect(before.chart).toBeGreaterThan(0);
    expect(before.csvRows).toBe(before.chart);
    expect(await storyOutletsOfSeedClaims()).toEqual(new Set([1]));

    const { body } = await request(testApp.server)
      .post('/api/articles')
      .set(analyst)
      .send({
        body: reprint(['طرابلس', 'بنغازي'], ['الجيش', 'القوات']),
        publishedAt: '2019-10-08',
        outlet: 'Libya Observer',
        title: 'Reprint',
      })
      .expect(201);
    expect(body).toMatchObject({ storyId: seedStory, attachedTo: seedId, storyOutlets: 2, claimCount: 0, claims: [] });
    // The copy's framing still counts for its own outlet.
    expect(body.framing.length).toBeGreaterThan(0);

    expect(await totals()).toEqual(before);
    expect(await storyOutletsOfSeedClaims()).toEqual(new Set([2]));

    // Framing per outlet: the copy's outlet appears by default, not with copies=exclude.
    const outlets = async (copies: string) =>
      (
        await request(testApp.server).get(`/api/analytics/framing?copies=${copies}`).set(analyst).expect(200)
      ).body.outlets.map((outlet: { outletName: string }) => outlet.outletName);
    expect(await outlets('include')).toEqual(expect.arrayContaining(['Libya Observer', SEED_OUTLET]));
    expect(await outlets('exclude')).not.toContain('Libya Observer');
    await request(testApp.server).get('/api/analytics/framing?copies=maybe').set(analyst).expect(400);
  });

  it('stores a near-duplicate as a story of its own, with its claims, when the analyst says separate', async () => {
    const before = await totals();
    const { body } = await request(testApp.server)
      .post('/api/articles')
      .set(analyst)
      .send({ body: reprint(['قصر بن غشير', 'قصر بن غشير جنوبا']), publishedAt: '2019-10-09', separate: true })
      .expect(201);
    expect(body.attachedTo).toBeNull();
    expect(body.storyId).not.toBe(seedStory);
    expect(body.claimCount).toBeGreaterThan(0);
    expect((await totals()).chart).toBe(before.chart + body.claimCount);
    await request(testApp.server)
      .post('/api/articles')
      .set(analyst)
      .send({ body: UNRELATED.slice(0, 50), publishedAt: '2019-10-09', separate: 'yes' })
      .expect(400);
  });

  it('attaches the reprints of a bulk import to the story', async () => {
    const before = await totals();
    const lines = [
      ['وكالة الأنباء الليبية', reprint(['طرابلس', 'العاصمة'])],
      ['ليبيا الأحرار', reprint(['الجيش', 'الجيش الليبي'], ['قوات', 'وحدات'])],
      ['الوسط', `${SEED}\n\nنقلا عن بوابة أفريقيا الإخبارية.`],
    ].map(([outlet, body], i) => JSON.stringify({ title: `reprint ${i}`, body, outlet, publishedAt: '2019-10-10' }));
    const job = await importLines(lines, 'reprints.jsonl');
    expect(job).toMatchObject({ status: 'done', done: 3, failed: 0 });
    const [{ copies }] = await testApp.dataSource.query(
      "SELECT COUNT(*) AS copies FROM articles WHERE story_id = ? AND title LIKE 'reprint %'",
      [seedStory],
    );
    expect(Number(copies)).toBe(3);
    expect(await totals()).toEqual(before);
    expect(await storyOutletsOfSeedClaims()).toEqual(new Set([5]));
    const [story] = await testApp.dataSource.query('SELECT article_count, outlet_count FROM stories WHERE id = ?', [
      seedStory,
    ]);
    expect([Number(story.article_count), Number(story.outlet_count)]).toEqual([5, 5]);
  });

  it('attaches a reprint to an article stored earlier in the same import batch', async () => {
    const lines = [
      { title: 'west coast', body: WEST_COAST, outlet: 'Libya Observer' },
      { title: 'west coast reprint', body: `${WEST_COAST}\n\nنقلا عن وكالة الأنباء الليبية.`, outlet: 'الوسط' },
    ].map((line) => JSON.stringify({ ...line, publishedAt: '2019-10-11' }));
    const job = await importLines(lines, 'west-coast.jsonl');
    expect(job).toMatchObject({ status: 'done', done: 2, failed: 0 });
    const rows: { title: string; story_id: number; claims: number }[] = await testApp.dataSource.query(
      `SELECT a.title AS title, a.story_id AS story_id, (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id) AS claims
         FROM articles a WHERE a.title LIKE 'west coast%' ORDER BY a.id`,
    );
    expect(rows.map((row) => row.title)).toEqual(['west coast', 'west coast reprint']);
    expect(Number(rows[1].story_id)).toBe(Number(rows[0].story_id));
    expect(Number(rows[0].claims)).toBeGreaterThan(0);
    expect(Number(rows[1].claims)).toBe(0);
  });

  it('puts two reprints in one import batch of an article stored before stories into one new story', async () => {
    const stored = (
      await request(testApp.server)
        .post('/api/articles')
        .set(analyst)
        .send({ title: 'denials', body: DENIALS, publishedAt: '2019-10-12', outlet: 'Libya Observer' })
        .expect(201)
    ).body;
    // As an article written before stories existed: no story, its bands indexed (stories:reindex does both).
    await testApp.dataSource.query('UPDATE articles SET story_id = NULL WHERE id = ?', [stored.id]);
    await testApp.dataSource.query('DELETE FROM stories WHERE first_article_id = ?', [stored.id]);
    // Endings with no word in common: each reprint is closer to the stored article than to the other reprint, so
    // both are compared with the stored one, and the second must find the story the first gave it.
    const lines = [
      ['الوسط', 'المصدر: الوسط.'],
      ['وكالة الأنباء الليبية', 'نقلا عن وكالة الأنباء الليبية'],
    ].map(([outlet, ending], i) =>
      JSON.stringify({
        title: `denials reprint ${i}`,
        body: `${DENIALS}\n\n${ending}`,
        outlet,
        publishedAt: '2019-10-12',
      }),
    );
    const job = await importLines(lines, 'denials.jsonl');
    expect(job).toMatchObject({ status: 'done', done: 2, failed: 0 });
    const stories: { id: number; article_count: number; outlet_count: number }[] = await testApp.dataSource.query(
      'SELECT id, article_count, outlet_count FROM stories WHERE first_article_id = ?',
      [stored.id],
    );
    expect(stories.map((story) => [Number(story.article_count), Number(story.outlet_count)])).toEqual([[3, 3]]);
    const members: { story_id: number }[] = await testApp.dataSource.query(
      "SELECT story_id FROM articles WHERE title LIKE 'denials%' ORDER BY id",
    );
    expect(members.map((row) => Number(row.story_id))).toEqual([1, 2, 3].map(() => Number(stories[0].id)));
  });

  it('stories:reindex indexes an article stored without bands, once', async () => {
    await testApp.dataSource.query('DELETE FROM article_bands WHERE article_id = ?', [seedId]);
    const service = testApp.app.get(StoriesService);
    const transaction = <T>(work: (manager: EntityManager) => Promise<T>) => testApp.dataSource.transaction(work);
    expect(await service.reindex(transaction)).toBe(1);
    expect(await service.reindex(transaction)).toBe(0);
    const [{ bands }] = await testApp.dataSource.query(
      'SELECT COUNT(*) AS bands FROM article_bands WHERE article_id = ?',
      [seedId],
    );
    expect(Number(bands)).toBe(32);
  });

  it('does not match an unrelated article', async () => {
    const preview = await request(testApp.server)
      .post('/api/articles/preview')
      .set(analyst)
      .send({ body: UNRELATED, publishedAt: '2019-10-09' })
      .expect(200);
    expect(preview.body.nearDuplicate).toBeNull();
    const { body } = await request(testApp.server)
      .post('/api/articles')
      .set(analyst)
      .send({ body: UNRELATED, publishedAt: '2019-10-09', outlet: 'Libya Observer' })
      .expect(201);
    expect(body).toMatchObject({ attachedTo: null, storyOutlets: 1 });
    expect(body.claimCount).toBeGreaterThan(0);
  });
});
