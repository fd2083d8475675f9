import request from 'supertest';
import { signIn } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';

type Headers = { Authorization: string };
type Rows = Record<string, unknown>[];
type Item = { id: number; status: string; camp: string; narratives: { id: number }[]; source: { id: number } | null };
type HistoryEvent = { action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null };

/**
 * Bulk review through the HTTP API on the seed article's claims: one audit entry per claim carrying the bulk
 * id, rollups and dashboard totals equal to the claims after the action and after its undo, a per-claim
 * refusal of link-only statuses, 409s for a stale filter, an undo after a later edit and a second undo, 400s.
 */
describe.each(testDialects())('claims bulk review on %s', (dialect) => {
  let testApp: TestApp;
  let analyst: Headers;
  let admin: Headers;
  let narrative: number;
  const q = (sql: string, params: unknown[] = []): Promise<Rows> => testApp.dataSource.query(sql, params);
  const norm = (rows: Rows) => rows.map((row) => Object.values(row).map((v) => (v === null ? v : String(v))));

  beforeAll(async () => {
    testApp = await startTestApp(dialect, { CLAIMLINE_SEED: 'true' });
    analyst = await signIn(testApp, 'analyst');
    admin = await signIn(testApp, 'admin');
    const created = await request(testApp.server)
      .post('/api/narratives')
      .set(admin)
      .send({ nameEn: 'Bulk narrative', nameAr: 'رواية جماعية', color: '#56B4E9' })
      .expect(201);
    narrative = created.body.id;
    // Migrations and the seed article on a shared, busy database server take more than Jest's 5 s at times.
  }, 60_000);

  afterAll(async () => {
    await testApp?.close();
  });

  const bulk = (body: object, as: Headers = analyst) =>
    request(testApp.server).post('/api/claims/bulk').set(as).send(body);
  const undo = (bulkId: string, as: Headers = analyst) =>
    request(testApp.server).post(`/api/claims/bulk/${bulkId}/undo`).set(as).send();
  const list = async (query = ''): Promise<{ items: Item[]; total: number }> =>
    (await request(testApp.server).get(`/api/claims?limit=500${query}`).set(analyst).expect(200)).body;
  const statuses = async (ids: number[]) =>
    Object.fromEntries((await list()).items.filter((i) => ids.includes(i.id)).map((i) => [i.id, i.status]));

  /** The rollups against GROUP BY over claims, and the dashboard's status series against the claims' statuses. */
  async function expectTotalsConsistent(): Promise<void> {
    expect(
      norm(
        await q(
          'SELECT event_day, camp_id, source_id, status, date_precision, n, tagged FROM claim_counts_daily WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5',
        ),
      ),
    ).toEqual(
      norm(
        await q(`SELECT c.event_day, c.camp_id, COALESCE(c.source_id, 0) AS s, c.status, c.date_precision, COUNT(*) AS n,
                   SUM(CASE WHEN EXISTS (SELECT 1 FROM claim_narratives t WHERE t.claim_id = c.id) THEN 1 ELSE 0 END) AS tagged
                 FROM claims c GROUP BY c.event_day, c.camp_id, COALESCE(c.source_id, 0), c.status, c.date_precision ORDER BY 1, 2, 3, 4, 5`),
      ),
    );
    expect(
      norm(
        await q(
          'SELECT event_day, camp_id, narrative_id, status, date_precision, n FROM claim_narrative_counts_daily WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5',
        ),
      ),
    ).toEqual(
      norm(
        await q(`SELECT c.event_day, c.camp_id, cn.narrative_id, c.status, c.date_precision, COUNT(*) AS n FROM claims c
                 JOIN claim_narratives cn ON cn.claim_id = c.id GROUP BY c.event_day, c.camp_id, cn.narrative_id, c.status, c.date_precision ORDER BY 1, 2, 3, 4, 5`),
      ),
    );
    const series = (
      await request(testApp.server)
        .get('/api/analytics/timeseries?bucket=month&groupBy=status')
        .set(analyst)
        .expect(200)
    ).body as { series: { key: string; counts: number[] }[] };
    const dashboard = Object.fromEntries(
      series.series.map((s) => [s.key, s.counts.reduce((a, b) => a + b, 0)]).filter(([, n]) => n),
    );
    const raw = Object.fromEntries(
      (await q('SELECT status, COUNT(*) AS n FROM claims GROUP BY status')).map((r) => [r.status, Number(r.n)]),
    );
    expect(dashboard).toEqual(raw);
  }

  it('refuses bad requests with field messages', async () => {
    const [first] = (await list()).items;
    const cases: [object, string][] = [
      [{ ids: [first.id], set: {} }, 'set'],
      [{ ids: [first.id], set: { status: 'maybe' } }, 'set.status'],
      [{ set: { status: 'confirmed' } }, 'ids'],
      [{ ids: [first.id], filter: {}, expectedTotal: 1, set: { status: 'confirmed' } }, 'ids'],
      [{ filter: { camp: ['LNA'] }, set: { status: 'confirmed' } }, 'expectedTotal'],
      [{ filter: { from: '2019-13-40' }, expectedTotal: 1, set: { status: 'confirmed' } }, 'filter.from'],
      [{ filter: { conflict: 'nowhere-1900' }, expectedTotal: 1, set: { status: 'confirmed' } }, 'conflict'],
      [{ ids: [], set: { status: 'confirmed' } }, 'ids'],
      [{ ids: Array.from({ length: 5001 }, (_, i) => i + 1), set: { status: 'confirmed' } }, 'ids'],
      [{ ids: [first.id], set: { addNarratives: [999999] } }, 'set.addNarratives'],
      [{ ids: [first.id], set: { addNarratives: [narrative], removeNarratives: [narrative] } }, 'set.removeNarratives'],
      [{ ids: [first.id], set: { sourceId: 999999 } }, 'set.sourceId'],
      [{ ids: [first.id], set: { status: 'confirmed', version: 3 } }, 'set.version'],
    ];
    for (const [body, field] of cases) {
      const response = await bulk(body).expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await q('SELECT COUNT(*) AS n FROM claim_bulk_actions')).toEqual([{ n: expect.anything() }]);
    expect(Number((await q('SELECT COUNT(*) AS n FROM claim_bulk_actions'))[0].n)).toBe(0);
    await request(testApp.server).post('/api/claims/bulk/not-a-uuid/undo').set(analyst).expect(400);
    await bulk({ ids: [first.id], set: { status: 'confirmed' } }, await signIn(testApp, 'viewer')).expect(403);
  });

  it('sets a status on chosen claims with one audit entry each, and undoes it', async () => {
    const items = (await list()).items.slice(0, 4);
    const ids = items.map((i) => i.id);
    const before = await statuses(ids);
    const response = await bulk({ ids: [...ids, 99999999], set: { status: 'discounted' } }).expect(200);
    expect(response.body).toMatchObject({
      changed: ids.filter((id) => before[id] !== 'discounted').length,
      skipped: [{ id: 99999999, code: 'not-found', reason: 'Claim not found' }],
    });
    const { bulkId } = response.body;
    expect(bulkId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.body.summary.statusFrom.reduce((n: number, c: { claims: number }) => n + c.claims, 0)).toBe(
      response.body.changed,
    );
    expect(Object.values(await statuses(ids))).toEqual(ids.map(() => 'discounted'));
    for (const id of ids) {
      const history = (await request(testApp.server).get(`/api/claims/${id}/history`).set(analyst).expect(200))
        .body as HistoryEvent[];
      const entries = history.filter((event) => event.after?.bulkId === bulkId);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        action: 'update',
        before: { status: before[id] },
        after: { status: 'discounted' },
      });
    }
    await expectTotalsConsistent();

    const undone = await undo(bulkId).expect(200);
    expect(undone.body).toEqual({ bulkId, restored: response.body.changed });
    expect(await statuses(ids)).toEqual(before);
    await expectTotalsConsistent();
    // Undone once: never twice.
    expect((await undo(bulkId).expect(409)).body.message).toMatch(/already undone/);
  });

  it('refuses corroborated/contested per claim when no link supports it', async () => {
    const ids = (await list()).items
      .slice(0, 2)
      .map((i) => i.id)
      .sort((a, b) => a - b);
    const response = await bulk({ ids, set: { status: 'contested' } }).expect(200);
    expect(response.body.changed).toBe(0);
    expect(response.body.bulkId).toBeNull();
    expect(response.body.skipped).toEqual(
      ids.map((id) => ({ id, code: 'status-needs-links', reason: expect.stringContaining("'contradicts' link") })),
    );
  });

  it('applies to every claim a filter matches, adds a narrative, and refuses undo after a later edit', async () => {
    const camp = (await list()).items[0].camp;
    const { total, items } = await list(`&camp=${camp}`);
    const stale = await bulk({
      filter: { camp: [camp] },
      expectedTotal: total + 1,
      set: { addNarratives: [narrative] },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.total).toBe(total);

    const response = await bulk({
      filter: { camp: [camp] },
      expectedTotal: total,
      set: { addNarratives: [narrative] },
    }).expect(200);
    expect(response.body.changed).toBe(total);
    expect(response.body.summary.narrativesAdded).toEqual([{ key: String(narrative), claims: total }]);
    expect((await list(`&narrative=${narrative}`)).total).toBe(total);
    await expectTotalsConsistent();

    // Someone edits one of those claims afterwards: the undo would overwrite it, so it is refused whole.
    const edited = items[0].id;
    const detail = (await request(testApp.server).get(`/api/claims/${edited}`).set(admin).expect(200)).body;
    await request(testApp.server)
      .patch(`/api/claims/${edited}`)
      .set(admin)
      .send({ version: detail.version, note: 'checked by hand' })
      .expect(200);
    const refused = await undo(response.body.bulkId).expect(409);
    expect(refused.body.changedSince).toEqual([edited]);
    expect((await list(`&narrative=${narrative}`)).total).toBe(total);
    await expectTotalsConsistent();
  });

  it('undoes only the last bulk action of its own author', async () => {
    const ids = (await list()).items.slice(0, 2).map((i) => i.id);
    const first = (await bulk({ ids, set: { removeNarratives: [narrative], status: 'confirmed' } }).expect(200)).body;
    const second = (await bulk({ ids, set: { status: 'single-source' } }).expect(200)).body;
    await undo(first.bulkId).expect(409);
    await undo(second.bulkId, admin).expect(403);
    await undo('00000000-0000-4000-8000-000000000000').expect(404);
    await undo(second.bulkId).expect(200);
    expect(Object.values(await statuses(ids))).toEqual(['confirmed', 'confirmed']);
    await expectTotalsConsistent();
  });

  it('moves claims to a source of another camp, with their camp, and back on undo', async () => {
    const items = (await list()).items.slice(0, 3);
    const sources = (await request(testApp.server).get('/api/sources?limit=100').set(analyst).expect(200)).body
      .items as { id: number; camp: string; status: string }[];
    const target = sources.find((s) => s.status !== 'merged' && items.every((i) => i.camp !== s.camp))!;
    expect(target).toBeDefined();
    const before = Object.fromEntries(items.map((i) => [i.id, [i.camp, i.source?.id ?? null]]));
    const response = await bulk({ ids: items.map((i) => i.id), set: { sourceId: target.id } }).expect(200);
    expect(response.body.summary).toMatchObject({ sourceChanged: 3, campChanged: 3 });
    const moved = (await list()).items.filter((i) => before[i.id]);
    expect(moved.map((i) => [i.camp, i.source?.id])).toEqual(moved.map(() => [target.camp, target.id]));
    await expectTotalsConsistent();
    await undo(response.body.bulkId).expect(200);
    const back = (await list()).items.filter((i) => before[i.id]);
    expect(Object.fromEntries(back.map((i) => [i.id, [i.camp, i.source?.id ?? null]]))).toEqual(before);
    await expectTotalsConsistent();
  });
});
