import request from 'supertest';
import { FeedsRepository } from '../../apps/api/src/feeds/feeds.repository';
import { signIn } from '../support/auth';
import { html, startFixtureWebServer, type FixtureWebServer } from '../support/fixture-web-server';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';
import { ARABIC_STORIES, ENGLISH_STORY, articlePage, atomFeed, jsonFeed, rssFeed } from '../factories/web-pages';

const WIRE_PARAGRAPHS = [
  'The United Nations mission said on Saturday that both sides had agreed to let medical teams reach the southern districts.',
  'A spokesman for the Government of National Accord said the convoys would be escorted by its interior ministry.',
  'Ahmed al-Mismari said the Libyan National Army would not fire on marked vehicles during the pause.',
];

type Feed = { id: number; state: string; lastError: string | null; failures: number; nextPollAt: string | null };

describe.each(testDialects())('feeds on %s', (dialect) => {
  let testApp: TestApp;
  let web: FixtureWebServer;
  let analyst: Record<string, string>;

  beforeAll(async () => {
    web = await startFixtureWebServer();
    testApp = await startTestApp(dialect, {
      CLAIMLINE_FETCH_ALLOW_HOSTS: '127.0.0.1',
      CLAIMLINE_FETCH_HOST_DELAY_MS: '0',
    });
    analyst = await signIn(testApp, 'analyst');
    web.route('/robots.txt', {
      headers: { 'content-type': 'text/plain' },
      body: 'User-agent: *\nDisallow: /private/\n',
    });
    for (const story of ARABIC_STORIES) {
      web.route(`/news/${story.slug}`, html(articlePage(story, { siteName: 'الموقع التجريبي' })));
    }
    // The RSS feed answers 304 to its own ETag, like a well-behaved server.
    web.route('/rss.xml', (request, response) => {
      if (request.headers['if-none-match'] === '"rss-v1"') {
        response.writeHead(304).end();
        return;
      }
      response
        .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"rss-v1"' })
        .end(rssFeed(web.origin, ARABIC_STORIES));
    });
  });

  afterAll(async () => {
    await testApp?.close();
    await web?.close();
  });

  const api = () => request(testApp.server);
  const addFeed = (body: object) => api().post('/api/feeds').set(analyst).send(body);
  const poll = (id: number) => api().post(`/api/feeds/${id}/poll`).set(analyst).expect(200);
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await testApp.dataSource.query(sql, params))[0].n);
  const articlesAt = (prefix: string) => count('SELECT COUNT(*) AS n FROM articles WHERE url LIKE ?', [`${prefix}%`]);

  it('stores the 3 Arabic items of a new RSS feed with their claims in one poll; polling again adds nothing', async () => {
    const created = await addFeed({ url: web.url('/rss.xml'), intervalMinutes: 30 }).expect(201);
    expect(created.body).toMatchObject({
      id: expect.any(Number),
      url: web.url('/rss.xml'),
      paused: false,
      state: 'idle',
    });
    const first = await poll(created.body.id);
    expect(first.body.result).toMatchObject({
      notModified: false,
      newItems: 3,
      stored: 3,
      duplicates: 0,
      failed: 0,
      error: null,
    });
    expect(first.body.feed).toMatchObject({
      title: 'الموقع التجريبي',
      itemsSeen: 3,
      lastNewItems: 3,
      articlesStored: 3,
      lastError: null,
    });

    const rows: { id: number; title: string; published_at: string; published_estimated: unknown; language: string }[] =
      await testApp.dataSource.query(
        'SELECT id, title, published_at, published_estimated, language FROM articles WHERE url LIKE ? ORDER BY published_at',
        [`${web.origin}/news/%`],
      );
    expect(rows.map((row) => [row.title, row.published_at, row.language])).toEqual(
      ARABIC_STORIES.map((story) => [story.title, story.published, 'ar']),
    );
    expect(rows.every((row) => !row.published_estimated)).toBe(true);
    for (const row of rows) {
      expect(await count('SELECT COUNT(*) AS n FROM claims WHERE article_id = ?', [row.id])).toBeGreaterThanOrEqual(2);
    }
    const detail = await api().get(`/api/articles/${rows[0].id}`).set(analyst).expect(200);
    expect(detail.body.outlet).toMatchObject({ name: 'الموقع التجريبي' });
    expect(detail.body.body).toBe(ARABIC_STORIES[0].paragraphs.join('\n\n'));

    const again = await poll(created.body.id);
    expect(again.body.result).toMatchObject({ notModified: true, newItems: 0, stored: 0 });
    expect(web.requests.filter((r) => r.path === '/rss.xml').at(-1)).toMatchObject({ ifNoneMatch: '"rss-v1"' });
    expect(await articlesAt(`${web.origin}/news/`)).toBe(3);
    expect(web.requests.every((r) => r.userAgent?.startsWith('Claimline/'))).toBe(true);
  });

  it('stores only the new items of a feed without validators, and an item carried by a second feed once', async () => {
    const stories = [{ slug: 'ain-zara', title: ARABIC_STORIES[0].title, published: '2019-10-07' }];
    web.route('/plain.xml', { headers: { 'content-type': 'text/xml' }, body: rssFeed(web.origin, stories) });
    const feed = await addFeed({ url: web.url('/plain.xml'), outlet: 'نسخة أخرى' }).expect(201);
    // Its one item is the canonical URL the first feed already stored.
    expect((await poll(feed.body.id)).body.result).toMatchObject({ newItems: 1, stored: 0, duplicates: 1 });

    web.route('/news/new-one', html(articlePage({ ...ENGLISH_STORY, published: '2019-10-10' }, { lang: 'en' })));
    web.route('/plain.xml', {
      headers: { 'content-type': 'text/xml' },
      body: rssFeed(web.origin, [...stories, { slug: 'new-one', title: ENGLISH_STORY.title, published: '2019-10-10' }]),
    });
    const second = await poll(feed.body.id);
    expect(second.body.result).toMatchObject({ notModified: false, newItems: 1, stored: 1, duplicates: 0 });
    expect(second.body.feed).toMatchObject({ itemsSeen: 2, articlesStored: 1 });
    const stored = await testApp.dataSource.query(
      'SELECT o.name AS outlet FROM articles a JOIN outlets o ON o.id = a.outlet_id WHERE a.url = ?',
      [web.url('/news/new-one')],
    );
    expect(stored).toEqual([{ outlet: 'نسخة أخرى' }]);
    expect((await poll(feed.body.id)).body.result).toMatchObject({ newItems: 0, stored: 0 });
  });

  it('takes the full text an Atom or JSON feed carries without fetching the page, and refuses the same body twice', async () => {
    const entry = { id: 'wire-1', title: 'Wire copy', published: '2019-11-02', paragraphs: WIRE_PARAGRAPHS };
    web.route('/atom.xml', {
      headers: { 'content-type': 'application/atom+xml' },
      body: atomFeed(web.origin, [entry]),
    });
    web.route('/feed.json', {
      headers: { 'content-type': 'application/feed+json' },
      body: jsonFeed(web.origin, [{ ...entry, id: 'json-1' }]),
    });
    const atom = await addFeed({ url: web.url('/atom.xml') }).expect(201);
    const atomPoll = await poll(atom.body.id);
    expect(atomPoll.body.result).toMatchObject({ stored: 1 });
    expect(web.requests.some((r) => r.path.startsWith('/wire/'))).toBe(false);
    const [row] = await testApp.dataSource.query('SELECT published_at, title FROM articles WHERE url = ?', [
      web.url('/wire/wire-1'),
    ]);
    expect(row).toMatchObject({ published_at: '2019-11-02', title: 'Wire copy' });
    // The JSON Feed carries the same text under another URL: the body duplicate check catches it.
    const json = await addFeed({ url: web.url('/feed.json') }).expect(201);
    expect((await poll(json.body.id)).body.result).toMatchObject({ newItems: 1, stored: 0, duplicates: 1 });
  });

  it('records a failing feed, backs off, and keeps polling possible', async () => {
    web.route('/broken.xml', { status: 500, headers: { 'content-type': 'text/plain' }, body: 'down' });
    web.route('/invalid.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: '<rss><channel><item><title>x</item></channel',
    });
    const broken = await addFeed({ url: web.url('/broken.xml'), intervalMinutes: 10 }).expect(201);
    const before = Date.now();
    const first = await poll(broken.body.id);
    expect(first.body.result.error).toMatch(/500/);
    expect(first.body.feed).toMatchObject({ state: 'failing', failures: 1, lastError: expect.stringMatching(/500/) });
    const delay = Date.parse(first.body.feed.nextPollAt) - before;
    expect(delay).toBeGreaterThanOrEqual(19 * 60_000); // 10 min × 2¹
    const second = await poll(broken.body.id);
    expect(second.body.feed.failures).toBe(2);
    expect(Date.parse(second.body.feed.nextPollAt) - before).toBeGreaterThanOrEqual(39 * 60_000); // × 2²

    const invalid = await addFeed({ url: web.url('/invalid.xml') }).expect(201);
    const result = await poll(invalid.body.id);
    expect(result.body.result.error).toMatch(/Not a readable feed/);
    expect(result.body.feed.state).toBe('failing');

    // It recovers: the next good poll clears the error and the backoff.
    web.route('/broken.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rssFeed(web.origin, []) });
    expect((await poll(broken.body.id)).body.feed).toMatchObject({ state: 'idle', failures: 0, lastError: null });
  });

  it('records a poll that crashes midway and does not leave it running', async () => {
    const story = {
      slug: 'crash',
      title: 'تقرير للاختبار',
      published: '2019-12-01',
      paragraphs: ARABIC_STORIES[2].paragraphs.map((p) => `${p} (نسخة)`),
    };
    web.route('/news/crash', html(articlePage(story)));
    web.route('/crash.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rssFeed(web.origin, [story]) });
    const feed = await addFeed({ url: web.url('/crash.xml') }).expect(201);
    const repository = testApp.app.get(FeedsRepository);
    const spy = jest.spyOn(repository, 'recordItem').mockRejectedValueOnce(new Error('disk on fire'));
    try {
      const crashed = await poll(feed.body.id);
      expect(crashed.body.result).toMatchObject({ stored: 1, error: 'disk on fire' });
      expect(crashed.body.feed).toMatchObject({ state: 'failing', lastError: 'disk on fire', articlesStored: 1 });
    } finally {
      spy.mockRestore();
    }
    // The article is stored; the next poll finds it by canonical URL... or by body, and stores nothing twice.
    const next = await poll(feed.body.id);
    expect(next.body.result).toMatchObject({ stored: 0, duplicates: 1, error: null });
    expect(await articlesAt(web.url('/news/crash'))).toBe(1);

    // A poll mark left by a dead process (older than 15 minutes) does not block the feed.
    await repository.update(feed.body.id, { pollingSince: new Date(Date.now() - 3600_000) });
    const listed = await api().get('/api/feeds').set(analyst).expect(200);
    expect(listed.body.find((f: Feed) => f.id === feed.body.id).state).toBe('polling');
    await poll(feed.body.id);
    await repository.update(feed.body.id, { pollingSince: new Date() });
    await api().post(`/api/feeds/${feed.body.id}/poll`).set(analyst).expect(409);
  });

  it('leaves pages robots.txt disallows', async () => {
    const story = { slug: 'hidden', title: 'محظور', published: '2019-12-02' };
    web.route('/private/feed.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: rssFeed(web.origin, [story]),
    });
    web.route('/robots-test.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: rssFeed(web.origin, [story]).replace(`${web.origin}/news/hidden`, `${web.origin}/private/hidden`),
    });
    const disallowedFeed = await addFeed({ url: web.url('/private/feed.xml') }).expect(201);
    expect((await poll(disallowedFeed.body.id)).body.result.error).toMatch(/robots\.txt/);
    const feed = await addFeed({ url: web.url('/robots-test.xml') }).expect(201);
    expect((await poll(feed.body.id)).body.result).toMatchObject({ newItems: 1, failed: 1, stored: 0 });
    expect(web.requests.some((r) => r.path.startsWith('/private/'))).toBe(false);
  });

  it('refuses a private or malformed feed URL and a feed followed twice', async () => {
    for (const url of ['http://10.1.2.3/rss', 'http://169.254.169.254/latest/meta-data', 'file:///etc/passwd']) {
      const response = await addFeed({ url }).expect(400);
      expect(response.body.errors[0]).toMatchObject({ field: 'url', messages: [expect.stringMatching(/^Refused: /)] });
    }
    await addFeed({ url: web.url('/rss.xml') }).expect(409);
    const bad = await addFeed({ url: web.url('/x.xml'), intervalMinutes: 1 }).expect(400);
    expect(bad.body.errors[0].field).toBe('intervalMinutes');
  });

  it('pauses, resumes, changes and deletes a feed, each audited; viewers only read', async () => {
    const feed = await addFeed({ url: web.url('/lifecycle.xml'), intervalMinutes: 60 }).expect(201);
    const paused = await api()
      .patch(`/api/feeds/${feed.body.id}`)
      .set(analyst)
      .send({ paused: true, intervalMinutes: 120 })
      .expect(200);
    expect(paused.body).toMatchObject({ paused: true, state: 'paused', intervalMinutes: 120, nextPollAt: null });
    const resumed = await api()
      .patch(`/api/feeds/${feed.body.id}`)
      .set(analyst)
      .send({ paused: false, outlet: 'منفذ' })
      .expect(200);
    expect(resumed.body).toMatchObject({ paused: false, outlet: 'منفذ', nextPollAt: expect.any(String) });
    const viewer = await signIn(testApp, 'viewer');
    expect((await api().get('/api/feeds').set(viewer).expect(200)).body.some((f: Feed) => f.id === feed.body.id)).toBe(
      true,
    );
    await api().patch(`/api/feeds/${feed.body.id}`).set(viewer).send({ paused: true }).expect(403);
    await api().delete(`/api/feeds/${feed.body.id}`).set(analyst).expect(204);
    await api().delete(`/api/feeds/${feed.body.id}`).set(analyst).expect(404);
    const audit = await testApp.dataSource.query(
      "SELECT action FROM audit_events WHERE entity = 'feed' AND entity_id = ? ORDER BY id",
      [String(feed.body.id)],
    );
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['create', 'update', 'update', 'delete']);
  });
});
