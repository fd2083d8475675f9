import request from 'supertest';
import type { DataSource } from 'typeorm';
import { CLAIM_FILTER_KEYS, type ClaimFilterKey } from '@claimline/contracts';
import { signIn } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';
import { insertArticle, insertClaim, insertLocation, insertNarrative, insertSource, tag } from '../factories/claims-db';

type Headers = { Authorization: string };
type Item = { id: number; [key: string]: unknown };
/** A query string and the claims it lists, newest event first; functions because the ids come from beforeAll. */
type FilterCase = [label: string, query: () => string, expected: () => number[]];

async function articleOf(ds: DataSource, claimId: number): Promise<number> {
  const [row] = await ds.query<{ article_id: number }[]>('SELECT article_id FROM claims WHERE id = ?', [claimId]);
  return Number(row.article_id);
}

describe.each(testDialects())('claims list, detail, create and delete on %s', (dialect) => {
  let testApp: TestApp;
  let viewer: Headers;
  let analyst: Headers;
  const ids: Record<string, number> = {};

  const get = (url: string) => request(testApp.server).get(url).set(viewer);

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    viewer = await signIn(testApp, 'viewer');
    analyst = await signIn(testApp, 'analyst');
    const ds = testApp.dataSource;
    const lnaSource = await insertSource(ds, 'LNA', 'LNA General Command', 'القيادة العامة');
    const narrative = await insertNarrative(ds, 'Terrorism');
    const place = await insertLocation(ds, 'Ajdabiya', 'إجدابيا');
    ids.narrative = narrative;
    ids.place = place;
    ids.lnaSource = lnaSource;
    ids.ajdabiya = await insertClaim(ds, {
      text: 'قالت القيادة إن قواتها دخلت مدينة إجدابيا صباح اليوم',
      camp: 'LNA',
      sourceId: lnaSource,
      eventDate: '2019-04-05',
    });
    ids.room = await insertClaim(ds, {
      text: 'أعلنت الغرفة المشتركة أنّ الطيرانَ قصفَ مواقعَ',
      camp: 'GNA',
      eventDate: '2019-04-10',
      status: 'confirmed',
    });
    ids.un = await insertClaim(ds, {
      text: 'UN envoy said talks will resume in Geneva',
      camp: 'UN',
      eventDate: '2019-05-01',
      datePrecision: 'month',
    });
    ids.maqsura = await insertClaim(ds, {
      text: 'قال المسؤول إن القصف استهدف مستشفى الجلاء',
      camp: 'GNA',
      eventDate: '2019-03-20',
    });
    await tag(ds, ids.ajdabiya, [narrative], [place]);
    await tag(ds, ids.room, [narrative]);
    ids.unArticle = await articleOf(ds, ids.un);
    await ds.query('INSERT INTO outlets (name, url) VALUES (?, ?)', ['Libya Observer', null]);
    [{ id: ids.outlet }] = await ds.query<{ id: number }[]>('SELECT id FROM outlets WHERE name = ?', [
      'Libya Observer',
    ]);
    await ds.query('UPDATE articles SET outlet_id = ? WHERE id = ?', [ids.outlet, await articleOf(ds, ids.room)]);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('lists claims newest event first with the summary fields, narratives and places', async () => {
    const response = await get('/api/claims').expect(200);
    expect(response.body.total).toBe(4);
    expect(response.body.nextCursor).toBeNull();
    expect(response.body.items.map((item: Item) => item.id)).toEqual([ids.un, ids.room, ids.ajdabiya, ids.maqsura]);
    const item = response.body.items.find((i: Item) => i.id === ids.ajdabiya);
    expect(item).toEqual({
      id: ids.ajdabiya,
      text: 'قالت القيادة إن قواتها دخلت مدينة إجدابيا صباح اليوم',
      cue: 'قال',
      sourceMention: 'المتحدث',
      source: { id: ids.lnaSource, nameAr: 'القيادة العامة', nameEn: 'LNA General Command' },
      camp: 'LNA',
      channel: null,
      eventDate: '2019-04-05',
      datePrecision: 'day',
      status: 'unreviewed',
      claimType: null,
      articleId: expect.any(Number),
      // Its article is a story of its own, carried by one outlet.
      storyOutlets: 1,
      narratives: [{ id: ids.narrative, nameEn: 'Terrorism', nameAr: 'سردية', color: '#E69F00' }],
      locations: [{ id: ids.place, nameAr: 'إجدابيا', nameEn: 'Ajdabiya' }],
      updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
  });

  /**
   * One query per contract filter key: a key added to the contract without a case here fails the
   * typecheck, so every filter is shown to narrow the list and its total alike.
   */
  const casePerKey: Record<ClaimFilterKey, [query: () => string, expected: () => number[]]> = {
    // Every fixture claim is the legacy conflict's; the other bundled conflict has none.
    conflict: [() => '?conflict=sudan-2023', () => []],
    camp: [() => '?camp=GNA', () => [ids.room, ids.maqsura]],
    source: [() => `?source=${ids.lnaSource}`, () => [ids.ajdabiya]],
    narrative: [() => `?narrative=${ids.narrative}`, () => [ids.room, ids.ajdabiya]],
    status: [() => '?status=confirmed', () => [ids.room]],
    location: [() => `?location=${ids.place}`, () => [ids.ajdabiya]],
    outlet: [() => `?outlet=${ids.outlet}`, () => [ids.room]],
    from: [() => '?from=2019-04-06', () => [ids.un, ids.room]],
    to: [() => '?to=2019-04-05', () => [ids.ajdabiya, ids.maqsura]],
    precision: [() => '?precision=month', () => [ids.un]],
    article: [() => `?article=${ids.unArticle}`, () => [ids.un]],
    q: [() => `?q=${encodeURIComponent('القيادة')}`, () => [ids.ajdabiya]],
  };

  it.each<FilterCase>([
    ...CLAIM_FILTER_KEYS.map((key): FilterCase => [key, ...casePerKey[key]]),
    ['several camps', () => '?camp=LNA,UN', () => [ids.un, ids.ajdabiya]],
    ['from/to', () => '?from=2019-04-01&to=2019-04-30', () => [ids.room, ids.ajdabiya]],
    ['hamza-less search', () => `?q=${encodeURIComponent('اجدابيا')}`, () => [ids.ajdabiya]],
    ['taa marbuta as haa', () => `?q=${encodeURIComponent('الغرفه المشتركه')}`, () => [ids.room]],
    ['search without diacritics', () => `?q=${encodeURIComponent('الطيران قصف')}`, () => [ids.room]],
    ['search with diacritics', () => `?q=${encodeURIComponent('إِجْدَابِيَا')}`, () => [ids.ajdabiya]],
    ['alef maqsura as yaa', () => `?q=${encodeURIComponent('مستشفي')}`, () => [ids.maqsura]],
    ['English case-insensitively', () => '?q=geneva', () => [ids.un]],
    ['combined filters', () => `?camp=GNA&status=confirmed&narrative=${ids.narrative}`, () => [ids.room]],
    ['an outlet and a camp', () => `?outlet=${ids.outlet}&camp=LNA`, () => []],
    ['nothing', () => '?camp=INTERNATIONAL', () => []],
    ['the default conflict named', () => '?conflict=libya-2019&camp=GNA', () => [ids.room, ids.maqsura]],
    ['dates known to the day only', () => '?precision=day,week&camp=UN', () => []],
  ])('filters by %s, with a total that agrees', async (_label, query, expected) => {
    const response = await get(`/api/claims${query()}`).expect(200);
    expect(response.body.items.map((item: Item) => item.id)).toEqual(expected());
    expect(response.body.total).toBe(expected().length);
    // The total counts every match, not the page: one row a page still reports them all.
    const onePerPage = await get(`/api/claims${query()}&limit=1`).expect(200);
    expect(onePerPage.body.total).toBe(expected().length);
  });

  it.each([
    ['an unknown field', '?colour=red', 'colour'],
    ['a malformed camp', '?camp=NA TO', 'camp'],
    ['an unknown conflict', '?conflict=atlantis', 'conflict'],
    ['an unknown precision', '?precision=soon', 'precision'],
    ['a non-numeric narrative', '?narrative=abc', 'narrative'],
    ['an impossible date', '?from=2019-13-45', 'from'],
    ['a malformed date', '?to=05/04/2019', 'to'],
    ['limit 0', '?limit=0', 'limit'],
    ['limit over 500', '?limit=501', 'limit'],
    ['a non-numeric limit', '?limit=ten', 'limit'],
    ['an unknown sort', '?sort=text', 'sort'],
    ['a bad cursor', '?cursor=not-a-cursor', 'cursor'],
    ['a bad article', '?article=x', 'article'],
  ])('refuses %s with a field message', async (_label, query, field) => {
    const response = await get(`/api/claims${query}`).expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    expect(
      response.body.errors.find((error: { field: string }) => error.field === field).messages.length,
    ).toBeGreaterThan(0);
  });

  it('needs a signed-in user', async () => {
    await request(testApp.server).get('/api/claims').expect(401);
  });

  describe('keyset pagination', () => {
    let all: number[];

    beforeAll(async () => {
      const ds = testApp.dataSource;
      // Many claims on few days, so ties on the sort key are broken by id.
      for (let i = 0; i < 23; i++) {
        await insertClaim(ds, {
          camp: 'INTERNATIONAL',
          eventDate: `2019-06-0${1 + (i % 3)}`,
          createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i % 4)),
        });
      }
      all = (await get('/api/claims?camp=INTERNATIONAL&limit=500').expect(200)).body.items.map((item: Item) => item.id);
      expect(all).toHaveLength(23);
    });

    it.each(['-eventDate', 'eventDate', 'createdAt', '-createdAt'])('walks every page of %s once', async (sort) => {
      const seen: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = `/api/claims?camp=INTERNATIONAL&limit=5&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`;
        const response = await get(query).expect(200);
        // The total is counted on the first page only; cursor pages report null (the web keeps the first).
        expect(response.body.total).toBe(cursor ? null : 23);
        expect(response.body.items.length).toBeLessThanOrEqual(5);
        seen.push(...response.body.items.map((item: Item) => item.id));
        cursor = response.body.nextCursor;
        pages++;
      } while (cursor && pages < 20);
      expect(pages).toBe(5);
      expect(new Set(seen).size).toBe(23);
      expect(seen).toHaveLength(23);
      expect([...seen].sort((a, b) => a - b)).toEqual([...all].sort((a, b) => a - b));
    });

    it('orders by event date then id', async () => {
      const items = (await get('/api/claims?camp=INTERNATIONAL&limit=500&sort=eventDate').expect(200)).body.items as {
        id: number;
        eventDate: string;
      }[];
      const keys = items.map((item) => `${item.eventDate}#${String(item.id).padStart(8, '0')}`);
      expect(keys).toEqual([...keys].sort());
    });

    it('refuses a cursor issued for another sort', async () => {
      const first = await get('/api/claims?camp=INTERNATIONAL&limit=5&sort=eventDate').expect(200);
      const response = await get(
        `/api/claims?camp=INTERNATIONAL&limit=5&sort=-eventDate&cursor=${first.body.nextCursor}`,
      ).expect(400);
      expect(response.body.errors[0].field).toBe('cursor');
    });
  });

  describe('detail', () => {
    it('carries the article context with offsets to highlight', async () => {
      const ds = testApp.dataSource;
      const before = 'مقدمة '.repeat(200);
      const claimText = 'وقال المتحدث إن الهجوم صُدّ';
      const body = `${before}${claimText} خاتمة`;
      const articleId = await insertArticle(ds, body, {
        title: 'خبر',
        url: 'https://example.test/x',
        publishedAt: '2019-04-07',
      });
      const created = await request(testApp.server)
        .post('/api/claims')
        .set(analyst)
        .send({ articleId, start: before.length, end: before.length + claimText.length, camp: 'GNA' })
        .expect(201);
      const response = await get(`/api/claims/${created.body.id}`).expect(200);
      const { article, version, grading, links } = response.body;
      expect(version).toBe(1);
      expect(links).toEqual([]);
      expect(grading.derived).toBeNull();
      expect(article).toMatchObject({
        id: articleId,
        title: 'خبر',
        url: 'https://example.test/x',
        publishedAt: '2019-04-07',
        language: 'ar',
        outlet: null,
      });
      const { excerpt } = article;
      expect(excerpt.text.slice(excerpt.highlightStart, excerpt.highlightEnd)).toBe(claimText);
      expect(body.slice(excerpt.offset, excerpt.offset + excerpt.text.length)).toBe(excerpt.text);
      expect(excerpt.bodyLength).toBe(body.length);
    });

    it('answers 404 for an unknown claim and 400 for a non-numeric id', async () => {
      await get('/api/claims/999999').expect(404);
      await get('/api/claims/abc').expect(400);
    });
  });

  describe('manual claims', () => {
    const body = 'صرّح الناطق باسم الجيش بأن الوحدات سيطرت على المطار. وأضاف أن العملية مستمرة.';
    let articleId: number;

    beforeAll(async () => {
      articleId = await insertArticle(testApp.dataSource, body, { publishedAt: '2019-04-08' });
    });

    it('creates a claim from a span of the article body', async () => {
      const end = body.indexOf('.') + 1;
      const narrative = await insertNarrative(testApp.dataSource);
      const response = await request(testApp.server)
        .post('/api/claims')
        .set(analyst)
        .send({
          articleId,
          start: 0,
          end,
          sourceId: ids.lnaSource,
          cue: 'صرّح',
          claimType: 'territorial-control',
          narratives: [narrative],
          locations: [ids.place],
        })
        .expect(201);
      expect(response.body).toMatchObject({
        text: body.slice(0, end),
        camp: 'LNA',
        source: { id: ids.lnaSource },
        sourceMention: 'القيادة العامة',
        origin: 'manual',
        status: 'unreviewed',
        claimType: 'territorial-control',
        eventDate: '2019-04-08',
        datePrecision: 'reported',
        start: 0,
        end,
        version: 1,
      });
      expect(response.body.narratives.map((n: Item) => n.id)).toEqual([narrative]);
      expect(response.body.places.map((p: Item) => p.id)).toEqual([ids.place]);
      const history = await get(`/api/claims/${response.body.id}/history`).expect(200);
      expect(history.body.map((event: { action: string }) => event.action)).toEqual(['create']);
      // Viewers see who by a name, not by e-mail address; admins see the address.
      const [{ id: analystId }] = await testApp.dataSource.query<{ id: number }[]>(
        'SELECT id FROM users WHERE email = ?',
        ['analyst@test.local'],
      );
      expect(history.body[0]).toMatchObject({
        userId: Number(analystId),
        userName: `Analyst #${analystId}`,
        userEmail: null,
      });
      expect(JSON.stringify(history.body)).not.toContain('@test.local');
      const asAdmin = await request(testApp.server)
        .get(`/api/claims/${response.body.id}/history`)
        .set(await signIn(testApp, 'admin'))
        .expect(200);
      expect(asAdmin.body[0]).toMatchObject({ userName: 'analyst@test.local', userEmail: 'analyst@test.local' });
      // Searchable at once: text_normalized was written.
      const search = await get(`/api/claims?q=${encodeURIComponent('المطار')}`).expect(200);
      expect(search.body.items.map((item: Item) => item.id)).toContain(response.body.id);
    });

    it.each([
      ['an end past the body', () => ({ articleId, start: 0, end: body.length + 1 }), 'end'],
      ['an empty span', () => ({ articleId, start: 5, end: 5 }), 'start'],
      ['a whitespace span', () => ({ articleId, start: body.indexOf(' '), end: body.indexOf(' ') + 1 }), 'start'],
      ['a negative start', () => ({ articleId, start: -1, end: 3 }), 'start'],
      ['an unknown article', () => ({ articleId: 999999, start: 0, end: 3 }), 'articleId'],
      ['an unknown field', () => ({ articleId, start: 0, end: 3, status: 'confirmed' }), 'status'],
      ['a string offset', () => ({ articleId, start: '0', end: 3 }), 'start'],
      [
        'an impossible event date',
        () => ({ articleId, start: 0, end: 3, eventDate: { date: '2019-02-30', precision: 'day' } }),
        'eventDate.date',
      ],
      ['an unknown narrative', () => ({ articleId, start: 0, end: 3, narratives: [999999] }), 'narratives'],
    ])('refuses %s with 400 and writes nothing', async (_label, payload, field) => {
      const before = (await get('/api/claims?limit=1').expect(200)).body.total;
      const response = await request(testApp.server).post('/api/claims').set(analyst).send(payload()).expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect((await get('/api/claims?limit=1').expect(200)).body.total).toBe(before);
    });

    it('is for analysts', async () => {
      await request(testApp.server).post('/api/claims').set(viewer).send({ articleId, start: 0, end: 3 }).expect(403);
    });
  });

  describe('delete', () => {
    it('marks the claim rejected, bumps its version and records it', async () => {
      const id = await insertClaim(testApp.dataSource, { camp: 'UNKNOWN' });
      const response = await request(testApp.server).delete(`/api/claims/${id}`).set(analyst).expect(200);
      expect(response.body).toMatchObject({ id, status: 'rejected', version: 2 });
      await get(`/api/claims/${id}`).expect(200);
      const history = await get(`/api/claims/${id}/history`).expect(200);
      expect(history.body).toEqual([
        expect.objectContaining({
          entity: 'claim',
          entityId: String(id),
          action: 'delete',
          before: { status: 'unreviewed' },
          after: { status: 'rejected' },
        }),
      ]);
      const rejected = await get('/api/claims?status=rejected&camp=UNKNOWN').expect(200);
      expect(rejected.body.items.map((item: Item) => item.id)).toEqual([id]);
    });

    it('answers 404 for an unknown claim, and is for analysts', async () => {
      await request(testApp.server).delete('/api/claims/999999').set(analyst).expect(404);
      await request(testApp.server).delete(`/api/claims/${ids.un}`).set(viewer).expect(403);
      await get('/api/claims/999999/history').expect(404);
    });
  });
});
