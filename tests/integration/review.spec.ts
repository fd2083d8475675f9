import request from 'supertest';
import { signIn } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';
import { ClaimsRepository } from '../../apps/api/src/claims/claims.repository';
import { ClaimListRepository } from '../../apps/api/src/claims/claim-list.repository';
import { insertClaim, insertLocation, insertNarrative, insertSource, tag } from '../factories/claims-db';

type Headers = { Authorization: string };
type ListedClaim = { id: number; narratives: { id: number; nameEn: string }[]; locations: { id: number }[] };
type AuditEvent = { action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null };

describe.each(testDialects())('claim review (PATCH) on %s', (dialect) => {
  let testApp: TestApp;
  let viewer: Headers;
  let analyst: Headers;
  let admin: Headers;

  const get = (url: string) => request(testApp.server).get(url).set(viewer);
  const patch = (id: number, body: object) =>
    request(testApp.server).patch(`/api/claims/${id}`).set(analyst).send(body);
  const history = async (id: number): Promise<AuditEvent[]> =>
    (await get(`/api/claims/${id}/history`).expect(200)).body;

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    viewer = await signIn(testApp, 'viewer');
    analyst = await signIn(testApp, 'analyst');
    admin = await signIn(testApp, 'admin');
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it("lists a tag or a place a PATCH adds at once, though each claim's tags are read once until it changes", async () => {
    const ds = testApp.dataSource;
    const source = await insertSource(ds, 'GNA', 'Page tags spokesman', 'متحدث الصفحة');
    const ids = [await insertClaim(ds, { sourceId: source }), await insertClaim(ds, { sourceId: source })];
    const [narrative, place] = [await insertNarrative(ds), await insertLocation(ds)];
    const tagReads = jest.spyOn(testApp.app.get(ClaimsRepository), 'tagsOf');
    try {
      // The page, and which claims' tags it read (a PATCH's answer reads its claim's tags too: not counted).
      const page = async () => {
        const before = tagReads.mock.calls.length;
        const items = (await get(`/api/claims?source=${source}`).expect(200)).body.items as ListedClaim[];
        return { items, read: tagReads.mock.calls.slice(before).flatMap(([claimIds]) => claimIds) };
      };
      const first = await page();
      expect(first.items.map((claim) => claim.narratives)).toEqual([[], []]);
      expect(first.read.sort()).toEqual([...ids].sort());
      expect((await page()).read).toEqual([]);

      await patch(ids[0], { version: 1, narratives: [narrative] }).expect(200);
      const afterTag = await page();
      expect(afterTag.items.find((claim) => claim.id === ids[0])!.narratives.map((n) => n.id)).toEqual([narrative]);
      expect(afterTag.read).toEqual([ids[0]]);
      await patch(ids[1], { version: 1, locations: [place] }).expect(200);
      const afterPlace = await page();
      expect(afterPlace.items.find((claim) => claim.id === ids[1])!.locations.map((l) => l.id)).toEqual([place]);
      expect(afterPlace.read).toEqual([ids[1]]);

      // A rename (a transaction no claim writer declared) makes every remembered name stale.
      await request(testApp.server)
        .patch(`/api/narratives/${narrative}`)
        .set(admin)
        .send({ nameEn: 'Renamed while listed' })
        .expect(200);
      const renamed = await page();
      expect(renamed.items.find((claim) => claim.id === ids[0])!.narratives.map((n) => n.nameEn)).toEqual([
        'Renamed while listed',
      ]);
      expect(renamed.read.sort()).toEqual([...ids].sort());
    } finally {
      tagReads.mockRestore();
    }
  });

  it("lists a claim's change or its source's new name at once, though each claim's row is read once until it changes", async () => {
    const ds = testApp.dataSource;
    const source = await insertSource(ds, 'LNA', 'Page rows spokesman', 'متحدث صفوف الصفحة');
    const ids = [await insertClaim(ds, { sourceId: source }), await insertClaim(ds, { sourceId: source })];
    const elsewhere = await insertClaim(ds);
    const rowReads = jest.spyOn(testApp.app.get(ClaimListRepository), 'rowsOf');
    const versionReads = jest.spyOn(testApp.app.get(ClaimListRepository), 'versionsOf');
    type Row = ListedClaim & { claimType: string | null; source: { nameEn: string } };
    try {
      // The page, which claims' rows it read in full, and whether it read its claims' versions.
      const page = async () => {
        const [rowsBefore, versionsBefore] = [rowReads.mock.calls.length, versionReads.mock.calls.length];
        const items = (await get(`/api/claims?source=${source}`).expect(200)).body.items as Row[];
        return {
          items,
          read: rowReads.mock.calls.slice(rowsBefore).flatMap(([claimIds]) => claimIds),
          versionsRead: versionReads.mock.calls.length > versionsBefore,
        };
      };
      await page(); // the page's ids and rows, remembered
      expect(await page()).toMatchObject({ read: [], versionsRead: true });
      // Until one of its claims changes, the page's rows are remembered whole: not even their versions are read.
      expect(await page()).toMatchObject({ read: [], versionsRead: false });
      await patch(elsewhere, { version: 1, note: 'another page' }).expect(200);
      expect(await page()).toMatchObject({ read: [], versionsRead: false });

      // A note is not listed and changes no page, but makes a new version of its claim: only that row is read again.
      await patch(ids[1], { version: 1, note: 'checked' }).expect(200);
      expect(await page()).toMatchObject({ read: [ids[1]], versionsRead: true });
      expect(await page()).toMatchObject({ read: [], versionsRead: false });
      await patch(ids[0], { version: 1, claimType: 'casualties' }).expect(200);
      expect((await page()).items.find((claim) => claim.id === ids[0])!.claimType).toBe('casualties');
      expect((await page()).read).toEqual([]);

      // A source's new name reaches every row that shows it (a transaction no claim writer declared).
      await request(testApp.server)
        .patch(`/api/sources/${source}`)
        .set(admin)
        .send({ nameEn: 'Renamed spokesman' })
        .expect(200);
      const renamed = await page();
      expect(renamed.items.map((claim) => claim.source.nameEn)).toEqual(['Renamed spokesman', 'Renamed spokesman']);
    } finally {
      rowReads.mockRestore();
      versionReads.mockRestore();
    }
  });

  it("keeps a narrative's pages while claims are tagged with other narratives, and shows its own new claims at once", async () => {
    const ds = testApp.dataSource;
    const [watched, other] = [await insertNarrative(ds), await insertNarrative(ds)];
    const tagged = await insertClaim(ds);
    await tag(ds, tagged, [watched], []);
    const [untagged, later] = [await insertClaim(ds), await insertClaim(ds)];
    const pageReads = jest.spyOn(testApp.app.get(ClaimListRepository), 'findPage');
    try {
      const page = async () => {
        const before = pageReads.mock.calls.length;
        const body = (await get(`/api/claims?narrative=${watched}`).expect(200)).body as {
          items: ListedClaim[];
          total: number;
        };
        return {
          ids: body.items.map((claim) => claim.id),
          total: body.total,
          read: pageReads.mock.calls.length > before,
        };
      };
      expect(await page()).toEqual({ ids: [tagged], total: 1, read: true });
      expect((await page()).read).toBe(false);

      // Another narrative's tag leaves this page as it was: neither read again nor stale.
      await patch(untagged, { version: 1, narratives: [other] }).expect(200);
      expect(await page()).toEqual({ ids: [tagged], total: 1, read: false });

      // This narrative's tag: the page and its total are read again.
      await patch(later, { version: 1, narratives: [watched, other] }).expect(200);
      const retagged = await page();
      expect(retagged.ids.sort()).toEqual([tagged, later].sort());
      expect(retagged).toMatchObject({ total: 2, read: true });
      // Untagging is a change of this narrative too.
      await patch(tagged, { version: 1, narratives: [] }).expect(200);
      expect(await page()).toEqual({ ids: [later], total: 1, read: true });
    } finally {
      pageReads.mockRestore();
    }
  });

  it('applies an edit, bumps the version and records only the changed fields', async () => {
    const ds = testApp.dataSource;
    const id = await insertClaim(ds, { camp: 'LNA', eventDate: '2019-04-05' });
    const [oldNarrative, newNarrative] = [await insertNarrative(ds), await insertNarrative(ds)];
    const [keptPlace, newPlace] = [await insertLocation(ds), await insertLocation(ds)];
    await tag(ds, id, [oldNarrative], [keptPlace]);
    const gnaSource = await insertSource(ds, 'GNA', 'Volcano of Rage', 'بركان الغضب');

    const response = await patch(id, {
      version: 1,
      status: 'single-source',
      claimType: 'casualties',
      sourceId: gnaSource,
      narratives: [newNarrative],
      locations: [keptPlace, newPlace],
      eventDate: { date: '2019-04-10', precision: 'week' },
      note: 'checked against the UNSMIL statement',
    }).expect(200);
    expect(response.body).toMatchObject({
      version: 2,
      status: 'single-source',
      claimType: 'casualties',
      camp: 'GNA',
      source: { id: gnaSource, nameEn: 'Volcano of Rage' },
      eventDate: '2019-04-10',
      datePrecision: 'week',
      note: 'checked against the UNSMIL statement',
    });
    expect(response.body.narratives.map((n: { id: number }) => n.id)).toEqual([newNarrative]);
    expect(response.body.places.map((p: { id: number }) => p.id).sort()).toEqual([keptPlace, newPlace].sort());

    const [row] = await ds.query(
      'SELECT event_day, event_week, event_month, camp_id, updated_by_id FROM claims WHERE id = ?',
      [id],
    );
    expect(row).toMatchObject({
      event_day: '2019-04-10',
      event_week: '2019-04-08',
      event_month: '2019-04',
      camp_id: 'GNA',
    });
    expect(row.updated_by_id).not.toBeNull();

    const events = await history(id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'update',
      before: {
        status: 'unreviewed',
        claimType: null,
        sourceId: null,
        camp: 'LNA',
        narratives: [oldNarrative],
        eventDate: { date: '2019-04-05', precision: 'day' },
        note: null,
      },
      after: {
        status: 'single-source',
        claimType: 'casualties',
        sourceId: gnaSource,
        camp: 'GNA',
        narratives: [newNarrative],
        eventDate: { date: '2019-04-10', precision: 'week' },
      },
    });
    expect(events[0].after!.locations).toEqual([keptPlace, newPlace].sort((a, b) => a - b));
    // The camp filter sees the new camp at once.
    const list = await get(`/api/claims?camp=GNA&from=2019-04-10&to=2019-04-10`).expect(200);
    expect(list.body.items.map((item: { id: number }) => item.id)).toContain(id);
  });

  it('refuses a stale version with 409 and the current claim', async () => {
    const id = await insertClaim(testApp.dataSource);
    await patch(id, { version: 1, status: 'confirmed' }).expect(200);
    const response = await patch(id, { version: 1, status: 'discounted' }).expect(409);
    expect(response.body.message).toMatch(/changed by someone else/);
    expect(response.body.current).toMatchObject({ id, version: 2, status: 'confirmed' });
    expect((await get(`/api/claims/${id}`).expect(200)).body.status).toBe('confirmed');
    expect(await history(id)).toHaveLength(1);
  });

  it('lets exactly one of two concurrent edits from the same version win', async () => {
    const id = await insertClaim(testApp.dataSource);
    const narrative = await insertNarrative(testApp.dataSource);
    const responses = await Promise.all([
      patch(id, { version: 1, status: 'confirmed', narratives: [narrative] }),
      patch(id, { version: 1, status: 'discounted', claimType: 'denial' }),
    ]);
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    const winner = responses.find((r) => r.status === 200)!;
    const loser = responses.find((r) => r.status === 409)!;
    expect(loser.body.current).toMatchObject({ id, version: 2, status: winner.body.status });
    const detail = (await get(`/api/claims/${id}`).expect(200)).body;
    expect(detail).toMatchObject({ version: 2, status: winner.body.status, claimType: winner.body.claimType });
    const updates = (await history(id)).filter((event) => event.action === 'update');
    expect(updates).toHaveLength(1);
    expect(updates[0].after!.status).toBe(winner.body.status);
  });

  it('changes nothing when the edit changes nothing', async () => {
    const id = await insertClaim(testApp.dataSource, { status: 'unreviewed' });
    const response = await patch(id, { version: 1, status: 'unreviewed' }).expect(200);
    expect(response.body.version).toBe(1);
    expect(await history(id)).toHaveLength(0);
  });

  it('refuses corroborated or contested without a supporting link, explaining why', async () => {
    const id = await insertClaim(testApp.dataSource);
    for (const status of ['corroborated', 'contested']) {
      const response = await patch(id, { version: 1, status }).expect(400);
      expect(response.body.errors).toEqual([{ field: 'status', messages: [expect.stringMatching(/another camp/)] }]);
    }
    expect((await get(`/api/claims/${id}`).expect(200)).body).toMatchObject({ version: 1, status: 'unreviewed' });
  });

  it.each([
    ['a missing version', { status: 'confirmed' }, 'version'],
    ['a string version', { version: '1', status: 'confirmed' }, 'version'],
    ['an unknown status', { version: 1, status: 'true' }, 'status'],
    ['an unknown field', { version: 1, camp: 'GNA' }, 'camp'],
    ['an impossible date', { version: 1, eventDate: { date: '2019-02-29', precision: 'day' } }, 'eventDate.date'],
    [
      'an unknown precision',
      { version: 1, eventDate: { date: '2019-02-28', precision: 'year' } },
      'eventDate.precision',
    ],
    ['narratives that are not ids', { version: 1, narratives: ['a'] }, 'narratives'],
    ['an unknown narrative', { version: 1, narratives: [999999] }, 'narratives'],
    ['an unknown place', { version: 1, locations: [999999] }, 'locations'],
    ['an unknown source', { version: 1, sourceId: 999999 }, 'sourceId'],
  ])('refuses %s with 400, a field message and no change', async (_label, body, field) => {
    const id = await insertClaim(testApp.dataSource);
    const response = await patch(id, { ...body, claimType: 'other' }).expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    expect((await get(`/api/claims/${id}`).expect(200)).body).toMatchObject({ version: 1, claimType: null });
    expect(await history(id)).toHaveLength(0);
  });

  it('answers 404 for an unknown claim and 403 for viewers', async () => {
    await patch(999999, { version: 1, status: 'confirmed' }).expect(404);
    const id = await insertClaim(testApp.dataSource);
    await request(testApp.server)
      .patch(`/api/claims/${id}`)
      .set(viewer)
      .send({ version: 1, status: 'confirmed' })
      .expect(403);
  });
});
