import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';

/** A built web app as Vite leaves it: index.html, hashed assets, a hidden source map, a public file. */
function fakeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimline-web-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Claimline</title><div id="root"></div>');
  // Big and repetitive enough to be worth compressing, like the real bundle.
  writeFileSync(join(dir, 'assets', 'index-Ab12Cd34.js'), 'export const label = "claimline";\n'.repeat(2000));
  writeFileSync(join(dir, 'assets', 'index-Ab12Cd34.js.map'), '{"version":3,"sources":["src/main.tsx"]}');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
  // A file where an API route is: the API must answer, without looking for files under /api at all.
  mkdirSync(join(dir, 'api'));
  writeFileSync(join(dir, 'api', 'health'), 'a file, not the API');
  return dir;
}

describe('the web app served by the API (sqlite)', () => {
  let testApp: TestApp;
  let webDist: string;

  beforeAll(async () => {
    webDist = fakeWebDist();
    testApp = await startTestApp('sqlite', {}, { webDist });
  });

  afterAll(async () => {
    await testApp?.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('compresses scripts for a browser that accepts brotli or gzip', async () => {
    const brotli = await request(testApp.server)
      .get('/assets/index-Ab12Cd34.js')
      .set('Accept-Encoding', 'br, gzip')
      .expect(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    const gzip = await request(testApp.server).get('/assets/index-Ab12Cd34.js').set('Accept-Encoding', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await request(testApp.server).get('/assets/index-Ab12Cd34.js').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('lets browsers keep hashed assets for a year and revalidate the page', async () => {
    const asset = await request(testApp.server).get('/assets/index-Ab12Cd34.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await request(testApp.server).get('/claims?camp=LNA').expect(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.text).toContain('<div id="root">');
    await request(testApp.server).get('/favicon.svg').expect(200).expect('Content-Type', /svg/);
  });

  it('keeps source maps on the server', async () => {
    await request(testApp.server).get('/assets/index-Ab12Cd34.js.map').expect(404);
  });

  it('leaves API responses uncompressed and uncached', async () => {
    const health = await request(testApp.server).get('/api/health').set('Accept-Encoding', 'br, gzip').expect(200);
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.headers['cache-control']).toBe('no-store');
    expect(health.headers['vary']).toBeUndefined();
  });

  it("answers API paths from the API, never from the web app's files", async () => {
    const health = await request(testApp.server).get('/api/health').expect(200);
    expect(health.text).not.toContain('a file, not the API');
    const unknown = await request(testApp.server).get('/api/no-such-route').expect(404);
    expect(unknown.headers['content-type']).toMatch(/json/);
  });
});
