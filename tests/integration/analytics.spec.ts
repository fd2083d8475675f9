import request from 'supertest';
import { claimFiltersFromSearchParams } from '@claimline/contracts';
import { applyClaimFilters } from '../../apps/api/src/claims/claim-filters.sql';
import { insertClaims, insertFraming, insertLink, articleId, type ClaimRow } from '../factories/claims-table';
import { signIn } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';

const WADI = { nameAr: 'وادي الربيع', nameEn: 'Wadi al-Rabie' };
const QASR = { nameAr: 'قصر بن غشير', nameEn: 'Qasr bin Ghashir' };
const placeNames = { 'test-wadi-rabie': WADI, 'test-qasr-bin-ghashir': QASR };
// Keys of their own: the gazetteer seeded at start-up already has the real places.

/** A small October 2019: LNA and GNA contest two places, UN and UNKNOWN talk about a third. */
const CLAIMS: ClaimRow[] = [
  {
    camp: 'LNA',
    day: '2019-10-07',
    places: ['test-wadi-rabie'],
    narratives: ['Terrorism'],
    source: 'LNA Media',
    status: 'contested',
    text: 'LNA: وادي الربيع تحت السيطرة',
  },
  {
    camp: 'GNA',
    day: '2019-10-08',
    places: ['test-wadi-rabie'],
    narratives: ['Mercenaries'],
    source: 'GNA Volcano',
    text: 'GNA: صد الهجوم على وادي الربيع',
  },
  {
    camp: 'LNA',
    day: '2019-10-09',
    places: ['test-qasr-bin-ghashir'],
    narratives: ['Terrorism', 'Mercenaries'],
    source: 'LNA Media',
  },
  { camp: 'GNA', day: '2019-10-09', places: ['test-qasr-bin-ghashir'], source: 'GNA Volcano', precision: 'day' },
  { camp: 'GNA', day: '2019-10-20', places: ['test-qasr-bin-ghashir'], source: 'GNA Volcano', status: 'confirmed' },
  { camp: 'UN', day: '2019-10-21', places: ['test-ain-zara'], narratives: ['Humanitarian'], source: 'UNSMIL' },
  { camp: 'UNKNOWN', day: '2019-10-22', places: ['test-ain-zara'], source: null, mention: 'مراقبون' },
  {
    camp: 'LNA',
    day: '2019-11-04',
    places: ['test-gharyan'],
    narratives: ['Terrorism'],
    source: 'LNA Media',
    precision: 'week',
  },
];

