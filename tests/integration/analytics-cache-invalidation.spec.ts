import request from 'supertest';
import { DataSource } from 'typeorm';
import { dataVersion } from '../../apps/api/src/rollups/data-version';
import { insertClaims } from '../factories/claims-table';
import { signIn } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';

/**
 * The dashboard cache is dropped only by writes to what it reads (rollups/data-version.ts): a note leaves
 * every chart cached, a link only the contested pairs, a status change the counts — and a chart read
 * after a write still counts it. Checked through the real transactions of both dialects (the commit
 * subscriber must see the same query runner the service declared).
 */
describe.each(testDialects())('analytics cache invalidation on %s', (dialect) => {
  let testApp: TestApp;
  let auth: { Authorization: string };
  let ids: number[];
  let dataSource: DataSource;
  const versions = () => ({
    counts: dataVersion(dataSource, ['counts']),
    status: dataVersion(dataSource, ['status']),
    narratives: dataVersion(dataSource, ['narratives']),
    links: dataVersion(dataSource, ['links']),
    framing: dataVersion(dataSource, ['framing']),
    names: dataVersion(dataSource, ['names']),
  });
  const claim = async (id: number) => (await request(testApp.server).get(`/api/claims/${id}`).set(auth)).body;
  const unreviewed = async () => {
    const { body } = await request(testApp.server)
      .get('/api/analytics/timeseries?bucket=month&groupBy=status')
      .set(auth)
      .expect(200);
    const series = body.series.find((s: { key: string }) => s.key === 'unreviewed');
    return series ? series.counts.reduce((a: number, b: number) => a + b, 0) : 0;
  };

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    dataSource = testApp.app.get(DataSource);
    auth = await signIn(testApp, 'analyst');
    ids = await insertClaims(testApp.dataSource, [
      { camp: 'LNA', day: '2019-10-07', source: 'LNA Media' },
      { camp: 'GNA', day: '2019-10-07', source: 'GNA Volcano' },
      { camp: 'GNA', day: '2019-10-08', source: 'GNA Volcano' },
    ]);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('leaves every version as it was after a note, and the list shows it at once', async () => {
    const listed = async () =>
      (await request(testApp.server).get('/api/claims?limit=10&camp=LNA').set(auth).expect(200)).body.items as {
        id: number;
        updatedAt: string;
      }[];
    // The page's ids are remembered until the counts change; its rows are read fresh.
    const listedBefore = (await listed()).find((item) => item.id === ids[0]);
    expect(listedBefore).toBeDefined();
    const { version } = await claim(ids[0]);
    const before = versions();
    await request(testApp.server)
      .patch(`/api/claims/${ids[0]}`)
      .set(auth)
      .send({ version, note: 'checked against the UNSMIL brief' })
      .expect(200);
    expect(versions()).toEqual(before);
    expect((await claim(ids[0])).note).toBe('checked against the UNSMIL brief');
    const noted = await claim(ids[0]);
    expect(noted.note).toBe('checked against the UNSMIL brief');
    expect(noted.updatedAt).not.toBe(listedBefore?.updatedAt);
    expect((await listed()).find((item) => item.id === ids[0])?.updatedAt).toBe(noted.updatedAt);
  });

  it('bumps the links, not the counts, for a link that regrades nothing', async () => {
    const before = versions();
    await request(testApp.server)
      .post('/api/claim-links')
      .set(auth)
      .send({ fromId: ids[1], toId: ids[2], relation: 'same-event' })
      .expect(201);
    const after = versions();
    expect(after.links).toBeGreaterThan(before.links);
    expect(after.counts).toBe(before.counts);
    expect(after.framing).toBe(before.framing);
    expect(after.names).toBe(before.names);
  });

  it('bumps only the statuses for a status change: charts of counts stay cached, what reads statuses counts it', async () => {
    const statusTotal = async () =>
      (await request(testApp.server).get('/api/claims?limit=1&status=unreviewed&q=LNA').set(auth).expect(200)).body
        .total as number;
    const unreviewedIds = async () =>
      (
        (await request(testApp.server).get('/api/claims?limit=10&status=unreviewed').set(auth).expect(200)).body
          .items as { id: number }[]
      ).map((item) => item.id);
    const byCamp = async () =>
      (await request(testApp.server).get('/api/analytics/timeseries?bucket=month&groupBy=camp').set(auth).expect(200))
        .body;
    const campTotal = async () =>
      (await request(testApp.server).get('/api/claims?limit=1&camp=LNA').set(auth).expect(200)).body.total as number;
    const cachedCamps = await byCamp();
    const lnaTotal = await campTotal();
    const cachedBefore = await unreviewed();
    const searchedBefore = await statusTotal();
    expect(await unreviewedIds()).toContain(ids[0]);
    expect(searchedBefore).toBeGreaterThan(0);
    const { version } = await claim(ids[0]);
    const before = versions();
    await request(testApp.server)
      .patch(`/api/claims/${ids[0]}`)
      .set(auth)
      .send({ version, status: 'confirmed' })
      .expect(200);
    const after = versions();
    expect(after).toEqual({ ...before, status: after.status });
    expect(after.status).toBeGreaterThan(before.status);
    // The camp chart is the cached object itself and the camp total unchanged (a status moves no claim between
    // camps); the status chart, a status-filtered total and page count the change.
    expect(await byCamp()).toEqual(cachedCamps);
    await expect(campTotal()).resolves.toBe(lnaTotal);
    await expect(unreviewed()).resolves.toBe(cachedBefore - 1);
    await expect(statusTotal()).resolves.toBe(searchedBefore - 1);
    expect(await unreviewedIds()).not.toContain(ids[0]);
  });

  it('bumps the links and the statuses, not the counts, for a link that regrades its claims', async () => {
    const statusBefore = (await claim(ids[1])).status as string;
    const before = versions();
    await request(testApp.server)
      .post('/api/claim-links')
      .set(auth)
      .send({ fromId: ids[0], toId: ids[1], relation: 'corroborates' })
      .expect(201);
    const after = versions();
    // A claim of another camp corroborates it: the GNA claim is now corroborated.
    expect((await claim(ids[1])).status).not.toBe(statusBefore);
    expect(after).toEqual({ ...before, links: after.links, status: after.status });
    expect(after.links).toBeGreaterThan(before.links);
    expect(after.status).toBeGreaterThan(before.status);
  });

  it('bumps only the tags for a narrative added: charts of counts stay cached, those of tags count it', async () => {
    const admin = await signIn(testApp, 'admin');
    const { body: narrative } = await request(testApp.server)
      .post('/api/narratives')
      .set(admin)
      .send({ nameEn: 'Foreign mercenaries', nameAr: 'المرتزقة الأجانب', color: '#e69f00' })
      .expect(201);
    const get = async (url: string) => (await request(testApp.server).get(url).set(auth).expect(200)).body;
    const byCamp = '/api/analytics/timeseries?bucket=month&groupBy=camp';
    const cachedCamps = await get(byCamp);
    const tagged = async () => {
      const camps = (await get('/api/analytics/share')).camps as {
        camp: string;
        untagged: number;
        narratives: { narrativeId: number; count: number }[];
      }[];
      const gna = camps.find((camp) => camp.camp === 'GNA')!;
      return { untagged: gna.untagged, tagged: gna.narratives.find((n) => n.narrativeId === narrative.id)?.count ?? 0 };
    };
    const gnaBefore = await tagged();
    const taggedTotal = async () => (await get(`/api/claims?limit=1&narrative=${narrative.id}`)).total as number;
    await expect(taggedTotal()).resolves.toBe(0);
    const { version } = await claim(ids[1]);
    const before = versions();
    await request(testApp.server)
      .patch(`/api/claims/${ids[1]}`)
      .set(auth)
      .send({ version, narratives: [narrative.id] })
      .expect(200);
    const after = versions();
    expect(after).toEqual({ ...before, narratives: after.narratives });
    expect(after.narratives).toBeGreaterThan(before.narratives);
    // The camp chart is the cached object itself (nothing it reads changed); the share and the total count the tag.
    expect(await get(byCamp)).toEqual(cachedCamps);
    await expect(tagged()).resolves.toEqual({ untagged: gnaBefore.untagged - 1, tagged: 1 });
    await expect(taggedTotal()).resolves.toBe(1);
    const byNarrative = await get(`/api/analytics/timeseries?bucket=month&groupBy=narrative`);
    expect(byNarrative.series.map((s: { key: string }) => s.key)).toContain(String(narrative.id));
  });

  it('bumps everything for a write it cannot describe (a source renamed)', async () => {
    const before = versions();
    const { body: sources } = await request(testApp.server).get('/api/sources?limit=100').set(auth).expect(200);
    const source = (sources.items ?? sources).find((s: { nameEn: string }) => s.nameEn === 'LNA Media');
    const admin = await signIn(testApp, 'admin');
    await request(testApp.server)
      .patch(`/api/sources/${source.id}`)
      .set(admin)
      .send({ version: source.version, nameEn: 'LNA Media Office' })
      .expect(200);
    const after = versions();
    expect(after.counts).toBeGreaterThan(before.counts);
    expect(after.links).toBeGreaterThan(before.links);
    expect(after.framing).toBeGreaterThan(before.framing);
    expect(after.names).toBeGreaterThan(before.names);
  });
});
