import request from 'supertest';
import { signIn } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';

/** The real seed article, ingested at start-up: its LNA and GNA claims about the same places must pair up. */
describe.each(testDialects())('analytics on the seed article on %s', (dialect) => {
  let testApp: TestApp;
  let auth: { Authorization: string };

  beforeAll(async () => {
    testApp = await startTestApp(dialect, { CLAIMLINE_SEED: 'true' });
    auth = await signIn(testApp, 'viewer');
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it("does not offer the two camps' strike reports about وادي الربيع and قصر بن غشير as contradictions", async () => {
    // Each side reports its own strikes on the same fronts: same place and day, but nothing in either denies or
    // reverses the other (issue #15). Whatever is offered carries its evidence.
    const { body } = await request(testApp.server).get('/api/analytics/contested?camp=LNA,GNA').set(auth).expect(200);
    const places = body.pairs.map((pair: { location: { nameAr: string } }) => pair.location.nameAr);
    expect(places).not.toContain('وادي الربيع');
    expect(places).not.toContain('قصر بن غشير');
    expect(body.withoutEvidence).toBeGreaterThan(0);
    for (const pair of body.pairs as { score: number; evidence: unknown[] }[]) {
      expect(pair.score).toBeGreaterThan(0);
      expect(pair.evidence.length).toBeGreaterThan(0);
    }
  });

  it('charts the seed claims with the claims list total', async () => {
    const [chart, list] = await Promise.all([
      request(testApp.server).get('/api/analytics/timeseries?bucket=day&groupBy=camp').set(auth).expect(200),
      request(testApp.server).get('/api/claims?limit=1').set(auth).expect(200),
    ]);
    expect(list.body.total).toBeGreaterThan(0);
    expect(chart.body.total).toBe(list.body.total);
  });
});
