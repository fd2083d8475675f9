import request from 'supertest';
import { NarrativeEntity } from '../../apps/api/src/narratives/narrative.entity';
import { SourceEntity } from '../../apps/api/src/sources/source.entity';
import { signIn } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';
import { insertArticle, insertClaim, insertNarrative, insertSource } from '../factories/claims-db';

type Headers = { Authorization: string };
type FieldErrors = { errors: { field: string; messages: string[] }[] };

const OTHER_CONFLICT = 'sudan-2023';

/**
 * What belongs to a conflict stays in it: a claim (of the fixture conflict, libya-2019) is not tagged with
 * another conflict's narrative, by a single edit or in bulk, and gets no source of another conflict, marked
 * by hand or edited — a 400 naming the field, and nothing written.
 */
describe.each(testDialects())("a claim and its conflict's narratives and sources on %s", (dialect) => {
  let testApp: TestApp;
  let analyst: Headers;
  let ownNarrative: number;
  let otherNarrative: number;
  let otherSource: number;

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    analyst = await signIn(testApp, 'analyst');
    ownNarrative = await insertNarrative(testApp.dataSource);
    const inserted = await testApp.dataSource.getRepository(NarrativeEntity).insert({
      conflictId: OTHER_CONFLICT,
      nameEn: 'UAE backing',
      nameAr: 'دعم',
      description: null,
      color: '#E69F00',
      createdAt: new Date(),
    });
    otherNarrative = Number(inserted.identifiers[0].id);
    const now = new Date();
    const source = await testApp.dataSource.getRepository(SourceEntity).insert({
      conflictId: OTHER_CONFLICT,
      registryKey: null,
      campId: 'RSF',
      kind: 'spokesperson',
      nameAr: 'متحدث الدعم السريع',
      nameEn: 'RSF spokesman',
      status: 'active',
      mergedIntoId: null,
      createdAt: now,
      updatedAt: now,
    });
    otherSource = Number(source.identifiers[0].id);
  }, 60_000);

  afterAll(async () => {
    await testApp?.close();
  });

  const detail = async (id: number) =>
    (await request(testApp.server).get(`/api/claims/${id}`).set(analyst).expect(200)).body as {
      version: number;
      narratives: { id: number }[];
    };
  const fields = (body: FieldErrors) => body.errors.map((error) => error.field);

  it("refuses a single edit that tags a claim with another conflict's narrative", async () => {
    const id = await insertClaim(testApp.dataSource);
    const response = await request(testApp.server)
      .patch(`/api/claims/${id}`)
      .set(analyst)
      .send({ version: 1, narratives: [ownNarrative, otherNarrative] })
      .expect(400);
    expect(fields(response.body as FieldErrors)).toEqual(['narratives']);
    expect(JSON.stringify(response.body)).toContain(OTHER_CONFLICT);
    expect(await detail(id)).toMatchObject({ version: 1, narratives: [] });

    await request(testApp.server)
      .patch(`/api/claims/${id}`)
      .set(analyst)
      .send({ version: 1, narratives: [ownNarrative] })
      .expect(200);
    expect((await detail(id)).narratives.map((narrative) => narrative.id)).toEqual([ownNarrative]);
  });

  it("refuses a bulk action that adds another conflict's narrative, and writes nothing", async () => {
    const ids = [await insertClaim(testApp.dataSource), await insertClaim(testApp.dataSource)];
    const response = await request(testApp.server)
      .post('/api/claims/bulk')
      .set(analyst)
      .send({ ids, set: { status: 'confirmed', addNarratives: [otherNarrative] } })
      .expect(400);
    expect(fields(response.body as FieldErrors)).toEqual(['set.addNarratives']);
    for (const id of ids) expect(await detail(id)).toMatchObject({ version: 1, narratives: [] });

    const applied = await request(testApp.server)
      .post('/api/claims/bulk')
      .set(analyst)
      .send({ ids, set: { addNarratives: [ownNarrative] } })
      .expect(200);
    expect(applied.body.changed).toBe(2);
  });

  it("refuses a manual claim with a source of another conflict than the article's", async () => {
    const body = 'قال المتحدث إن القوات تقدمت نحو المدينة.';
    const articleId = await insertArticle(testApp.dataSource, body);
    const claimsOfArticle = async () =>
      Number(
        (await testApp.dataSource.query('SELECT COUNT(*) AS n FROM claims WHERE article_id = ?', [articleId]))[0].n,
      );
    const response = await request(testApp.server)
      .post('/api/claims')
      .set(analyst)
      .send({ articleId, start: 0, end: body.length, sourceId: otherSource })
      .expect(400);
    expect(fields(response.body as FieldErrors)).toEqual(['sourceId']);
    expect(JSON.stringify(response.body)).toContain(OTHER_CONFLICT);
    expect(await claimsOfArticle()).toBe(0);

    const ownSource = await insertSource(testApp.dataSource, 'LNA');
    await request(testApp.server)
      .post('/api/claims')
      .set(analyst)
      .send({ articleId, start: 0, end: body.length, sourceId: ownSource })
      .expect(201);
    expect(await claimsOfArticle()).toBe(1);
  });

  it('refuses an edit that gives a claim a source of another conflict', async () => {
    const id = await insertClaim(testApp.dataSource, { camp: 'LNA' });
    const response = await request(testApp.server)
      .patch(`/api/claims/${id}`)
      .set(analyst)
      .send({ version: 1, sourceId: otherSource })
      .expect(400);
    expect(fields(response.body as FieldErrors)).toEqual(['sourceId']);
    expect(await detail(id)).toMatchObject({ version: 1 });
  });

  it('refuses a bulk action that sets a source of another conflict, and writes nothing', async () => {
    const ids = [await insertClaim(testApp.dataSource), await insertClaim(testApp.dataSource)];
    const response = await request(testApp.server)
      .post('/api/claims/bulk')
      .set(analyst)
      .send({ ids, set: { sourceId: otherSource } })
      .expect(400);
    expect(fields(response.body as FieldErrors)).toEqual(['set.sourceId']);
    for (const id of ids) expect(await detail(id)).toMatchObject({ version: 1 });
  });
});
