import request from 'supertest';
import { CAMP_IDS } from '@claimline/contracts';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';
import { signIn } from '../support/auth';

describe.each(testDialects())('foundation on %s', (dialect) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('reports health with the dialect in use', async () => {
    const response = await request(testApp.server).get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: dialect, databaseStatus: 'up' });
  });

  it("seeds the default conflict's five camps, and each camp id once across both bundled packs", async () => {
    const response = await request(testApp.server)
      .get('/api/camps')
      .set(await signIn(testApp, 'viewer'))
      .expect(200);
    expect(response.body.map((camp: { id: string }) => camp.id)).toEqual([...CAMP_IDS]);
    // LNA, GNA, SAF, RSF and the UN, international and unknown camps both conflicts share.
    const [{ count }] = await testApp.dataSource.query('SELECT COUNT(*) AS count FROM camps');
    expect(Number(count)).toBe(7);
    const [{ perConflict }] = await testApp.dataSource.query('SELECT COUNT(*) AS perConflict FROM conflict_camps');
    expect(Number(perConflict)).toBe(10);
  });

  it('round-trips Arabic byte for byte', async () => {
    const arabic = 'قالت الصفحة الرسمية لقاعدة الوطية الجوية «غارات» – 🇱🇾';
    await testApp.dataSource.query('INSERT INTO outlets (name, url) VALUES (?, ?)', [arabic, null]);
    const rows = await testApp.dataSource.query('SELECT name FROM outlets WHERE name = ?', [arabic]);
    expect(Buffer.from(rows[0].name, 'utf8').equals(Buffer.from(arabic, 'utf8'))).toBe(true);
  });

  it('answers unknown routes with a JSON error and no stack trace', async () => {
    const response = await request(testApp.server).get('/api/nope').expect(404);
    expect(response.body.message).toBe('Cannot GET /api/nope');
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.js/);
  });

  it('serves the OpenAPI UI', async () => {
    await request(testApp.server).get('/api/docs').expect(200);
  });
});
