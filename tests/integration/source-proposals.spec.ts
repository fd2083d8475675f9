import request from 'supertest';
import { RejectGenericSourceProposals1765900000000 } from '../../apps/api/src/database/migrations/1765900000000-reject-generic-source-proposals';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';
import { signIn } from '../support/auth';
import { arabicArticleBody, articleInput } from '../factories/articles';
import { claimInput } from '../factories/claims';

type Source = { id: number; status: string; aliases: string[]; claimCount: number; nameAr: string; camp: string };
type TopSource = { sourceId: number; claims: number };

/** Generic back-references never become sources; proposals can be rejected, renamed and merged (issue #15). */
describe.each(testDialects())('source proposals on %s', (dialect) => {
  let testApp: TestApp;
  let analyst: { Authorization: string };
  let viewer: { Authorization: string };

  beforeAll(async () => {
    // The seed article holds «المصدر» three times and «مصدر عسكري» twice.
    testApp = await startTestApp(dialect, { CLAIMLINE_SEED: 'true' });
    analyst = await signIn(testApp, 'analyst');
    viewer = await signIn(testApp, 'viewer');
  });

  afterAll(async () => {
    await testApp?.close();
  });

  const post = (path: string, body: object = {}) => request(testApp.server).post(path).set(analyst).send(body);
  const get = (path: string) => request(testApp.server).get(path).set(viewer).expect(200);

  async function claimBy(
    mention: string,
    camp = 'LNA',
  ): Promise<{ sourceId: number | null; id: number; camp: string }> {
    const body = arabicArticleBody();
    const claims = [claimInput(body, 'قوات الجيش سيطرت على مواقع جديدة', { sourceMention: mention, camp })];
    const response = await post('/api/articles', articleInput({ body, claims })).expect(201);
    return response.body.claims[0];
  }

  const topSourceIds = async () =>
    ((await get('/api/analytics/top-sources?limit=100')).body.sources as TopSource[]).map((s) => s.sourceId);

  it('stores the seed article without proposing «المصدر» or the unnamed military source', async () => {
    const rows: { source_id: number | null }[] = await testApp.dataSource.query(
      "SELECT source_id FROM claims WHERE source_mention IN ('المصدر', 'مصدر عسكري')",
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.every((row) => row.source_id === null)).toBe(true);
    const proposals = (await get('/api/sources?status=proposed')).body.items as Source[];
    expect(proposals.flatMap((source) => source.aliases)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(المصدر|مصدر عسكري)/)]),
    );
  });

  it.each(['المصدر', 'المصادر', 'مصدر', 'the source', 'a spokesman', 'المتحدث'])(
    'an analyst’s claim by «%s» gets no source and keeps its camp',
    async (mention) => {
      const claim = await claimBy(mention, 'GNA');
      expect(claim).toMatchObject({ sourceId: null, camp: 'GNA' });
    },
  );

  it('rejects a proposal: claims lose the source, keep the camp, leave Top sources; never proposed again', async () => {
    const claim = await claimBy('كتيبة المختبر', 'LNA');
    const id = claim.sourceId as number;
    expect(await topSourceIds()).toContain(id);

    const rejected = await post(`/api/sources/${id}/reject`).expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', claimCount: 0 });
    const [row] = await testApp.dataSource.query('SELECT source_id, camp_id, version FROM claims WHERE id = ?', [
      claim.id,
    ]);
    expect(row).toMatchObject({ source_id: null, camp_id: 'LNA' });
    expect(Number(row.version)).toBe(2);
    expect(await topSourceIds()).not.toContain(id);

    expect(await claimBy('كتيبة المختبر')).toMatchObject({ sourceId: null });
    const proposals = (await get('/api/sources?status=proposed')).body.items as Source[];
    expect(proposals.some((source) => source.aliases.includes('كتيبة المختبر'))).toBe(false);

    const [audit] = await testApp.dataSource.query(
      "SELECT after FROM audit_events WHERE entity = 'source' AND action = 'reject' AND entity_id = ?",
      [String(id)],
    );
    expect(JSON.parse(audit.after)).toMatchObject({ status: 'rejected', claimsDetached: 1 });

    await post(`/api/sources/${id}/reject`).expect(409);
    await post(`/api/sources/${id}/accept`).expect(409);
    await post('/api/sources/999999/reject').expect(404);
    await request(testApp.server).post(`/api/sources/${id}/reject`).set(viewer).expect(403);
    // A real source may still take the rejected spelling as its name.
    await post('/api/sources', { nameAr: 'كتيبة المختبر', nameEn: 'Lab Brigade', camp: 'GNA', kind: 'other' }).expect(
      201,
    );
  });

  it('renames a proposal and merges it into a registered source: claims and rollups follow', async () => {
    const claim = await claimBy('المقدم فرج المختبري', 'UNKNOWN');
    const id = claim.sourceId as number;
    const renamed = await request(testApp.server)
      .patch(`/api/sources/${id}`)
      .set(analyst)
      .send({ nameAr: 'فرج المختبري', nameEn: 'Faraj al-Mukhtabri' })
      .expect(200);
    expect(renamed.body).toMatchObject({ status: 'proposed', nameAr: 'فرج المختبري', nameEn: 'Faraj al-Mukhtabri' });
    expect(renamed.body.aliases).toEqual(expect.arrayContaining(['المقدم فرج المختبري', 'فرج المختبري']));

    const un = ((await get('/api/sources?camp=UN')).body.items as Source[])[0];
    const before = ((await get('/api/analytics/top-sources?limit=100')).body.sources as TopSource[]).find(
      (s) => s.sourceId === un.id,
    );
    await post(`/api/sources/${id}/merge`, { intoId: un.id }).expect(200);
    const [row] = await testApp.dataSource.query('SELECT source_id, camp_id FROM claims WHERE id = ?', [claim.id]);
    expect(row).toEqual({ source_id: un.id, camp_id: 'UN' });
    const after = ((await get('/api/analytics/top-sources?limit=100')).body.sources as TopSource[]).find(
      (s) => s.sourceId === un.id,
    );
    expect(after?.claims).toBe((before?.claims ?? 0) + 1);
    expect(await topSourceIds()).not.toContain(id);
  });

  it('migration 1765900000000 rejects generic proposals stored before the fix and rebuilds the rollups', async () => {
    // A proposal as the old code made it: a named one renamed in place to «المصدر».
    const claim = await claimBy('كتيبة مؤقتة للترحيل', 'LNA');
    const id = claim.sourceId as number;
    await testApp.dataSource.query("UPDATE sources SET name_ar = 'المصدر' WHERE id = ?", [id]);
    await testApp.dataSource.query(
      "UPDATE source_aliases SET alias = 'المصدر', normalized = 'المصدر' WHERE source_id = ?",
      [id],
    );
    const named = await claimBy('كتيبة باقية', 'LNA');
    expect(await topSourceIds()).toEqual(expect.arrayContaining([id, named.sourceId]));

    const runner = testApp.dataSource.createQueryRunner();
    try {
      await new RejectGenericSourceProposals1765900000000().up(runner);
    } finally {
      await runner.release();
    }
    const [row] = await testApp.dataSource.query('SELECT source_id, camp_id FROM claims WHERE id = ?', [claim.id]);
    expect(row).toEqual({ source_id: null, camp_id: 'LNA' });
    expect((await get(`/api/sources/${id}`)).body.status).toBe('rejected');
    expect((await get(`/api/sources/${named.sourceId}`)).body.status).toBe('proposed');
    const top = await topSourceIds();
    expect(top).not.toContain(id);
    expect(top).toContain(named.sourceId);
    const chart = await get('/api/analytics/timeseries?bucket=day&groupBy=camp');
    const list = await get('/api/claims?limit=1');
    expect(chart.body.total).toBe(list.body.total);
  });
});
