import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';
import { signIn } from '../support/auth';
import { arabicArticleBody, articleInput } from '../factories/articles';
import { claimInput } from '../factories/claims';

type Source = {
  id: number;
  nameAr: string;
  nameEn: string;
  camp: string;
  status: string;
  aliases: string[];
  claimCount: number;
  mergedIntoId: number | null;
};

describe.each(testDialects())('sources on %s', (dialect) => {
  let testApp: TestApp;
  let analyst: { Authorization: string };
  let viewer: { Authorization: string };

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    analyst = await signIn(testApp, 'analyst');
    viewer = await signIn(testApp, 'viewer');
  });

  afterAll(async () => {
    await testApp?.close();
  });

  const post = (path: string, body: object) => request(testApp.server).post(path).set(analyst).send(body);

  /** An article with one manual claim whose source is a plain mention (found by alias, or proposed). */
  async function claimBy(mention: string, camp = 'UNKNOWN'): Promise<{ sourceId: number; id: number; camp: string }> {
    const body = arabicArticleBody();
    const claims = [claimInput(body, 'قوات الجيش سيطرت على مواقع جديدة', { sourceMention: mention, camp })];
    const response = await post('/api/articles', articleInput({ body, claims })).expect(201);
    return response.body.claims[0];
  }

  it('lists the registry with aliases and claim counts, filtered by camp and text', async () => {
    const response = await request(testApp.server).get('/api/sources?camp=UN&q=الامم').set(viewer).expect(200);
    expect(response.body.items.length).toBeGreaterThan(0);
    for (const source of response.body.items as Source[]) {
      expect(source).toMatchObject({ camp: 'UN', status: 'active', claimCount: expect.any(Number) });
      expect(source.aliases.length).toBeGreaterThan(0);
    }
    await request(testApp.server).get('/api/sources/999999').set(viewer).expect(404);
  });

  it('creates a source, refuses a duplicate alias, and feeds it to extraction', async () => {
    const created = await post('/api/sources', {
      nameAr: 'كتيبة الاختبار',
      nameEn: 'Test Brigade',
      camp: 'GNA',
      kind: 'military-media',
      aliases: ['كتيبة الإختبار الخاصة'],
    }).expect(201);
    expect(created.body).toMatchObject({ status: 'active', camp: 'GNA', claimCount: 0 });
    expect(created.body.aliases).toEqual(
      expect.arrayContaining(['كتيبة الاختبار', 'Test Brigade', 'كتيبة الإختبار الخاصة']),
    );
    const clash = await post('/api/sources', {
      nameAr: 'آخر',
      nameEn: 'Other',
      camp: 'LNA',
      kind: 'other',
      aliases: ['كتيبه الاختبار الخاصه'],
    }).expect(409);
    expect(clash.body.existingId).toBe(created.body.id);
    await post('/api/sources', { nameAr: 'x', nameEn: 'y', camp: 'NOPE', kind: 'other' }).expect(400);

    const preview = await post('/api/articles/preview', {
      body: 'وقالت كتيبة الاختبار في بيان إن قواتها صدت هجوما عنيفا على محور عين زارة.',
      publishedAt: '2019-10-07',
    }).expect(200);
    expect(preview.body.claims.map((claim: { sourceId: number }) => claim.sourceId)).toContain(created.body.id);
  });

  it('changes camp on the source and on its claims in one go', async () => {
    const created = await post('/api/sources', {
      nameAr: 'مصدر متغير',
      nameEn: 'Changing source',
      camp: 'LNA',
      kind: 'other',
    }).expect(201);
    const claim = await claimBy('مصدر متغير');
    expect(claim).toMatchObject({ sourceId: created.body.id, camp: 'LNA' });
    const patched = await request(testApp.server)
      .patch(`/api/sources/${created.body.id}`)
      .set(analyst)
      .send({ camp: 'GNA' })
      .expect(200);
    expect(patched.body).toMatchObject({ camp: 'GNA', claimCount: 1 });
    const [row] = await testApp.dataSource.query('SELECT camp_id, version FROM claims WHERE id = ?', [claim.id]);
    expect(row.camp_id).toBe('GNA');
    expect(Number(row.version)).toBe(2);
  });

  it('proposes unknown sources once per normalized mention, and accepts them', async () => {
    const first = await claimBy('كتيبة أسود الصحراء', 'LNA');
    const second = await claimBy('كتيبة اسود الصحراء'); // the same mention, other hamza form
    expect(second.sourceId).toBe(first.sourceId);
    const proposals = await request(testApp.server).get('/api/sources?status=proposed').set(viewer).expect(200);
    const proposal = (proposals.body.items as Source[]).find((source) => source.id === first.sourceId);
    expect(proposal).toMatchObject({ status: 'proposed', camp: 'LNA', claimCount: 2, aliases: ['كتيبة أسود الصحراء'] });

    const accepted = await post(`/api/sources/${first.sourceId}/accept`, {
      camp: 'GNA',
      nameEn: 'Desert Lions Brigade',
      kind: 'military-media',
    }).expect(200);
    expect(accepted.body).toMatchObject({
      status: 'active',
      camp: 'GNA',
      nameEn: 'Desert Lions Brigade',
      kind: 'military-media',
    });
    const rows = await testApp.dataSource.query('SELECT DISTINCT camp_id FROM claims WHERE source_id = ?', [
      first.sourceId,
    ]);
    expect(rows).toEqual([{ camp_id: 'GNA' }]);
    await post(`/api/sources/${first.sourceId}/accept`, {}).expect(409);
    const audit = await testApp.dataSource.query(
      "SELECT action FROM audit_events WHERE entity = 'source' AND entity_id = ? ORDER BY id",
      [String(first.sourceId)],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['propose', 'accept']);
  });

  it('merges a source: claims move, aliases join without duplicates, audited', async () => {
    const into = await post('/api/sources', {
      nameAr: 'المصدر الهدف',
      nameEn: 'Target',
      camp: 'UN',
      kind: 'un-body',
      aliases: ['الاسم المشترك'],
    }).expect(201);
    const from = await post('/api/sources', {
      nameAr: 'المصدر المدمج',
      nameEn: 'Merged',
      camp: 'LNA',
      kind: 'other',
      aliases: ['اسم اخر للمدمج'],
    }).expect(201);
    // An alias both would share after the merge, added to `from` only through a proposal's spelling.
    const claim = await claimBy('المصدر المدمج');
    expect(claim.sourceId).toBe(from.body.id);

    const merged = await post(`/api/sources/${from.body.id}/merge`, { intoId: into.body.id }).expect(200);
    expect(merged.body.id).toBe(into.body.id);
    expect(merged.body.claimCount).toBe(1);
    expect(merged.body.aliases).toEqual(
      expect.arrayContaining(['المصدر الهدف', 'الاسم المشترك', 'المصدر المدمج', 'اسم اخر للمدمج', 'Merged']),
    );
    expect(new Set(merged.body.aliases).size).toBe(merged.body.aliases.length);
    const [row] = await testApp.dataSource.query('SELECT source_id, camp_id FROM claims WHERE id = ?', [claim.id]);
    expect(row).toEqual({ source_id: into.body.id, camp_id: 'UN' });
    const gone = await request(testApp.server).get(`/api/sources/${from.body.id}`).set(viewer).expect(200);
    expect(gone.body).toMatchObject({ status: 'merged', mergedIntoId: into.body.id, aliases: [] });
    const [audit] = await testApp.dataSource.query(
      "SELECT e.before, e.after FROM audit_events e WHERE e.entity = 'source' AND e.action = 'merge' AND e.entity_id = ?",
      [String(from.body.id)],
    );
    expect(JSON.parse(audit.before).from.status).toBe('active');
    expect(JSON.parse(audit.after)).toMatchObject({ claimsMoved: 1, from: { status: 'merged' } });

    // The merged mention now resolves to the target.
    expect((await claimBy('المصدر المدمج')).sourceId).toBe(into.body.id);
    await post(`/api/sources/${from.body.id}/merge`, { intoId: into.body.id }).expect(409);
    await post(`/api/sources/${into.body.id}/merge`, { intoId: into.body.id }).expect(400);
    await post(`/api/sources/${into.body.id}/merge`, { intoId: 999999 }).expect(404);
  });

  it('needs an analyst to change sources', async () => {
    await request(testApp.server)
      .post('/api/sources')
      .set(viewer)
      .send({ nameAr: 'a', nameEn: 'b', camp: 'UN', kind: 'other' })
      .expect(403);
  });
});
