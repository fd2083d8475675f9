import request from 'supertest';
import { insertClaims, type ClaimRow } from '../factories/claims-table';
import { signIn } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';

/** One place on every claim: filtering by it selects them all but forces the claims-table path. */
const PLACE = 'test-precision-town';

/**
 * July–August 2019 at every precision. Month-precision claims are stored on the 1st (2019-07-01 is a
 * Monday, so a weekly chart would put them in its first week), week-precision ones on the Monday.
 */
const CLAIMS: ClaimRow[] = [
  { camp: 'LNA', day: '2019-07-03', precision: 'day', narratives: ['Terrorism'] },
  { camp: 'LNA', day: '2019-07-04', precision: 'reported' },
  { camp: 'GNA', day: '2019-07-08', precision: 'week', narratives: ['Mercenaries'] },
  { camp: 'GNA', day: '2019-07-01', precision: 'month', narratives: ['Terrorism', 'Mercenaries'] },
  { camp: 'GNA', day: '2019-07-01', precision: 'month' },
  { camp: 'LNA', day: '2019-08-01', precision: 'month', narratives: ['Terrorism'] },
].map((row) => ({ ...row, places: [PLACE], source: `${row.camp} precision source` }) as ClaimRow);

type Series = { key: string; counts: number[] };
type Coarser = { precision: string; count: number; series: { key: string; count: number }[] };
type Timeseries = { buckets: string[]; series: Series[]; coarser: Coarser[]; total: number };

/**
 * Issue #15: a chart never claims a precision the data lacks. A claim is put only in buckets at least
 * as coarse as its date; the rest come back apart (`coarser`), from the rollups and from the claims
 * table alike.
 */
describe.each(testDialects())('timeseries by date precision on %s', (dialect) => {
  let testApp: TestApp;
  let auth: { Authorization: string };
  let location: number;
  const get = async (query: string): Promise<Timeseries> =>
    (await request(testApp.server).get(`/api/analytics/timeseries?${query}`).set(auth).expect(200)).body;
  const countsOf = (body: Timeseries) =>
    Object.fromEntries(body.series.filter((s) => s.counts.some(Boolean)).map((s) => [s.key, s.counts]));
  const tallyOf = (body: Timeseries) =>
    body.coarser.map((c) => [c.precision, c.count, Object.fromEntries(c.series.map((s) => [s.key, s.count]))]);

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    auth = await signIn(testApp, 'viewer');
    await insertClaims(testApp.dataSource, CLAIMS);
    [{ id: location }] = await testApp.dataSource.query('SELECT id FROM locations WHERE location_key = ?', [PLACE]);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('leaves month-precision claims out of the weeks and tallies them apart', async () => {
    const body = await get('bucket=week&groupBy=camp');
    expect(body.buckets).toEqual(['2019-07-01', '2019-07-08']);
    expect(countsOf(body)).toEqual({ LNA: [2, 0], GNA: [0, 1] });
    expect(tallyOf(body)).toEqual([['month', 3, { GNA: 2, LNA: 1 }]]);
    expect(body.total).toBe(CLAIMS.length);
  });

  it('leaves week- and month-precision claims out of the days; publication dates stay in their day', async () => {
    const body = await get('bucket=day&groupBy=camp');
    expect(body.buckets).toEqual(['2019-07-03', '2019-07-04']);
    expect(countsOf(body)).toEqual({ LNA: [1, 1] });
    expect(tallyOf(body)).toEqual([
      ['week', 1, { GNA: 1 }],
      ['month', 3, { GNA: 2, LNA: 1 }],
    ]);
    expect(body.total).toBe(CLAIMS.length);
  });

  it('puts every claim in a month chart', async () => {
    const body = await get('bucket=month&groupBy=camp');
    expect(body.buckets).toEqual(['2019-07', '2019-08']);
    expect(countsOf(body)).toEqual({ LNA: [2, 1], GNA: [3, 0] });
    expect(body.coarser).toEqual([]);
  });

  it('counts each coarser claim once when grouped by narrative', async () => {
    const body = await get('bucket=week&groupBy=narrative');
    expect(tallyOf(body)).toEqual([['month', 3, expect.any(Object)]]);
    const [month] = body.coarser;
    const labels = Object.fromEntries(month.series.map((s) => [s.key, s.count]));
    const [terrorism] = await testApp.dataSource.query("SELECT id FROM narratives WHERE name_en = 'Terrorism'");
    const [mercenaries] = await testApp.dataSource.query("SELECT id FROM narratives WHERE name_en = 'Mercenaries'");
    expect(labels).toEqual({ [terrorism.id]: 2, [mercenaries.id]: 1, none: 1 });
  });

  it.each([
    ['week', 'camp'],
    ['day', 'camp'],
    ['day', 'source'],
    ['week', 'status'],
    ['day', 'narrative'],
    ['week', 'narrative'],
    ['month', 'camp'],
  ])('the rollups and the claims table agree: bucket=%s groupBy=%s', async (bucket, groupBy) => {
    const fromRollups = await get(`bucket=${bucket}&groupBy=${groupBy}`);
    // The place filter matches every claim but only the claims table can answer it.
    const fromClaims = await get(`bucket=${bucket}&groupBy=${groupBy}&location=${location}`);
    expect(fromClaims).toEqual(fromRollups);
    expect(fromRollups.total).toBe(CLAIMS.length);
  });

  it('answers "leave out publication-only dates" (the precision filter) the same from the rollups', async () => {
    const query = 'bucket=week&groupBy=camp&precision=day,week,month';
    const fromRollups = await get(query);
    expect(fromRollups.total).toBe(CLAIMS.length - 1);
    expect(countsOf(fromRollups)).toEqual({ LNA: [1, 0], GNA: [0, 1] });
    expect(await get(`${query}&location=${location}`)).toEqual(fromRollups);
    const list = await request(testApp.server)
      .get('/api/claims?limit=1&precision=day,week,month')
      .set(auth)
      .expect(200);
    expect(list.body.total).toBe(CLAIMS.length - 1);
  });
});
