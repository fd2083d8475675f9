import request from 'supertest';
import { signIn } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';
import { insertClaim, insertSource } from '../factories/claims-db';
import { ClaimLinkEntity } from '../../apps/api/src/claims/claim-link.entity';
import { SymmetricClaimLinks1765200000000 } from '../../apps/api/src/database/migrations/1765200000000-symmetric-claim-links';

type Headers = { Authorization: string };

describe.each(testDialects())('claim links and grading on %s', (dialect) => {
  let testApp: TestApp;
  let viewer: Headers;
  let analyst: Headers;

  const get = (url: string) => request(testApp.server).get(url).set(viewer);
  const detail = async (id: number) => (await get(`/api/claims/${id}`).expect(200)).body;
  const link = (body: object) => request(testApp.server).post('/api/claim-links').set(analyst).send(body);
  const unlink = (id: number) => request(testApp.server).delete(`/api/claim-links/${id}`).set(analyst);
  const actions = async (id: number) =>
    (await get(`/api/claims/${id}/history`).expect(200)).body.map((e: { action: string }) => e.action);

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    viewer = await signIn(testApp, 'viewer');
    analyst = await signIn(testApp, 'analyst');
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('contests both claims when a GNA claim contradicts an LNA claim, and reverts when the link goes', async () => {
    const lna = await insertClaim(testApp.dataSource, { camp: 'LNA', text: 'الجيش: سيطرنا على المطار' });
    const gna = await insertClaim(testApp.dataSource, {
      camp: 'GNA',
      text: 'الوفاق: المطار تحت سيطرتنا',
      status: 'single-source',
    });
    const created = await link({ fromId: gna, toId: lna, relation: 'contradicts' }).expect(201);
    expect(created.body).toMatchObject({
      id: expect.any(Number),
      // Symmetric relations are stored lower id first, whichever way round they were asked for.
      fromId: lna,
      toId: gna,
      relation: 'contradicts',
      createdAt: expect.any(String),
    });

    const lnaDetail = await detail(lna);
    expect(lnaDetail.status).toBe('contested');
    expect(lnaDetail.version).toBe(2);
    expect(lnaDetail.links).toEqual([
      {
        id: created.body.id,
        relation: 'contradicts',
        direction: 'from',
        otherClaim: {
          id: gna,
          text: 'الوفاق: المطار تحت سيطرتنا',
          camp: 'GNA',
          sourceMention: 'المتحدث',
          source: null,
        },
      },
    ]);
    expect(lnaDetail.grading).toMatchObject({
      derived: 'contested',
      contestedBy: [{ linkId: created.body.id, claimId: gna, camp: 'GNA' }],
      corroboratedBy: [],
    });
    expect(lnaDetail.grading.explanation).toContain(`#${gna} (GNA)`);
    const gnaDetail = await detail(gna);
    expect(gnaDetail.status).toBe('contested');
    expect(gnaDetail.links[0]).toMatchObject({ direction: 'to', otherClaim: { id: lna, camp: 'LNA' } });

    const contested = await get('/api/claims?status=contested').expect(200);
    expect(contested.body.items.map((i: { id: number }) => i.id).sort()).toEqual([lna, gna].sort());

    await unlink(created.body.id).expect(204);
    expect(await detail(lna)).toMatchObject({ status: 'unreviewed', links: [], grading: { derived: null } });
    expect((await detail(gna)).status).toBe('single-source');
    expect(await actions(lna)).toEqual(['link', 'grade', 'unlink', 'grade']);
    expect(await actions(gna)).toEqual(['link', 'grade', 'unlink', 'grade']);
  });

  it("shows the linked claim's resolved source, not only its raw mention", async () => {
    const source = await insertSource(testApp.dataSource, 'GNA', 'Operations Room', 'غرفة العمليات');
    const lna = await insertClaim(testApp.dataSource, { camp: 'LNA' });
    const gna = await insertClaim(testApp.dataSource, { camp: 'GNA', sourceId: source });
    await link({ fromId: lna, toId: gna, relation: 'contradicts' }).expect(201);
    expect((await detail(lna)).links[0].otherClaim).toMatchObject({
      id: gna,
      sourceMention: 'المتحدث',
      source: { id: source, nameEn: 'Operations Room', nameAr: 'غرفة العمليات' },
    });
    expect((await detail(gna)).links[0].otherClaim).toMatchObject({ id: lna, source: null });
  });

  it('corroborates across camps; contradiction outranks corroboration', async () => {
    const lna = await insertClaim(testApp.dataSource, { camp: 'LNA' });
    const un = await insertClaim(testApp.dataSource, { camp: 'UN' });
    const gna = await insertClaim(testApp.dataSource, { camp: 'GNA' });
    await link({ fromId: lna, toId: un, relation: 'corroborates' }).expect(201);
    expect((await detail(lna)).status).toBe('corroborated');
    expect((await detail(un)).status).toBe('corroborated');
    const contradiction = await link({ fromId: gna, toId: lna, relation: 'contradicts' }).expect(201);
    const graded = await detail(lna);
    expect(graded.status).toBe('contested');
    expect(graded.grading.corroboratedBy.map((r: { claimId: number }) => r.claimId)).toEqual([un]);
    await unlink(contradiction.body.id).expect(204);
    expect((await detail(lna)).status).toBe('corroborated');
  });

  it('ignores links within one camp and same-event links', async () => {
    const a = await insertClaim(testApp.dataSource, { camp: 'LNA' });
    const b = await insertClaim(testApp.dataSource, { camp: 'LNA' });
    const c = await insertClaim(testApp.dataSource, { camp: 'GNA' });
    await link({ fromId: a, toId: b, relation: 'contradicts' }).expect(201);
    await link({ fromId: a, toId: c, relation: 'same-event' }).expect(201);
    expect(await detail(a)).toMatchObject({ status: 'unreviewed', version: 1 });
    expect(await actions(a)).toEqual(['link', 'link']);
  });

  it("never overrides an analyst's confirmed, discounted or rejected", async () => {
    const confirmed = await insertClaim(testApp.dataSource, { camp: 'LNA', status: 'confirmed' });
    const gna = await insertClaim(testApp.dataSource, { camp: 'GNA' });
    await link({ fromId: confirmed, toId: gna, relation: 'contradicts' }).expect(201);
    expect((await detail(confirmed)).status).toBe('confirmed');
    expect((await detail(gna)).status).toBe('contested');
  });

  it('allows setting contested by hand once a link supports it', async () => {
    const lna = await insertClaim(testApp.dataSource, { camp: 'LNA', status: 'confirmed' });
    const gna = await insertClaim(testApp.dataSource, { camp: 'GNA', status: 'discounted' });
    await link({ fromId: lna, toId: gna, relation: 'contradicts' }).expect(201);
    const response = await request(testApp.server)
      .patch(`/api/claims/${lna}`)
      .set(analyst)
      .send({ version: 1, status: 'contested' })
      .expect(200);
    expect(response.body.status).toBe('contested');
  });

  it('a rejected claim stops contesting its links', async () => {
    const lna = await insertClaim(testApp.dataSource, { camp: 'LNA' });
    const gna = await insertClaim(testApp.dataSource, { camp: 'GNA' });
    await link({ fromId: lna, toId: gna, relation: 'contradicts' }).expect(201);
    expect((await detail(lna)).status).toBe('contested');
    await request(testApp.server).delete(`/api/claims/${gna}`).set(analyst).expect(200);
    expect((await detail(lna)).status).toBe('unreviewed');
  });

  it('refuses self-links, unknown claims and duplicates in either direction', async () => {
    const a = await insertClaim(testApp.dataSource, { camp: 'LNA' });
    const b = await insertClaim(testApp.dataSource, { camp: 'GNA' });
    const self = await link({ fromId: a, toId: a, relation: 'contradicts' }).expect(400);
    expect(self.body.errors[0].field).toBe('toId');
    await link({ fromId: a, toId: 999999, relation: 'contradicts' }).expect(404);
    await link({ fromId: a, toId: b, relation: 'corroborates' }).expect(201);
    await link({ fromId: a, toId: b, relation: 'corroborates' }).expect(409);
    await link({ fromId: b, toId: a, relation: 'corroborates' }).expect(409);
    await link({ fromId: b, toId: a, relation: 'same-event' }).expect(201);
    expect((await detail(a)).links).toHaveLength(2);
  });

  it('migrates stored links to lower id first, dropping one that duplicates its reverse', async () => {
    const [a, b, c] = [
      await insertClaim(testApp.dataSource, { camp: 'LNA' }),
      await insertClaim(testApp.dataSource, { camp: 'GNA' }),
      await insertClaim(testApp.dataSource, { camp: 'UN' }),
    ];
    const links = testApp.dataSource.getRepository(ClaimLinkEntity);
    const row = (fromClaimId: number, toClaimId: number, relation: ClaimLinkEntity['relation']) =>
      links.insert({ fromClaimId, toClaimId, relation, createdById: null, createdAt: new Date() });
    await row(a, b, 'corroborates');
    await row(b, a, 'corroborates');
    await row(c, a, 'contradicts');
    const queryRunner = testApp.dataSource.createQueryRunner();
    try {
      await new SymmetricClaimLinks1765200000000().up(queryRunner);
    } finally {
      await queryRunner.release();
    }
    const stored = (await links.find({ order: { id: 'ASC' } }))
      .filter((link) => [a, b, c].includes(link.fromClaimId))
      .map((link) => [link.fromClaimId, link.toClaimId, link.relation]);
    expect(stored).toEqual([
      [a, b, 'corroborates'],
      [a, c, 'contradicts'],
    ]);
  });

  it('settles racing identical links, in either direction, as one link and 409s (never a 500)', async () => {
    const a = await insertClaim(testApp.dataSource, { camp: 'LNA' });
    const b = await insertClaim(testApp.dataSource, { camp: 'GNA' });
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        link(i % 2 ? { fromId: a, toId: b, relation: 'contradicts' } : { fromId: b, toId: a, relation: 'contradicts' }),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
    for (const response of responses.filter((r) => r.status === 409)) {
      expect(response.body.message).toMatch(/already linked/);
    }
    const links = (await detail(a)).links;
    expect(links).toHaveLength(1);
    expect(await actions(a)).toEqual(['link', 'grade']);
    // Stored once, lower id first: the unique key holds whichever way round the link was asked for.
    const created = responses.find((r) => r.status === 201)!.body;
    expect([created.fromId, created.toId]).toEqual([Math.min(a, b), Math.max(a, b)]);
  });

  it.each([
    ['an unknown relation', { fromId: 1, toId: 2, relation: 'supports' }, 'relation'],
    ['a string id', { fromId: '1', toId: 2, relation: 'contradicts' }, 'fromId'],
    ['a missing id', { fromId: 1, relation: 'contradicts' }, 'toId'],
    ['an unknown field', { fromId: 1, toId: 2, relation: 'contradicts', note: 'x' }, 'note'],
  ])('refuses %s with 400', async (_label, body, field) => {
    const response = await link(body).expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('answers 404 for an unknown link and is for analysts', async () => {
    await unlink(999999).expect(404);
    await request(testApp.server)
      .post('/api/claim-links')
      .set(viewer)
      .send({ fromId: 1, toId: 2, relation: 'contradicts' })
      .expect(403);
    await request(testApp.server).delete('/api/claim-links/1').set(viewer).expect(403);
  });
});
