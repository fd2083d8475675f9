import { gzipSync } from 'node:zlib';
import { parseAllowList } from '../../apps/api/src/web-fetch/address-policy';
import { FetchFailedError, FetchRefusedError } from '../../apps/api/src/web-fetch/fetch-errors';
import { SafeFetcher, type FetchSettings, type Resolver } from '../../apps/api/src/web-fetch/safe-fetcher';
import { html, redirect, startFixtureWebServer, type FixtureWebServer } from '../support/fixture-web-server';

const settings = (overrides: Partial<FetchSettings> = {}): FetchSettings => ({
  allowHosts: parseAllowList('127.0.0.1'),
  maxBytes: 64 * 1024,
  connectTimeoutMs: 5_000,
  totalTimeoutMs: 10_000,
  userAgent: 'Claimline/test (+https://claimline.test/)',
  ...overrides,
});

/** Names under .test resolve only through this table: no real DNS in tests. */
const resolver =
  (table: Record<string, string[]>): Resolver =>
  (hostname) => {
    const addresses = table[hostname];
    if (!addresses)
      return Promise.reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }));
    return Promise.resolve(addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
  };

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FetchRefusedError);
  return (error as FetchRefusedError).reason;
}

describe('SafeFetcher against a local server', () => {
  let server: FixtureWebServer;
  let port: string;

  beforeAll(async () => {
    server = await startFixtureWebServer();
    port = new URL(server.origin).port;
    server.route('/page', html('<html><body><p>سلام</p></body></html>'));
  });

  afterAll(async () => {
    await server?.close();
  });

  const fetcher = (overrides: Partial<FetchSettings> = {}, table: Record<string, string[]> = {}) =>
    new SafeFetcher(settings(overrides), resolver(table));

  it('fetches an allowed page with a named User-Agent and decodes it as UTF-8', async () => {
    const response = await fetcher().fetch({ url: server.url('/page#frag'), kind: 'page' });
    expect(response).toMatchObject({ status: 200, contentType: 'text/html', url: server.url('/page') });
    expect(response.body).toContain('سلام');
    expect(server.requests.at(-1)).toMatchObject({
      path: '/page',
      userAgent: 'Claimline/test (+https://claimline.test/)',
    });
  });

  it.each([
    ['http://10.1.2.3/', 'private'],
    ['http://169.254.169.254/latest/meta-data', 'cloud metadata'],
    ['http://[::ffff:10.0.0.1]/', 'private'],
    ['http://[::1]/', 'loopback'],
    ['http://0.0.0.0/', 'unspecified'],
    ['http://100.64.0.7/', 'carrier-grade NAT'],
  ])('refuses %s (%s) before connecting', async (url, reason) => {
    expect(await refusal(fetcher().fetch({ url, kind: 'page' }))).toContain(reason);
  });

  it.each(['ftp://127.0.0.1/x', 'file:///etc/passwd', 'gopher://127.0.0.1/', 'not a url', 'http://user:pw@127.0.0.1/'])(
    'refuses %s',
    async (url) => {
      await refusal(fetcher().fetch({ url, kind: 'page' }));
    },
  );

  it('refuses loopback when it is not on the allow list, without sending anything', async () => {
    const before = server.requests.length;
    expect(
      await refusal(fetcher({ allowHosts: parseAllowList('') }).fetch({ url: server.url('/page'), kind: 'page' })),
    ).toContain('loopback');
    expect(server.requests.length).toBe(before);
  });

  it('checks every address a name resolves to, and connects to the address it checked', async () => {
    const table = {
      'mixed.test': ['8.8.8.8', '10.0.0.5'],
      'fixture.test': ['127.0.0.1'],
      'mapped.test': ['::ffff:169.254.169.254'],
    };
    const before = server.requests.length;
    expect(await refusal(fetcher({}, table).fetch({ url: `http://mixed.test:${port}/page`, kind: 'page' }))).toContain(
      'mixed.test resolves to 10.0.0.5, a private address',
    );
    expect(await refusal(fetcher({}, table).fetch({ url: `http://mapped.test:${port}/page`, kind: 'page' }))).toContain(
      'cloud metadata',
    );
    expect(server.requests.length).toBe(before);
    // fixture.test exists only in the table: reaching the server proves the socket used the checked answer.
    const response = await fetcher({}, table).fetch({ url: `http://fixture.test:${port}/page`, kind: 'page' });
    expect(response.body).toContain('سلام');
  });

  it('checks every redirect, and refuses one to a private or metadata address without following it', async () => {
    server.route('/to-private', redirect('http://10.1.2.3/'));
    server.route('/to-metadata', redirect('http://169.254.169.254/latest/meta-data', 301));
    server.route('/hop-1', redirect('/hop-2', 307));
    server.route('/hop-2', redirect('/to-private', 308));
    expect(await refusal(fetcher().fetch({ url: server.url('/to-private'), kind: 'page' }))).toContain(
      'redirected to http://10.1.2.3/',
    );
    expect(await refusal(fetcher().fetch({ url: server.url('/to-metadata'), kind: 'page' }))).toContain(
      'cloud metadata',
    );
    expect(await refusal(fetcher().fetch({ url: server.url('/hop-1'), kind: 'page' }))).toContain('private');
  });

  it('follows at most five redirects', async () => {
    for (let i = 0; i < 7; i++) server.route(`/loop-${i}`, redirect(`/loop-${i + 1}`));
    server.route('/loop-5', html('<p>five</p>'));
    expect((await fetcher().fetch({ url: server.url('/loop-0'), kind: 'page' })).url).toBe(server.url('/loop-5'));
    server.route('/loop-5', redirect('/loop-6'));
    const error = await fetcher()
      .fetch({ url: server.url('/loop-0'), kind: 'page' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FetchFailedError);
    expect((error as FetchFailedError).reason).toMatch(/more than 5 redirects/);
  });

  it('refuses a body beyond the size cap: declared, streamed, or compressed', async () => {
    const big = `<html><body>${'x'.repeat(100 * 1024)}</body></html>`;
    server.route('/big-declared', html(big));
    server.route('/big-chunked', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 100; i++) response.write('y'.repeat(1024));
      response.end();
    });
    server.route('/big-gzip', {
      headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' },
      body: gzipSync(Buffer.from(big)),
    });
    for (const path of ['/big-declared', '/big-chunked', '/big-gzip']) {
      expect(await refusal(fetcher().fetch({ url: server.url(path), kind: 'page' }))).toMatch(
        /larger than 65536 bytes/,
      );
    }
  });

  it('refuses a content type that is neither a page nor a feed', async () => {
    server.route('/image', { headers: { 'content-type': 'image/png' }, body: Buffer.from([0x89, 0x50]) });
    server.route('/untyped', { body: 'no type' });
    expect(await refusal(fetcher().fetch({ url: server.url('/image'), kind: 'page' }))).toMatch(/image\/png/);
    expect(await refusal(fetcher().fetch({ url: server.url('/untyped'), kind: 'feed' }))).toMatch(/did not say/);
    expect(await refusal(fetcher().fetch({ url: server.url('/page'), kind: 'robots' }))).toMatch(/text\/html/);
  });

  it('sends the validators of a conditional GET and reports a 304 as not modified', async () => {
    server.route('/feed.xml', (request, response) => {
      if (request.headers['if-none-match'] === '"v1"') response.writeHead(304).end();
      else
        response
          .writeHead(200, {
            'content-type': 'application/rss+xml',
            etag: '"v1"',
            'last-modified': 'Mon, 07 Oct 2019 08:00:00 GMT',
          })
          .end('<rss/>');
    });
    const first = await fetcher().fetch({ url: server.url('/feed.xml'), kind: 'feed' });
    expect(first).toMatchObject({ notModified: false, etag: '"v1"', lastModified: 'Mon, 07 Oct 2019 08:00:00 GMT' });
    const second = await fetcher().fetch({
      url: server.url('/feed.xml'),
      kind: 'feed',
      etag: first.etag,
      lastModified: first.lastModified,
    });
    expect(second).toMatchObject({ status: 304, notModified: true, body: '' });
    expect(server.requests.at(-1)).toMatchObject({
      ifNoneMatch: '"v1"',
      ifModifiedSince: 'Mon, 07 Oct 2019 08:00:00 GMT',
    });
  });

  it('reports an error status and a server that never finishes as failures, not refusals', async () => {
    server.route('/broken', { status: 500, headers: { 'content-type': 'text/plain' }, body: 'oops' });
    server.route('/hang', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<p>');
    });
    const broken = await fetcher()
      .fetch({ url: server.url('/broken'), kind: 'page' })
      .catch((caught: unknown) => caught);
    expect(broken).toMatchObject({ name: 'FetchFailedError', status: 500 });
    const hang = await fetcher({ totalTimeoutMs: 300 })
      .fetch({ url: server.url('/hang'), kind: 'page' })
      .catch((caught: unknown) => caught);
    expect(hang).toBeInstanceOf(FetchFailedError);
  });

  it('decodes a windows-1256 page as the header says', async () => {
    // «سلام» in windows-1256.
    server.route('/cp1256', {
      headers: { 'content-type': 'text/html; charset=windows-1256' },
      body: Buffer.from([0xd3, 0xe1, 0xc7, 0xe3]),
    });
    expect((await fetcher().fetch({ url: server.url('/cp1256'), kind: 'page' })).body).toBe('سلام');
  });
});
