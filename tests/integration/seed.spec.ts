import request from 'supertest';
import { CAMP_IDS } from '@claimline/contracts';
import { SeedArticleService } from '../../apps/api/src/setup/seed-article.service';
import { SetupService } from '../../apps/api/src/setup/setup.service';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';
import { signIn } from '../support/auth';
import { ingestionCounts } from '../factories/articles';

describe.each(testDialects())('seed and registry on %s', (dialect) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(dialect, { CLAIMLINE_SEED: 'true' });
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('loads the source registry and the gazetteer', async () => {
    const [{ sources }] = await testApp.dataSource.query(
      "SELECT COUNT(*) AS sources FROM sources WHERE registry_key IS NOT NULL AND status = 'active'",
    );
    const [{ aliases }] = await testApp.dataSource.query('SELECT COUNT(*) AS aliases FROM source_aliases');
    const [{ places }] = await testApp.dataSource.query('SELECT COUNT(*) AS places FROM locations');
    expect(Number(sources)).toBeGreaterThan(40);
    expect(Number(aliases)).toBeGreaterThan(Number(sources));
    expect(Number(places)).toBeGreaterThan(10);
  });

  it('stores the seed article with claims of all five camps', async () => {
    const viewer = await signIn(testApp, 'viewer');
    const list = await request(testApp.server).get('/api/articles').set(viewer).expect(200);
    expect(list.body.items).toHaveLength(1);
    const seed = list.body.items[0];
    expect(seed).toMatchObject({
      language: 'ar',
      publishedAt: '2019-10-07',
      publishedEstimated: true,
      outlet: { name: 'بوابة أفريقيا الإخبارية' },
    });
    const detail = await request(testApp.server).get(`/api/articles/${seed.id}`).set(viewer).expect(200);
    const camps = new Set(detail.body.claims.map((claim: { camp: string }) => claim.camp));
    expect([...camps].sort()).toEqual([...CAMP_IDS].sort());
    for (const claim of detail.body.claims)
      expect(detail.body.body.slice(claim.start, claim.end).length).toBeGreaterThan(0);
  });

  it('adds nothing on a second bootstrap', async () => {
    const before = await ingestionCounts(testApp);
    await testApp.app.get(SetupService).onApplicationBootstrap();
    expect(await testApp.app.get(SeedArticleService).seed()).toBeNull();
    expect(await ingestionCounts(testApp)).toEqual(before);
  });
});
