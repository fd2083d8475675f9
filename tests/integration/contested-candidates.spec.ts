import request from 'supertest';
import { insertClaims, type ClaimRow } from '../factories/claims-table';
import { signIn } from '../support/auth';
import { expectContestedCandidatesExact } from '../support/contested-candidates';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';

const PLACES = ['test-place-a', 'test-place-b', 'test-place-c', 'test-place-d'];
const CAMPS = ['LNA', 'GNA', 'UN', 'INTERNATIONAL', 'UNKNOWN'];
const STATUSES = ['unreviewed', 'confirmed', 'contested'] as const;
/** Ten days of January 2020 without the 5th: a day with no claims inside the window. */
const DAYS = ['01', '02', '03', '04', '06', '07', '08', '09', '10', '11'].map((d) => `2020-01-${d}`);

/**
 * Claims spread over places, days, camps and statuses by a fixed rule (no randomness): busy places hold
 * several claims of each camp a day, some claims name two places, so pairs cross days and camps both ways.
 */
const CLAIMS: ClaimRow[] = Array.from({ length: 160 }, (_, i) => ({
  camp: CAMPS[(i * 7) % CAMPS.length],
  day: DAYS[(i * 3) % DAYS.length],
  status: STATUSES[i % STATUSES.length],
  places: i % 5 === 0 ? [PLACES[i % 4], PLACES[(i + 1) % 4]] : [PLACES[(i * 11) % 3]],
}));

/**
 * The contested walk (claim_locations copies read a span of days at a time, paired in memory) returns
 * exactly the base tables' candidate pairs, before and after each kind of claim write.
 */
describe.each(testDialects())('contested candidates equal the base tables on %s', (dialect) => {
  let testApp: TestApp;
  let analyst: { Authorization: string };
  let ids: number[];
  const q = (sql: string, params: unknown[] = []) => testApp.dataSource.query<Record<string, unknown>[]>(sql, params);
  const claim = async (id: number) => (await q('SELECT id, version FROM claims WHERE id = ?', [id]))[0];
  const patch = async (id: number, body: object) =>
    request(testApp.server)
      .patch(`/api/claims/${id}`)
      .set(analyst)
      .send({ version: Number((await claim(id)).version), ...body })
      .expect(200);

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    analyst = await signIn(testApp, 'analyst');
    ids = await insertClaims(testApp.dataSource, CLAIMS);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('as inserted', async () => {
    expect(await expectContestedCandidatesExact(testApp)).toBeGreaterThan(500);
  });

  it('after PATCHes of event day, places and source (camp), a delete and more claims', async () => {
    await patch(ids[0], { eventDate: { date: '2020-01-05', precision: 'day' } });
    const places = (await q('SELECT id FROM locations ORDER BY id')).map((row) => Number(row.id));
    await patch(ids[1], { locations: [places[3]] });
    const [gnaSource] = await q("SELECT id FROM sources WHERE camp_id = 'GNA' ORDER BY id LIMIT 1");
    const lnaClaim = ids.find((_, i) => CLAIMS[i].camp === 'LNA' && i > 1)!;
    await patch(lnaClaim, { sourceId: Number(gnaSource.id) });
    expect((await q('SELECT camp_id FROM claims WHERE id = ?', [lnaClaim]))[0].camp_id).toBe('GNA');
    await request(testApp.server).delete(`/api/claims/${ids[2]}`).set(analyst).expect(200);
    await insertClaims(testApp.dataSource, [
      { camp: 'UN', day: '2020-01-05', places: [PLACES[0]] },
      { camp: 'LNA', day: '2019-12-31', places: [PLACES[0], PLACES[1]] },
    ]);
    expect(await expectContestedCandidatesExact(testApp)).toBeGreaterThan(500);
  });
});
