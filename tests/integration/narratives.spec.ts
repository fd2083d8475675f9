import request from 'supertest';
import { signIn } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';
import { insertClaim, tag } from '../factories/claims-db';

type Headers = { Authorization: string };
type Narrative = { id: number; nameEn: string; claimCount: number };

describe.each(testDialects())('narratives on %s', (dialect) => {
  let testApp: TestApp;
  let viewer: Headers;
  let analyst: Headers;
  let admin: Headers;

  const list = async (): Promise<Narrative[]> =>
    (await request(testApp.server).get('/api/narratives').set(viewer).expect(200)).body;
  const create = (body: object, as: Headers = admin) =>
    request(testApp.server).post('/api/narratives').set(as).send(body);

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    viewer = await signIn(testApp, 'viewer');
    analyst = await signIn(testApp, 'analyst');
    admin = await signIn(testApp, 'admin');
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('creates, lists with claim counts, renames and deletes (with its tags), all audited', async () => {
    const created = await create({
      nameEn: 'Foreign mercenaries',
      nameAr: 'المرتزقة الأجانب',
      description: 'Claims that foreign fighters take part',
      color: '#e69f00',
    }).expect(201);
    expect(created.body).toEqual({
      id: expect.any(Number),
      nameEn: 'Foreign mercenaries',
      nameAr: 'المرتزقة الأجانب',
      description: 'Claims that foreign fighters take part',
      color: '#E69F00',
      claimCount: 0,
    });
    const id = created.body.id;
    const tagged = await insertClaim(testApp.dataSource);
    const rejected = await insertClaim(testApp.dataSource, { status: 'rejected' });
    await tag(testApp.dataSource, tagged, [id]);
    await tag(testApp.dataSource, rejected, [id]);
    // Counted as the claims list counts them: every status, so the number matches the filtered list.
    expect((await list()).find((n) => n.id === id)?.claimCount).toBe(2);

    const renamed = await request(testApp.server)
      .patch(`/api/narratives/${id}`)
      .set(admin)
      .send({ nameEn: 'Mercenaries', color: '#56B4E9' })
      .expect(200);
    expect(renamed.body).toMatchObject({
      id,
      nameEn: 'Mercenaries',
      nameAr: 'المرتزقة الأجانب',
      color: '#56B4E9',
      claimCount: 2,
    });

    const claims = await request(testApp.server).get(`/api/claims?narrative=${id}`).set(viewer).expect(200);
    expect(claims.body.items.map((c: { id: number }) => c.id).sort()).toEqual([tagged, rejected].sort());
    expect(claims.body.total).toBe(2);

    await request(testApp.server).delete(`/api/narratives/${id}`).set(admin).expect(204);
    expect((await list()).find((n) => n.id === id)).toBeUndefined();
    const [{ count }] = await testApp.dataSource.query(
      'SELECT COUNT(*) AS count FROM claim_narratives WHERE narrative_id = ?',
      [id],
    );
    expect(Number(count)).toBe(0);
    const untagged = (await request(testApp.server).get(`/api/claims/${tagged}`).set(viewer).expect(200)).body;
    expect(untagged.narratives).toEqual([]);
    // Losing a tag is a new version of the claim: a form open on the old tags gets a 409, and the list (which
    // remembers tags per claim version) shows the claim without it.
    expect(untagged.version).toBe(2);
    const listed = await request(testApp.server).get('/api/claims?limit=100').set(viewer).expect(200);
    expect(listed.body.items.find((c: { id: number }) => c.id === tagged).narratives).toEqual([]);

    const events = await testApp.dataSource.query(
      "SELECT action FROM audit_events WHERE entity = 'narrative' AND entity_id = ? ORDER BY id",
      [String(id)],
    );
    expect(events.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'delete']);
  });

  it('refuses a duplicate English name, whatever its case, with 409', async () => {
    await create({ nameEn: 'Terrorism', nameAr: 'الإرهاب', color: '#000000' }).expect(201);
    await create({ nameEn: 'terrorism', nameAr: 'إرهاب', color: '#000000' }).expect(409);
    const other = await create({ nameEn: 'Humanitarian', nameAr: 'إنساني', color: '#000000' }).expect(201);
    const response = await request(testApp.server)
      .patch(`/api/narratives/${other.body.id}`)
      .set(admin)
      .send({ nameEn: 'Terrorism' })
      .expect(409);
    expect(response.body.errors[0].field).toBe('nameEn');
  });

  it('answers racing creates of one name with one 201 and 409s, never a 500', async () => {
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        create({ nameEn: i % 2 ? 'Water war' : 'WATER WAR', nameAr: 'حرب المياه', color: '#123456' }),
      ),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    expect((await list()).filter((n) => n.nameEn.toLowerCase() === 'water war')).toHaveLength(1);
  });

  it.each([
    ['a bad colour', { nameEn: 'A', nameAr: 'أ', color: 'red' }, 'color'],
    ['a missing Arabic name', { nameEn: 'A', color: '#000000' }, 'nameAr'],
    ['an empty English name', { nameEn: '', nameAr: 'أ', color: '#000000' }, 'nameEn'],
    ['an unknown field', { nameEn: 'A', nameAr: 'أ', color: '#000000', camp: 'LNA' }, 'camp'],
  ])('refuses %s with 400', async (_label, body, field) => {
    const before = (await list()).length;
    const response = await create(body).expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect((await list()).length).toBe(before);
  });

  it('is managed by admins only', async () => {
    await create({ nameEn: 'Nope', nameAr: 'لا', color: '#000000' }, analyst).expect(403);
    await create({ nameEn: 'Nope', nameAr: 'لا', color: '#000000' }, viewer).expect(403);
    await request(testApp.server).patch('/api/narratives/1').set(analyst).send({ nameEn: 'X' }).expect(403);
    await request(testApp.server).delete('/api/narratives/1').set(analyst).expect(403);
    await request(testApp.server).get('/api/narratives').expect(401);
  });

  it('answers 404 for an unknown narrative', async () => {
    await request(testApp.server).patch('/api/narratives/999999').set(admin).send({ nameEn: 'X' }).expect(404);
    await request(testApp.server).delete('/api/narratives/999999').set(admin).expect(404);
  });
});