describe.each(testDialects())('analytics on %s', (dialect) => {
  let testApp: TestApp;
  let auth: { Authorization: string };
  let ids: number[];
  const get = (path: string) => request(testApp.server).get(path).set(auth);

  /** GET /api/claims total for the same query string: what every aggregate must agree with. */
  async function listTotal(query: string): Promise<number> {
    const response = await get(`/api/claims?limit=1&${query}`);
    if (response.status === 200) return response.body.total;
    throw new Error(`GET /api/claims answered ${response.status}`);
  }

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    auth = await signIn(testApp, 'viewer');
    ids = await insertClaims(
      testApp.dataSource,
      CLAIMS.map((row) => ({ ...row, placeNames })),
    );
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('needs a signed-in user', async () => {
    await request(testApp.server).get('/api/analytics/timeseries').expect(401);
  });

  it('charts claims per week and camp with empty weeks filled and camp colours', async () => {
    const { body } = await get('/api/analytics/timeseries?bucket=week&groupBy=camp').expect(200);
    expect(body.bucket).toBe('week');
    expect(body.buckets).toEqual(['2019-10-07', '2019-10-14', '2019-10-21', '2019-10-28', '2019-11-04']);
    const lna = body.series.find((s: { key: string }) => s.key === 'LNA');
    expect(lna).toEqual({
      key: 'LNA',
      label: 'Libyan National Army',
      labelAr: 'الجيش الوطني الليبي',
      color: '#D55E00',
      counts: [2, 0, 0, 0, 1],
    });
    expect(body.series.map((s: { key: string }) => s.key)).toEqual(['LNA', 'GNA', 'UN', 'INTERNATIONAL', 'UNKNOWN']);
    expect(body.total).toBe(CLAIMS.length);
  });

  it('widens the axis to from/to and buckets by day and month', async () => {
    const { body } = await get('/api/analytics/timeseries?bucket=day&from=2019-10-06&to=2019-10-10&camp=GNA').expect(
      200,
    );
    expect(body.buckets).toEqual(['2019-10-06', '2019-10-07', '2019-10-08', '2019-10-09', '2019-10-10']);
    expect(body.series).toHaveLength(1);
    expect(body.series[0].counts).toEqual([0, 0, 1, 1, 0]);
    const months = await get('/api/analytics/timeseries?bucket=month&groupBy=status').expect(200);
    expect(months.body.buckets).toEqual(['2019-10', '2019-11']);
    expect(months.body.series.map((s: { key: string }) => s.key)).toEqual(['unreviewed', 'contested', 'confirmed']);
  });

  it('groups by source (unattributed as "none") and by narrative (once per narrative, untagged as "none")', async () => {
    const sources = (await get('/api/analytics/timeseries?bucket=month&groupBy=source').expect(200)).body;
    expect(sources.series.map((s: { label: string }) => s.label)).toEqual([
      'LNA Media',
      'GNA Volcano',
      'UNSMIL',
      'No source',
    ]);
    expect(sources.series[0].counts).toEqual([2, 1]);
    expect(sources.series[1].counts).toEqual([3, 0]);
    const narratives = (await get('/api/analytics/timeseries?bucket=month&groupBy=narrative').expect(200)).body;
    const byLabel = Object.fromEntries(
      narratives.series.map((s: { label: string; counts: number[]; color: string }) => [s.label, s.counts]),
    );
    expect(byLabel).toEqual({ Terrorism: [2, 1], Mercenaries: [2, 0], Humanitarian: [1, 0], 'No narrative': [3, 0] });
    expect(narratives.total).toBe(CLAIMS.length);
  });

  it.each([
    ['camp and dates', 'camp=LNA,GNA&from=2019-10-08&to=2019-10-31'],
    ['narrative', 'narrative=__narrative__'],
    ['location', 'location=__location__'],
    ['status', 'status=contested,confirmed'],
    ['search', 'q=وادي'],
  ])('agrees with the claims list total for %s', async (_name, template) => {
    const [{ id: narrative }] = await testApp.dataSource.query("SELECT id FROM narratives WHERE name_en = 'Terrorism'");
    const [{ id: location }] = await testApp.dataSource.query(
      "SELECT id FROM locations WHERE location_key = 'test-qasr-bin-ghashir'",
    );
    const query = template.replace('__narrative__', String(narrative)).replace('__location__', String(location));
    const expected = await listTotal(query);
    expect(expected).toBeGreaterThan(0);
    for (const groupBy of ['camp', 'source', 'status']) {
      const { body } = await get(`/api/analytics/timeseries?bucket=day&groupBy=${groupBy}&${query}`).expect(200);
      // Claims known only to their week or month are in no day: the series plus the coarser tally.
      const sum =
        body.series.reduce((total: number, s: { counts: number[] }) => total + s.counts.reduce((a, b) => a + b, 0), 0) +
        body.coarser.reduce((total: number, c: { count: number }) => total + c.count, 0);
      expect([groupBy, sum, body.total]).toEqual([groupBy, expected, expected]);
    }
    const narrativeSeries = (await get(`/api/analytics/timeseries?bucket=week&groupBy=narrative&${query}`).expect(200))
      .body;
    expect(narrativeSeries.total).toBe(expected);
    // And with the shared filters straight in SQL, in case the list ever stops using them.
    const qb = testApp.dataSource.createQueryBuilder().select('COUNT(*)', 'n').from('claims', 'c');
    const filters = claimFiltersFromSearchParams(new URLSearchParams(query));
    const row = await applyClaimFilters(qb, filters).getRawOne<{ n: number | string }>();
    expect(Number(row?.n)).toBe(expected);
  });

  it('refuses bad parameters with field messages', async () => {
    const { body } = await get('/api/analytics/timeseries?bucket=year&groupBy=camp').expect(400);
    expect(body.errors).toEqual([{ field: 'bucket', messages: [expect.stringContaining('bucket')] }]);
    await get('/api/analytics/timeseries?bucket=day&from=1900-01-01&to=2019-10-01').expect(400);
    await get('/api/analytics/timeseries?from=2019-02-30').expect(400);
  });

  it('compares what each camp claimed about one place, all five camps listed', async () => {
    const [{ id: location }] = await testApp.dataSource.query(
      "SELECT id FROM locations WHERE location_key = 'test-qasr-bin-ghashir'",
    );
    const { body } = await get(`/api/analytics/compare?location=${location}&from=2019-10-01&to=2019-10-15`).expect(200);
    expect(body.location).toMatchObject({ id: location, nameAr: 'قصر بن غشير', nameEn: 'Qasr bin Ghashir' });
    expect(body.window).toEqual({ from: '2019-10-01', to: '2019-10-15' });
    expect(body.camps.map((c: { camp: string }) => c.camp)).toEqual(['LNA', 'GNA', 'UN', 'INTERNATIONAL', 'UNKNOWN']);
    expect(body.camps[0].claims.map((c: { id: number }) => c.id)).toEqual([ids[2]]);
    expect(body.camps[1].claims.map((c: { id: number }) => c.id)).toEqual([ids[3]]);
    expect(body.camps[1].claims[0]).toMatchObject({
      sourceName: 'GNA Volcano',
      eventDate: '2019-10-09',
      datePrecision: 'day',
      status: 'unreviewed',
    });
    await get('/api/analytics/compare').expect(400);
    await get('/api/analytics/compare?location=999999').expect(404);
  });

  it('pairs claims of different camps about one place within a day when they oppose each other, linked ones marked', async () => {
    const linkId = await insertLink(testApp.dataSource, ids[1], ids[0], 'contradicts');
    const { body } = await get('/api/analytics/contested').expect(200);
    const pairs = body.pairs.map(
      (p: {
        location: { nameAr: string };
        a: { id: number; camp: string };
        b: { id: number; camp: string };
        dayGap: number;
        linked: boolean;
      }) => [p.location.nameAr, p.a.camp, p.a.id, p.b.camp, p.b.id, p.dayGap, p.linked],
    );
    // «تحت السيطرة» against «صد الهجوم» oppose; the Qasr bin Ghashir and Ain Zara pairs carry no opposition
    // evidence, so they are counted, not offered (tests/integration/contested.spec.ts covers the ranking).
    expect(pairs).toEqual([['وادي الربيع', 'LNA', ids[0], 'GNA', ids[1], 1, true]]);
    expect(body.withoutEvidence).toBe(2);
    expect(body.window).toEqual({ from: expect.any(String), to: expect.any(String) });
    expect(body.pairs[0]).toMatchObject({ linkId, relation: 'contradicts', score: 3 });
    const lnaGnaOnly = (await get('/api/analytics/contested?camp=LNA,GNA&limit=1').expect(200)).body;
    expect(lnaGnaOnly.pairs).toHaveLength(1);
    const filtered = (await get('/api/analytics/contested?status=contested').expect(200)).body;
    expect(filtered.pairs).toEqual([]); // only one side of the pair is contested
  });

  it('shares each camp between its narratives', async () => {
    const { body } = await get('/api/analytics/share').expect(200);
    const lna = body.camps[0];
    expect(lna).toMatchObject({ camp: 'LNA', total: 3, untagged: 0 });
    expect(
      lna.narratives.map((n: { name: string; count: number; share: number }) => [n.name, n.count, n.share]),
    ).toEqual([
      ['Terrorism', 3, 1],
      ['Mercenaries', 1, 0.3333],
    ]);
    expect(body.camps[1]).toMatchObject({ camp: 'GNA', total: 3, untagged: 2 });
    expect(body.camps[3]).toEqual({ camp: 'INTERNATIONAL', total: 0, untagged: 0, narratives: [] });
  });

  it('finds places and narratives only one camp talks about', async () => {
    const { body } = await get('/api/analytics/blindspots').expect(200);
    expect(
      body.places.map((p: { location: { key: string }; camp: string; claims: number }) => [
        p.location.key,
        p.camp,
        p.claims,
      ]),
    ).toEqual([
      ['test-ain-zara', 'UN', 1],
      ['test-gharyan', 'LNA', 1],
    ]);
    expect(
      body.narratives.map((n: { narrative: { nameEn: string }; camp: string }) => [n.narrative.nameEn, n.camp]),
    ).toEqual([
      ['Terrorism', 'LNA'],
      ['Humanitarian', 'UN'],
    ]);
    const withUnknown = (await get('/api/analytics/blindspots?ignoreUnknown=false').expect(200)).body;
    expect(withUnknown.places.map((p: { location: { key: string } }) => p.location.key)).toEqual(['test-gharyan']);
  });

  it('ranks top sources with their camp', async () => {
    const { body } = await get('/api/analytics/top-sources?limit=2').expect(200);
    expect(
      body.sources.map((s: { nameEn: string; camp: string; claims: number }) => [s.nameEn, s.camp, s.claims]),
    ).toEqual([
      ['LNA Media', 'LNA', 3], // a tie: the older source first
      ['GNA Volcano', 'GNA', 3],
    ]);
  });

  it("counts each outlet's labels per camp, narration apart from quotes", async () => {
    const ds = testApp.dataSource;
    const early = await articleId(ds, 'Framing one', { outlet: 'Al Marsad', publishedAt: '2019-10-07' });
    const late = await articleId(ds, 'Framing two', { outlet: 'Al Marsad', publishedAt: '2019-12-01' });
    const other = await articleId(ds, 'Framing three', { outlet: 'Libya Observer', publishedAt: '2019-10-08' });
    await insertFraming(ds, early, [
      { camp: 'GNA', label: 'ميليشيات', voice: 'narration', tone: 'pejorative', count: 3 },
      { camp: 'GNA', label: 'ميليشيات', voice: 'quote', tone: 'pejorative', count: 2 },
      { camp: 'LNA', label: 'الجيش الوطني', voice: 'narration', tone: 'legitimising', count: 4 },
    ]);
    await insertFraming(ds, late, [
      { camp: 'GNA', label: 'ميليشيات', voice: 'narration', tone: 'pejorative', count: 10 },
    ]);
    await insertFraming(ds, other, [
      { camp: 'LNA', label: 'قوات حفتر', voice: 'narration', tone: 'neutral', count: 5 },
    ]);
    const { body } = await get('/api/analytics/framing?from=2019-10-01&to=2019-10-31').expect(200);
    expect(body.outlets.map((o: { outletName: string; labels: unknown[] }) => [o.outletName, o.labels])).toEqual([
      [
        'Al Marsad',
        [
          { camp: 'GNA', label: 'ميليشيات', tone: 'pejorative', narration: 3, quote: 2 },
          { camp: 'LNA', label: 'الجيش الوطني', tone: 'legitimising', narration: 4, quote: 0 },
        ],
      ],
      ['Libya Observer', [{ camp: 'LNA', label: 'قوات حفتر', tone: 'neutral', narration: 5, quote: 0 }]],
    ]);
    const [{ id: marsad }] = await ds.query("SELECT id FROM outlets WHERE name = 'Al Marsad'");
    const one = (await get(`/api/analytics/framing?outlet=${marsad}`).expect(200)).body;
    expect(one.outlets).toHaveLength(1);
    expect(one.outlets[0].labels[0]).toEqual({
      camp: 'GNA',
      label: 'ميليشيات',
      tone: 'pejorative',
      narration: 13,
      quote: 2,
    });
  });

  it('describes every analytics route in OpenAPI', async () => {
    const { body } = await request(testApp.server).get('/api/docs-json').expect(200);
    for (const path of ['timeseries', 'compare', 'contested', 'framing', 'share', 'blindspots', 'top-sources']) {
      expect(body.paths[`/api/analytics/${path}`]).toBeDefined();
    }
    expect(body.components.schemas.TimeseriesDto).toBeDefined();
  });
});
