import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import request from 'supertest';
import { ExtractionQualityRepository } from '../../apps/api/src/extraction-quality/extraction-quality.repository';
import { exportGold } from '../../apps/api/src/extraction-quality/gold-export';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';
import { signIn } from '../support/auth';
import { articleInput } from '../factories/articles';

const SEED = readFileSync(join(__dirname, '../../fixtures/seed-article-ar.txt'), 'utf8');

type Ratio = { agreed: number; total: number; value: number | null };
type Quality = {
  period: { from: string; to: string };
  reviewed: number;
  misses: number;
  precision: Ratio;
  sourceAccuracy: Ratio;
  campAccuracy: Ratio;
  placeAccuracy: Ratio;
  byCamp: { camp: string; reviewed: number }[];
  byRule: { kind: string; rule: string; reviewed: number; campAccuracy: Ratio }[];
};

describe.each(testDialects())("the extractor measured by analysts' reviews, on %s", (dialect) => {
  let testApp: TestApp;
  let admin: { Authorization: string };
  let analyst: { Authorization: string };
  let articleId: number;
  let claimIds: number[];
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    admin = await signIn(testApp, 'admin');
    analyst = await signIn(testApp, 'analyst');
    const created = await request(testApp.server)
      .post('/api/articles')
      .set(analyst)
      .send(articleInput({ body: SEED, publishedAt: '2019-10-07' }))
      .expect(201);
    articleId = created.body.id;
    claimIds = (created.body.claims as { id: number }[]).map((claim) => claim.id);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  const quality = async (query = `from=${today}&to=${today}`): Promise<Quality> =>
    (await request(testApp.server).get(`/api/extraction/quality?${query}`).set(admin).expect(200)).body;
  const claim = async (id: number) =>
    (await request(testApp.server).get(`/api/claims/${id}`).set(analyst).expect(200)).body;
  const review = async (id: number, change: object) => {
    const { version } = await claim(id);
    await request(testApp.server)
      .patch(`/api/claims/${id}`)
      .set(analyst)
      .send({ version, ...change })
      .expect(200);
  };

  it('is for admins only', async () => {
    await request(testApp.server).get('/api/extraction/quality').set(analyst).expect(403);
  });

  it('counts nothing before a review, and refuses a reversed period', async () => {
    expect(claimIds.length).toBeGreaterThan(5);
    const figures = await quality();
    expect(figures).toMatchObject({ period: { from: today, to: today }, reviewed: 0, misses: 0 });
    expect(figures.precision).toEqual({ agreed: 0, total: 0, value: null });
    await request(testApp.server).get('/api/extraction/quality?from=2020-01-02&to=2020-01-01').set(admin).expect(400);
  });

  it('confirmed claims agree with the extractor everywhere', async () => {
    for (const id of claimIds.slice(0, 3)) await review(id, { status: 'confirmed' });
    const figures = await quality();
    expect(figures.reviewed).toBe(3);
    expect(figures.precision).toEqual({ agreed: 3, total: 3, value: 1 });
    expect(figures.campAccuracy).toEqual({ agreed: 3, total: 3, value: 1 });
    expect(figures.sourceAccuracy.value).toBe(1);
    expect(figures.placeAccuracy.value).toBe(1);
    expect(figures.byCamp.reduce((sum, camp) => sum + camp.reviewed, 0)).toBe(3);
    for (const kind of ['cue', 'source', 'camp']) {
      const rules = figures.byRule.filter((rule) => rule.kind === kind);
      expect(rules.reduce((sum, rule) => sum + rule.reviewed, 0)).toBe(3);
      for (const rule of rules) expect(rule.rule.startsWith(`${kind}.`)).toBe(true);
    }
    // Another period sees none of it.
    expect((await quality('from=2019-01-01&to=2019-12-31')).reviewed).toBe(0);
  });

  it("correcting a claim's camp lowers camp (and source) accuracy", async () => {
    const first = await claim(claimIds[0]);
    const camp = first.camp === 'UN' ? 'LNA' : 'UN';
    const source = await request(testApp.server)
      .post('/api/sources')
      .set(analyst)
      .send({ nameEn: 'Quality test source', nameAr: 'مصدر اختبار الجودة', camp, kind: 'other', aliases: [] })
      .expect(201);
    await review(claimIds[0], { sourceId: source.body.id });
    const figures = await quality();
    expect(figures.reviewed).toBe(3);
    expect(figures.campAccuracy).toEqual({ agreed: 2, total: 3, value: 0.667 });
    expect(figures.sourceAccuracy).toMatchObject({ agreed: 2, total: 3 });
    expect(figures.precision.value).toBe(1);
  });

  it('rejecting a claim lowers precision', async () => {
    await review(claimIds[1], { status: 'rejected' });
    const figures = await quality();
    expect(figures.reviewed).toBe(3);
    expect(figures.precision).toEqual({ agreed: 2, total: 3, value: 0.667 });
    // Accuracy is over the claims kept: the corrected one and a confirmed one.
    expect(figures.campAccuracy).toEqual({ agreed: 1, total: 2, value: 0.5 });
  });

  it('a claim added by hand counts as a miss', async () => {
    await request(testApp.server)
      .post('/api/claims')
      .set(analyst)
      .send({ articleId, start: 0, end: 20, camp: 'LNA' })
      .expect(201);
    const figures = await quality();
    expect(figures.misses).toBe(1);
    // A manual claim is not a reviewed extracted claim.
    expect(figures.reviewed).toBe(3);
  });

  it('gold:export writes the reviewed article and a gold.json in the development set format', async () => {
    for (const id of claimIds.slice(3)) await review(id, { status: 'confirmed' });
    const out = mkdtempSync(join(tmpdir(), 'claimline-gold-'));
    try {
      const gold = await exportGold(new ExtractionQualityRepository(testApp.dataSource), { articleId }, out);
      const written = JSON.parse(readFileSync(join(out, 'gold.json'), 'utf8'));
      expect(written).toEqual(gold);
      expect(written).toEqual({ note: expect.any(String), articles: [expect.any(Object)] });
      const [article] = written.articles;
      expect(article).toMatchObject({
        file: `article-${articleId}-ar.txt`,
        language: 'ar',
        published: '2019-10-07',
        published_estimated: false,
        optional: [],
      });
      expect(readFileSync(join(out, article.file), 'utf8')).toBe(SEED);
      // Every claim kept (the rejected one is not; the manual one is), each with an anchor of 3–7 words found once.
      expect(article.claims.length).toBeGreaterThan(claimIds.length - 4);
      expect(article.claims.length).toBeLessThanOrEqual(claimIds.length);
      expect(article.claims.map((c: { id: string }) => c.id)).not.toContain(`C${claimIds[1]}`);
      const text = SEED.replace(/\s+/g, ' ');
      for (const gc of article.claims) {
        expect(Object.keys(gc).sort()).toEqual(['anchor', 'camp', 'cue', 'id', 'locations', 'source_keys']);
        const words = gc.anchor.split(' ').length;
        expect(words).toBeGreaterThanOrEqual(3);
        expect(words).toBeLessThanOrEqual(7);
        expect(text.split(gc.anchor).length).toBe(2);
        expect(['LNA', 'GNA', 'UN', 'INTERNATIONAL', 'UNKNOWN']).toContain(gc.camp);
        expect(Array.isArray(gc.source_keys)).toBe(true);
        // An extracted claim names its source as written; the analyst's, made without one, names none.
        if (claimIds.includes(Number(gc.id.slice(1)))) expect(gc.source_keys.length).toBeGreaterThan(0);
        expect(Array.isArray(gc.locations)).toBe(true);
      }
      // An article with an extracted claim still unreviewed is not exported.
      const pending = await request(testApp.server).post('/api/articles').set(analyst).send(articleInput()).expect(201);
      const other = await exportGold(
        new ExtractionQualityRepository(testApp.dataSource),
        { articleId: pending.body.id },
        out,
      );
      expect(other.articles).toEqual([]);
      expect(existsSync(join(out, 'gold.json'))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('the quality page downloads the same gold set as a zip (admins only)', async () => {
    const published = { from: '2019-10-07', to: '2019-10-07' };
    const response = await request(testApp.server)
      .get(`/api/extraction/gold.zip?from=${published.from}&to=${published.to}`)
      .set(admin)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200)
      .expect('Content-Type', 'application/zip');
    expect(response.headers['content-disposition']).toContain('claimline-gold-2019-10-07_2019-10-07.zip');
    const files = unzipSync(new Uint8Array(response.body as Buffer));
    const gold = JSON.parse(strFromU8(files['gold.json']));
    const exported = gold.articles.find((article: { file: string }) => article.file === `article-${articleId}-ar.txt`);
    expect(exported).toBeDefined();
    expect(strFromU8(files[exported.file])).toBe(SEED);
    await request(testApp.server).get('/api/extraction/gold.zip').set(analyst).expect(403);
  });
});
