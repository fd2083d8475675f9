import request from 'supertest';
import { signIn } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';

/**
 * A process runs a bounded number of API requests at once (CLAIMLINE_MAX_ACTIVE_REQUESTS); the others wait in a
 * bounded queue, and past it a request is told the server is busy, with a 503 it can retry, never left hanging. Here
 * one request at a time and no queue: of requests sent together, some must be refused, and the rest answered whole.
 */
// MariaDB, where the limit is on by default: on SQLite a request's statements run on the event loop, and requests
// sent together are started one per turn (common/request-turns.ts), so they never overlap to be refused. Without a
// MariaDB (outside CI) there is nothing to run.
const onMariadb = testDialects().includes('mariadb') ? describe : describe.skip;

onMariadb('a busy API process on MariaDB', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp('mariadb', { CLAIMLINE_MAX_ACTIVE_REQUESTS: '1', CLAIMLINE_REQUEST_QUEUE: '0' });
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('refuses what it cannot queue with 503 and Retry-After, answers the rest, and keeps answering its health probe', async () => {
    const viewer = await signIn(testApp, 'viewer');
    const responses = await Promise.all(
      Array.from({ length: 30 }, () => request(testApp.server).get('/api/claims?limit=5').set(viewer)),
    );
    const refused = responses.filter((response) => response.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    for (const response of refused) {
      expect(response.headers['retry-after']).toBe('1');
      expect(response.body).toMatchObject({ statusCode: 503, message: expect.stringMatching(/busy/) });
    }
    const answered = responses.filter((response) => response.status !== 503);
    expect(answered.length).toBeGreaterThan(0);
    for (const response of answered) {
      expect(response.status).toBe(200);
      expect(Array.isArray(response.body.items)).toBe(true);
    }
    // Once they are done, the next request has its turn.
    await request(testApp.server).get('/api/claims?limit=5').set(viewer).expect(200);
    await request(testApp.server).get('/api/health').expect(200);
  });
});
