import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';
import { signIn } from '../support/auth';
import { arabicArticleBody, articleInput, englishArticleBody, ingestionCounts } from '../factories/articles';
import { claimInput } from '../factories/claims';

describe.each(testDialects())('articles on %s', (dialect) => {
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

  const post = (path: string, body: unknown, as = analyst) =>
    request(testApp.server)
      .post(path)
      .set(as)
      .send(body as object);

  it('previews the claims without storing anything', async () => {
    const before = await ingestionCounts(testApp);
    const response = await post('/api/articles/preview', {
      body: arabicArticleBody(),
      publishedAt: '2019-10-07',
    }).expect(200);
    expect(response.body.language).toBe('ar');
    expect(response.body.claims.length).toBeGreaterThan(0);
    const lna = response.body.claims.find((claim: { camp: string }) => claim.camp === 'LNA');
    expect(lna).toMatchObject({ sourceStatus: 'active', sourceId: expect.any(Number), sourceName: expect.any(String) });
    expect(Array.isArray(response.body.framing)).toBe(true);
    expect(Array.isArray(response.body.proposals)).toBe(true);
    expect(await ingestionCounts(testApp)).toEqual(before);
  });

  it('stores an article with its extracted claims and computed columns', async () => {
    const input = articleInput({ title: 'Test', url: 'https://example.org/a' });
    const response = await post('/api/articles', input).expect(201);
    expect(response.body).toMatchObject({
      title: 'Test',
      language: 'ar',
      publishedAt: '2019-10-07',
      outlet: { name: 'بوابة أفريقيا الإخبارية' },
      url: 'https://example.org/a',
    });
    expect(response.body.claims.length).toBe(response.body.claimCount);
    expect(response.body.claims.length).toBeGreaterThan(0);
    const claim = response.body.claims[0];
    expect(input.body.slice(claim.start, claim.end)).toContain(claim.text.slice(0, 10));
    const rows = await testApp.dataSource.query(
      'SELECT event_day, event_week, event_month, status, origin, version, text_normalized FROM claims WHERE article_id = ?',
      [response.body.id],
    );
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'unreviewed', origin: 'extracted' });
      expect(Number(row.version)).toBe(1);
      expect(row.event_month).toBe(row.event_day.slice(0, 7));
      expect(new Date(`${row.event_week}T00:00:00Z`).getUTCDay()).toBe(1);
    }
    const audit = await testApp.dataSource.query(
      "SELECT action FROM audit_events WHERE entity = 'article' AND entity_id = ?",
      [String(response.body.id)],
    );
    expect(audit).toEqual([{ action: 'create' }]);

    const detail = await request(testApp.server).get(`/api/articles/${response.body.id}`).set(viewer).expect(200);
    expect(detail.body.body).toBe(input.body);
    expect(detail.body.claims).toHaveLength(response.body.claims.length);
    const list = await request(testApp.server).get('/api/articles').set(viewer).expect(200);
    expect(list.body.items.find((item: { id: number }) => item.id === response.body.id)).toMatchObject({
      claimCount: rows.length,
      outlet: { name: 'بوابة أفريقيا الإخبارية' },
    });
  });

  it('refuses the same body again, even respelled, with the existing id', async () => {
    const body = englishArticleBody();
    const first = await post('/api/articles', articleInput({ body, language: 'en' })).expect(201);
    const before = await ingestionCounts(testApp);
    const again = await post(
      '/api/articles',
      articleInput({ body: `  ${body.toUpperCase()}  `, language: 'en' }),
    ).expect(409);
    expect(again.body).toMatchObject({ existingId: first.body.id });
    expect(again.body.message).toMatch(/already stored/);
    expect(await ingestionCounts(testApp)).toEqual(before);
  });

  it("stores the analyst's claims instead of the extractor's", async () => {
    const body = arabicArticleBody();
    const { body: locations } = await request(testApp.server).get('/api/locations?q=طرابلس').set(viewer).expect(200);
    const tripoli = locations[0];
    expect(tripoli).toMatchObject({ key: 'tripoli', nameEn: 'Tripoli', lat: expect.any(Number) });
    const claims = [
      claimInput(body, 'قوات الجيش سيطرت على مواقع جديدة جنوب طرابلس', {
        camp: 'LNA',
        sourceMention: 'مصدر عسكري مجهول',
        eventDate: { date: '2019-10-05', precision: 'day' },
        locationIds: [tripoli.id],
        manual: true,
      }),
    ];
    const response = await post('/api/articles', articleInput({ body, claims })).expect(201);
    expect(response.body.claims).toHaveLength(1);
    expect(response.body.claims[0]).toMatchObject({
      origin: 'manual',
      camp: 'LNA',
      eventDate: { date: '2019-10-05', precision: 'day' },
      locations: [{ id: tripoli.id }],
    });
    const [row] = await testApp.dataSource.query('SELECT event_week FROM claims WHERE id = ?', [
      response.body.claims[0].id,
    ]);
    expect(row.event_week).toBe('2019-09-30');
  });

  it('stores nothing when a claim fails mid-way (unknown location id)', async () => {
    const body = arabicArticleBody();
    const before = await ingestionCounts(testApp);
    const claims = [
      claimInput(body, 'قوات الجيش سيطرت على مواقع جديدة', { sourceMention: 'مصدر لم يسبق ذكره' }),
      claimInput(body, 'دعت بعثة الأمم المتحدة', { locationIds: [999999] }),
    ];
    const response = await post('/api/articles', articleInput({ body, outlet: 'منفذ جديد لم يخزن', claims })).expect(
      400,
    );
    expect(response.body.errors).toEqual([
      { field: 'claims.1.locationIds', messages: [expect.stringMatching(/999999/)] },
    ]);
    expect(await ingestionCounts(testApp)).toEqual(before);
  });

  it.each([
    ['a missing body', { body: undefined }, 'body'],
    ['an empty body', { body: '   ' }, 'body'],
    ['an impossible date', { publishedAt: '2019-02-30' }, 'publishedAt'],
    ['a date in another format', { publishedAt: '07/10/2019' }, 'publishedAt'],
    ['an unknown language', { language: 'fr' }, 'language'],
    ['an invalid url', { url: 'not a url' }, 'url'],
    ['a wrong type', { title: 42 }, 'title'],
    ['an unknown field', { admin: true }, 'admin'],
    ['offsets outside the body', { claims: [{ text: 'x', start: 0, end: 10_000_000 }] }, 'claims.0.end'],
    ['a span that is not the text', { claims: [{ text: 'نص لا علاقة له', start: 0, end: 20 }] }, 'claims.0.text'],
    [
      'an impossible event date',
      { claims: [{ text: 'قال', start: 0, end: 3, eventDate: { date: '2019-13-01', precision: 'day' } }] },
      'claims.0.eventDate.date',
    ],
    ['an unknown source id', { claims: [{ text: 'قال', start: 0, end: 3, sourceId: 999999 }] }, 'claims.0.sourceId'],
  ])('refuses %s with a field error and stores nothing', async (_label, override, field) => {
    const before = await ingestionCounts(testApp);
    const response = await post('/api/articles', { ...articleInput(), ...override }).expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    expect(await ingestionCounts(testApp)).toEqual(before);
  });

  it('refuses a 20 MB body with 413', async () => {
    const before = await ingestionCounts(testApp);
    const response = await post('/api/articles', articleInput({ body: 'ا'.repeat(20 * 1024 * 1024) })).expect(413);
    expect(response.body.message).toMatch(/too large/i);
    expect(await ingestionCounts(testApp)).toEqual(before);
  });

  it('needs an analyst to store and a signed-in user to read', async () => {
    await post('/api/articles', articleInput(), viewer).expect(403);
    await request(testApp.server).get('/api/articles').expect(401);
  });

  it('pages the article list with a keyset cursor', async () => {
    for (const day of ['2020-01-01', '2020-01-02', '2020-01-03'])
      await post('/api/articles', articleInput({ publishedAt: day })).expect(201);
    const first = await request(testApp.server).get('/api/articles?limit=2').set(viewer).expect(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0].publishedAt >= first.body.items[1].publishedAt).toBe(true);
    const second = await request(testApp.server)
      .get(`/api/articles?limit=2&cursor=${first.body.nextCursor}`)
      .set(viewer)
      .expect(200);
    const ids = [...first.body.items, ...second.body.items].map((item: { id: number }) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    await request(testApp.server).get('/api/articles/999999').set(viewer).expect(404);
  });

  it('lists outlets with article counts', async () => {
    const response = await request(testApp.server).get('/api/outlets').set(viewer).expect(200);
    expect(
      response.body.find((o: { name: string }) => o.name === 'بوابة أفريقيا الإخبارية').articleCount,
    ).toBeGreaterThan(0);
  });
});
