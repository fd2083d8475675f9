import request from 'supertest';
import { signIn } from '../support/auth';
import { html, redirect, startFixtureWebServer, type FixtureWebServer } from '../support/fixture-web-server';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';
import { ingestionCounts } from '../factories/articles';
import { ARABIC_STORIES, ENGLISH_STORY, articlePage } from '../factories/web-pages';

describe.each(testDialects())('POST /api/articles/fetch on %s', (dialect) => {
  let testApp: TestApp;
  let web: FixtureWebServer;
  let analyst: { Authorization: string };
  const story = ARABIC_STORIES[0];

  beforeAll(async () => {
    web = await startFixtureWebServer();
    testApp = await startTestApp(dialect, {
      CLAIMLINE_FETCH_ALLOW_HOSTS: '127.0.0.1',
      CLAIMLINE_FETCH_MAX_BYTES: String(256 * 1024),
    });
    analyst = await signIn(testApp, 'analyst');
    web.route(
      '/news/ain-zara',
      html(articlePage(story, { siteName: 'الموقع التجريبي', canonical: '/news/ain-zara?c=1' })),
    );
    web.route('/en/undated', html(articlePage(ENGLISH_STORY, { lang: 'en' })));
    web.route('/to-private', redirect('http://10.1.2.3/'));
    web.route('/to-metadata', redirect('http://169.254.169.254/latest/meta-data'));
    web.route('/huge', html(`<html><body><p>${'كلام '.repeat(100_000)}</p></body></html>`));
    web.route('/menu-only', html('<html><body><nav><a href="/">Home</a></nav></body></html>'));
  });

  afterAll(async () => {
    await testApp?.close();
    await web?.close();
  });

  const fetchArticle = (body: object, as: Record<string, string> = analyst) =>
    request(testApp.server).post('/api/articles/fetch').set(as).send(body);

  it('reads the page and returns the paste preview with title, text, outlet, date, language and canonical URL', async () => {
    const before = await ingestionCounts(testApp);
    const response = await fetchArticle({ url: web.url('/news/ain-zara') }).expect(200);
    expect(response.body).toMatchObject({
      title: story.title,
      outlet: 'الموقع التجريبي',
      publishedAt: '2019-10-07',
      language: 'ar',
      url: web.url('/news/ain-zara?c=1'),
    });
    expect(response.body.body).toBe(story.paragraphs.join('\n\n'));
    expect(response.body.body).not.toContain('الرئيسية');
    // The same preview a paste of that text gives.
    const pasted = await request(testApp.server)
      .post('/api/articles/preview')
      .set(analyst)
      .send({ body: response.body.body, publishedAt: '2019-10-07' })
      .expect(200);
    expect(response.body.claims).toEqual(pasted.body.claims);
    expect(response.body.claims.map((claim: { camp: string }) => claim.camp)).toEqual(['LNA', 'LNA', 'GNA']);
    expect(response.body.framing).toEqual(pasted.body.framing);
    expect(response.body.proposals).toEqual(pasted.body.proposals);
    expect(await ingestionCounts(testApp)).toEqual(before);
  });

  it('says null for the date of a page that states none, never today', async () => {
    const response = await fetchArticle({ url: web.url('/en/undated') }).expect(200);
    expect(response.body).toMatchObject({
      publishedAt: null,
      language: 'en',
      outlet: '127.0.0.1',
      title: ENGLISH_STORY.title,
    });
    expect(response.body.claims.length).toBeGreaterThan(0);
  });

  it.each([
    ['http://10.1.2.3/', 'private'],
    ['http://169.254.169.254/latest/meta-data', 'cloud metadata'],
    ['ftp://127.0.0.1/', 'only http and https'],
  ])('refuses %s with 400 and the reason on url', async (url, reason) => {
    const response = await fetchArticle({ url }).expect(400);
    expect(response.body.errors).toEqual([{ field: 'url', messages: [expect.stringContaining(reason)] }]);
  });

  it.each([
    ['/to-private', 'http://10.1.2.3/'],
    ['/to-metadata', 'http://169.254.169.254/latest/meta-data'],
  ])('refuses a redirect (%s) to %s with 400, without following it', async (path, target) => {
    const response = await fetchArticle({ url: web.url(path) }).expect(400);
    expect(response.body.errors[0]).toMatchObject({
      field: 'url',
      messages: [expect.stringContaining(`redirected to ${target}`)],
    });
  });

  it('refuses an oversized page with 400', async () => {
    const response = await fetchArticle({ url: web.url('/huge') }).expect(400);
    expect(response.body.errors[0].messages[0]).toMatch(/larger than 262144 bytes/);
  });

  it('answers 502 when the site fails and 422 when the page holds no article', async () => {
    const missing = await fetchArticle({ url: web.url('/nothing-here') }).expect(502);
    expect(missing.body.errors[0]).toMatchObject({ field: 'url', messages: [expect.stringContaining('404')] });
    await fetchArticle({ url: web.url('/menu-only') }).expect(422);
  });

  it('asks for a URL and an analyst', async () => {
    const missing = await fetchArticle({}).expect(400);
    expect(missing.body.errors.map((error: { field: string }) => error.field)).toContain('url');
    await fetchArticle({ url: web.url('/news/ain-zara') }, await signIn(testApp, 'viewer')).expect(403);
  });
});
