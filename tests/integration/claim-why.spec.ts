import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';
import { signIn } from '../support/auth';
import { arabicArticleBody, articleInput } from '../factories/articles';
import { claimInput } from '../factories/claims';

const SEED = readFileSync(join(__dirname, '../../fixtures/seed-article-ar.txt'), 'utf8');

type Reason = { rule: string; text: string };
type Why = { cue: Reason; source: Reason; camp: Reason };

const reason = (prefix: string) => ({
  rule: expect.stringMatching(new RegExp(`^${prefix}\\.`)),
  text: expect.any(String),
});
const WHY = { cue: reason('cue'), source: reason('source'), camp: reason('camp') };

describe.each(testDialects())('why each claim was attributed, on %s', (dialect) => {
  let testApp: TestApp;
  let analyst: { Authorization: string };
  let viewer: { Authorization: string };

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    analyst = await signIn(testApp, 'analyst');
    viewer = await signIn(testApp, 'viewer');
  });

  afterAll(async () => {
    await testApp?.close();
  });

  const getClaim = (id: number) => request(testApp.server).get(`/api/claims/${id}`).set(viewer).expect(200);

  it('previews the seed article with a cue, source and camp reason on every claim', async () => {
    const response = await request(testApp.server)
      .post('/api/articles/preview')
      .set(analyst)
      .send({ body: SEED, publishedAt: '2019-10-07' })
      .expect(200);
    expect(response.body.claims.length).toBeGreaterThan(10);
    for (const claim of response.body.claims as { why: Why }[]) {
      expect(claim.why).toEqual(WHY);
      expect(claim.why.cue.text.length).toBeGreaterThan(0);
    }
  });

  it("keeps the extractor's why on stored claims and returns it from GET /api/claims/:id", async () => {
    const body = arabicArticleBody();
    const preview = await request(testApp.server)
      .post('/api/articles/preview')
      .set(analyst)
      .send({ body, publishedAt: '2019-10-07' })
      .expect(200);
    const created = await request(testApp.server).post('/api/articles').set(analyst).send(articleInput({ body }));
    expect(created.status).toBe(201);
    expect(created.body.claims.length).toBe(preview.body.claims.length);
    for (const [index, stored] of (created.body.claims as { id: number }[]).entries()) {
      const detail = await getClaim(stored.id);
      expect(detail.body.origin).toBe('extracted');
      expect(detail.body.why).toEqual(preview.body.claims[index].why);
    }
  });

  it('keeps the why of a previewed claim sent back unchanged, and none for an edited one', async () => {
    const body = arabicArticleBody();
    const preview = await request(testApp.server)
      .post('/api/articles/preview')
      .set(analyst)
      .send({ body, publishedAt: '2019-10-07' })
      .expect(200);
    const [first, second] = preview.body.claims as { text: string; start: number; end: number; camp: string }[];
    const claims = [
      { text: first.text, start: first.start, end: first.end, camp: first.camp },
      { text: second.text, start: second.start, end: second.end, camp: 'UNKNOWN', manual: true },
    ];
    const created = await request(testApp.server)
      .post('/api/articles')
      .set(analyst)
      .send(articleInput({ body, claims }))
      .expect(201);
    const [kept, edited] = created.body.claims as { id: number }[];
    expect((await getClaim(kept.id)).body.why).toEqual(preview.body.claims[0].why);
    const manual = await getClaim(edited.id);
    expect(manual.body).toMatchObject({ origin: 'manual', why: null });
  });

  it('returns null for a claim an analyst marked (POST /api/claims)', async () => {
    const body = arabicArticleBody();
    const article = await request(testApp.server)
      .post('/api/articles')
      .set(analyst)
      .send(articleInput({ body, claims: [claimInput(body, 'قوات الجيش سيطرت على مواقع جديدة', { manual: true })] }))
      .expect(201);
    const created = await request(testApp.server)
      .post('/api/claims')
      .set(analyst)
      .send({ articleId: article.body.id, start: 0, end: 20, camp: 'LNA' })
      .expect(201);
    expect(created.body).toMatchObject({ origin: 'manual', why: null });
    expect((await getClaim(created.body.id)).body.why).toBeNull();
  });
});
