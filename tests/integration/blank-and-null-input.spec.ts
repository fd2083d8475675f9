import request from 'supertest';
import { signIn } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';
import { articleInput, createArticle } from '../factories/articles';

type Headers = { Authorization: string };

/** Names of nothing but spaces, and nulls for fields that cannot hold one, are field errors — never stored, never a 500. */
describe.each(testDialects())('blank and null input on %s', (dialect) => {
  let testApp: TestApp;
  let analyst: Headers;
  let admin: Headers;
  let claim: { id: number };
  let sourceId: number;
  let narrativeId: number;

  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field);

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    analyst = await signIn(testApp, 'analyst');
    admin = await signIn(testApp, 'admin');
    const article = await createArticle(testApp);
    claim = article.claims[0];
    const sources = await request(testApp.server).get('/api/sources?limit=1').set(analyst).expect(200);
    sourceId = sources.body.items[0].id;
    const narrative = await request(testApp.server)
      .post('/api/narratives')
      .set(admin)
      .send({ nameEn: 'Ceasefire violations', nameAr: 'خروقات وقف إطلاق النار', color: '#56B4E9' })
      .expect(201);
    narrativeId = narrative.body.id;
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('refuses narrative and source names made of spaces', async () => {
    const narrative = await request(testApp.server)
      .post('/api/narratives')
      .set(admin)
      .send({ nameEn: '   ', nameAr: ' ', color: '#123456' })
      .expect(400);
    expect(fieldsOf(narrative.body).sort()).toEqual(['nameAr', 'nameEn']);
    const source = await request(testApp.server)
      .post('/api/sources')
      .set(analyst)
      .send({ nameEn: '  ', nameAr: '\t', camp: 'LNA', kind: 'other', aliases: [] })
      .expect(400);
    expect(fieldsOf(source.body).sort()).toEqual(['nameAr', 'nameEn']);
  });

  it('refuses an article body of invisible characters only (zero-width spaces, RLM/LRM, BOM, word joiners)', async () => {
    const before = await testApp.dataSource.query('SELECT COUNT(*) AS n FROM articles');
    for (const body of ['\u200B\u200B', '\u200F \u200E\n', '\uFEFF', '\u2060\u00AD\u061C', '\u200C\u200D\u202E']) {
      const response = await request(testApp.server)
        .post('/api/articles')
        .set(analyst)
        .send({ ...articleInput(), body })
        .expect(400);
      expect(response.body.errors).toEqual([
        { field: 'body', messages: ['body must contain visible text, not only spaces or invisible marks'] },
      ]);
    }
    expect(await testApp.dataSource.query('SELECT COUNT(*) AS n FROM articles')).toEqual(before);
  });

  it('refuses control characters in names, titles and outlets with field errors', async () => {
    const narrative = await request(testApp.server)
      .post('/api/narratives')
      .set(admin)
      .send({ nameEn: 'Bad\u0000name', nameAr: 'اسم\u202Eمقلوب', color: '#123456' })
      .expect(400);
    expect(narrative.body.errors).toEqual([
      { field: 'nameEn', messages: ['nameEn must not contain control characters'] },
      { field: 'nameAr', messages: ['nameAr must not contain control characters'] },
    ]);
    const invisible = await request(testApp.server)
      .post('/api/narratives')
      .set(admin)
      .send({ nameEn: '\u200B', nameAr: 'اسم', color: '#123456' })
      .expect(400);
    expect(fieldsOf(invisible.body)).toEqual(['nameEn']);
    const source = await request(testApp.server)
      .post('/api/sources')
      .set(analyst)
      .send({
        nameEn: 'Line\nbreak',
        nameAr: 'مصدر\u0007',
        camp: 'LNA',
        kind: 'other',
        aliases: ['ok', 'bad\u001B[31m'],
      })
      .expect(400);
    expect(fieldsOf(source.body).sort()).toEqual(['aliases', 'nameAr', 'nameEn']);
    const renamed = await request(testApp.server)
      .patch(`/api/sources/${sourceId}`)
      .set(analyst)
      .send({ nameEn: 'Tab\tname' })
      .expect(400);
    expect(fieldsOf(renamed.body)).toEqual(['nameEn']);
    const article = await request(testApp.server)
      .post('/api/articles')
      .set(analyst)
      .send({ ...articleInput(), title: 'Title\r\nInjected: header', outlet: 'Outlet\u0085' })
      .expect(400);
    expect(fieldsOf(article.body).sort()).toEqual(['outlet', 'title']);
    // Zero-width joiners inside a word are text, not control characters.
    await request(testApp.server)
      .post('/api/narratives')
      .set(admin)
      .send({ nameEn: 'Joined\u200Dname', nameAr: 'می\u200Cخواهم', color: '#123456' })
      .expect(201);
  });

  it('trims names it stores', async () => {
    const response = await request(testApp.server)
      .post('/api/narratives')
      .set(admin)
      .send({ nameEn: '  Mercenaries ', nameAr: ' مرتزقة ', color: '#123456' })
      .expect(201);
    expect(response.body).toMatchObject({ nameEn: 'Mercenaries', nameAr: 'مرتزقة' });
  });

  it.each([
    [
      'narrative name',
      () => request(testApp.server).patch(`/api/narratives/${narrativeId}`).set(admin).send({ nameEn: null }),
      'nameEn',
    ],
    [
      'narrative colour',
      () => request(testApp.server).patch(`/api/narratives/${narrativeId}`).set(admin).send({ color: null }),
      'color',
    ],
    [
      'source camp',
      () => request(testApp.server).patch(`/api/sources/${sourceId}`).set(analyst).send({ camp: null }),
      'camp',
    ],
    [
      'source aliases',
      () => request(testApp.server).patch(`/api/sources/${sourceId}`).set(analyst).send({ aliases: null }),
      'aliases',
    ],
    ['user role', () => request(testApp.server).patch('/api/users/1').set(admin).send({ role: null }), 'role'],
    [
      'claim status',
      () => request(testApp.server).patch(`/api/claims/${claim.id}`).set(analyst).send({ version: 1, status: null }),
      'status',
    ],
    [
      'claim narratives',
      () =>
        request(testApp.server).patch(`/api/claims/${claim.id}`).set(analyst).send({ version: 1, narratives: null }),
      'narratives',
    ],
  ])('answers a null %s with a field error', async (_name, send, field) => {
    const response = await send().expect(400);
    expect(fieldsOf(response.body)).toContain(field);
  });

  it('left the claim untouched by the refused edits', async () => {
    const response = await request(testApp.server).get(`/api/claims/${claim.id}`).set(analyst).expect(200);
    expect(response.body.version).toBe(1);
    const history = await request(testApp.server).get(`/api/claims/${claim.id}/history`).set(analyst).expect(200);
    expect(history.body.filter((event: { action: string }) => event.action === 'update')).toHaveLength(0);
  });
});
