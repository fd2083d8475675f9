import request from 'supertest';
import { signIn } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';

type Item = {
  id: number;
  text: string;
  camp: string;
  source: { nameEn: string } | null;
  locations: { id: number; nameEn: string; nameAr: string }[];
  matchedBy?: string[];
};
type Place = { id: number; nameEn: string; lat: number; lon: number; total: number; counts: Record<string, number> };

/** Search by source and place names, and the places aggregate, on the real seed article (ingested at start-up). */
describe.each(testDialects())('search by source and place on the seed article on %s', (dialect) => {
  let testApp: TestApp;
  let auth: { Authorization: string };
  let all: Item[];

  const list = async (query: string): Promise<{ items: Item[]; total: number }> => {
    const { body } = await request(testApp.server).get(`/api/claims?limit=500&${query}`).set(auth).expect(200);
    expect(body.nextCursor).toBeNull();
    // The total counts the rows the list returns: the same filters, name matches included.
    expect(body.total).toBe(body.items.length);
    return body;
  };
  const search = (q: string) => list(`q=${encodeURIComponent(q)}`);
  const ids = (items: Item[]) => items.map((item) => item.id).sort((a, b) => a - b);

  beforeAll(async () => {
    testApp = await startTestApp(dialect, { CLAIMLINE_SEED: 'true' });
    auth = await signIn(testApp, 'viewer');
    all = (await list('')).items;
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('q=Tripoli returns the claims tagged طرابلس, matched by place', async () => {
    const tagged = all.filter((item) => item.locations.some((l) => l.nameEn === 'Tripoli'));
    expect(tagged.length).toBeGreaterThan(0);
    const { items } = await search('Tripoli');
    expect(ids(items)).toEqual(expect.arrayContaining(ids(tagged)));
    for (const item of items.filter((i) => tagged.some((t) => t.id === i.id)))
      expect(item.matchedBy).toContain('place');
    for (const item of items) expect(item.matchedBy?.length).toBeGreaterThan(0);
  });

  it.each(['Salamé', 'Salame', 'سلامة'])('q=%s returns Ghassan Salamé’s claims, matched by source', async (q) => {
    const his = all.filter((item) => item.source?.nameEn === 'Ghassan Salamé');
    expect(his.length).toBeGreaterThan(0);
    const { items } = await search(q);
    expect(ids(items)).toEqual(expect.arrayContaining(ids(his)));
    for (const item of items.filter((i) => his.some((h) => h.id === i.id))) expect(item.matchedBy).toContain('source');
  });

  it('a word of a claim’s text still finds it, matched by text', async () => {
    const claim = all[0];
    const word = claim.text
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 5)
      .sort((a, b) => b.length - a.length)[0];
    const { items } = await search(word);
    expect(items.find((item) => item.id === claim.id)?.matchedBy).toContain('text');
  });

  it('finds a source by a name it was given a moment ago (the names are read again after the rename)', async () => {
    const his = all.filter((item) => item.source?.nameEn === 'Ghassan Salamé');
    await search('Salamé'); // the names are now remembered
    const admin = await signIn(testApp, 'admin');
    const { body: sources } = await request(testApp.server).get('/api/sources?limit=500').set(admin).expect(200);
    const source = (sources.items as { id: number; nameEn: string; version: number }[]).find(
      (s) => s.nameEn === 'Ghassan Salamé',
    )!;
    await request(testApp.server)
      .patch(`/api/sources/${source.id}`)
      .set(admin)
      .send({ version: source.version, nameEn: 'Ghassan Salamé Zyxwvut' })
      .expect(200);
    const { items } = await search('Zyxwvut');
    expect(ids(items)).toEqual(ids(his));
  });

  it('charts count the same claims as the list for a name search', async () => {
    const [{ total }, chart] = await Promise.all([
      search('Tripoli'),
      request(testApp.server).get('/api/analytics/timeseries?bucket=day&groupBy=camp&q=Tripoli').set(auth).expect(200),
    ]);
    expect(chart.body.total).toBe(total);
  });

  it.each(['', 'camp=LNA', 'q=Tripoli'])(
    '/api/analytics/places?%s gives per-camp counts of the (claim, place) pairs',
    async (query) => {
      const items = query ? (await list(query)).items : all;
      const expected = new Map<number, Record<string, number>>();
      for (const item of items) {
        for (const location of item.locations) {
          const counts = expected.get(location.id) ?? {};
          counts[item.camp] = (counts[item.camp] ?? 0) + 1;
          expected.set(location.id, counts);
        }
      }
      const { body } = await request(testApp.server).get(`/api/analytics/places?${query}`).set(auth).expect(200);
      const places: Place[] = body.items;
      expect(places.length).toBeGreaterThan(0);
      for (const place of places) {
        expect(typeof place.lat).toBe('number');
        expect(typeof place.lon).toBe('number');
        expect(place.counts).toEqual(expected.get(place.id));
        expect(place.total).toBe(Object.values(place.counts).reduce((a, b) => a + b, 0));
      }
      // Every seed place has coordinates, so the places account for every (claim, place) pair.
      const pairs = items.reduce((n, item) => n + item.locations.length, 0);
      expect(places.reduce((n, place) => n + place.total, 0)).toBe(pairs);
      if (!query) expect(places.map((place) => place.nameEn)).toContain('Tripoli');
    },
  );
});
