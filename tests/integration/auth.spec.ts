import request from 'supertest';
import { UsersService } from '../../apps/api/src/users/users.service';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';
import { ensureTestUser, signIn, signInWithCookies, TEST_PASSWORD, testEmail } from '../support/auth';

describe.each(testDialects())('auth on %s', (dialect) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  describe('sign-in', () => {
    it('returns a token, the user, and sets httpOnly SameSite=Strict session and CSRF cookies', async () => {
      await ensureTestUser(testApp, 'analyst');
      const response = await request(testApp.server)
        .post('/api/auth/login')
        .send({ email: testEmail('analyst'), password: TEST_PASSWORD })
        .expect(200);
      expect(response.body).toEqual({
        accessToken: expect.any(String),
        csrfToken: expect.any(String),
        expiresAt: expect.any(String),
        user: { id: expect.any(Number), email: 'analyst@test.local', role: 'analyst' },
      });
      const cookies = response.headers['set-cookie'] as unknown as string[];
      const session = cookies.find((c) => c.startsWith('claimline_session='))!;
      const csrf = cookies.find((c) => c.startsWith('claimline_csrf='))!;
      expect(session).toMatch(/HttpOnly/i);
      expect(session).toMatch(/SameSite=Strict/i);
      expect(session).not.toMatch(/Secure/i); // not production
      expect(csrf).not.toMatch(/HttpOnly/i);
      expect(csrf).toContain(`claimline_csrf=${response.body.csrfToken}`);
      expect(JSON.stringify(response.body)).not.toMatch(/\$2[aby]\$/);
    });

    it('accepts the email in any case', async () => {
      await ensureTestUser(testApp, 'viewer');
      await request(testApp.server)
        .post('/api/auth/login')
        .send({ email: ' Viewer@Test.Local ', password: TEST_PASSWORD })
        .expect(200);
    });

    it('answers a wrong password and an unknown email identically', async () => {
      await ensureTestUser(testApp, 'viewer');
      const wrong = await request(testApp.server)
        .post('/api/auth/login')
        .send({ email: testEmail('viewer'), password: 'not-the-password' });
      const unknown = await request(testApp.server)
        .post('/api/auth/login')
        .send({ email: 'nobody@test.local', password: 'not-the-password' });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body).toEqual(unknown.body);
      expect(wrong.body.message).toBe('Invalid email or password');
    });

    it('refuses a malformed body with field messages', async () => {
      const response = await request(testApp.server).post('/api/auth/login').send({ email: 3 }).expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'password']);
    });

    it('takes JSON only: a form post (login CSRF from another site) gets 415 and no session', async () => {
      const user = await ensureTestUser(testApp, 'analyst');
      for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
        const response = await request(testApp.server)
          .post('/api/auth/login')
          .set('Content-Type', type)
          .send(`email=${encodeURIComponent(user.email)}&password=${encodeURIComponent(user.password)}`);
        expect({ type, status: response.status }).toEqual({ type, status: 415 });
        expect(response.headers['set-cookie']).toBeUndefined();
        expect(response.body.message).toBe('Sign-in takes a JSON body (Content-Type: application/json)');
      }
    });

    it('refuses a sign-in whose Origin is another site with 403; its own origin and no origin are fine', async () => {
      const user = await ensureTestUser(testApp, 'analyst');
      const login = (origin?: string) => {
        const call = request(testApp.server).post('/api/auth/login');
        return (origin === undefined ? call : call.set('Origin', origin)).send({
          email: user.email,
          password: user.password,
        });
      };
      const foreign = await login('https://evil.example');
      expect(foreign.status).toBe(403);
      expect(foreign.body.message).toBe('Sign-in from another site is not allowed');
      expect(foreign.headers['set-cookie']).toBeUndefined();
      expect((await login('null')).status).toBe(403);
      expect((await login()).status).toBe(200);
      // A page served by this API posts from the origin the browser addressed it by.
      const sameSite = await request(testApp.server)
        .post('/api/auth/login')
        .set('Host', 'claimline.example:8080')
        .set('Origin', 'https://claimline.example:8080')
        .send({ email: user.email, password: user.password });
      expect(sameSite.status).toBe(200);
    });
  });

  describe('sessions', () => {
    it('needs a signed-in user everywhere but health and login', async () => {
      await request(testApp.server).get('/api/health').expect(200);
      const response = await request(testApp.server).get('/api/auth/me').expect(401);
      expect(response.body.message).toBe('Sign in required');
      await request(testApp.server).get('/api/camps').expect(401);
    });

    it('accepts the bearer token', async () => {
      const auth = await signIn(testApp, 'admin');
      const me = await request(testApp.server).get('/api/auth/me').set(auth).expect(200);
      expect(me.body).toEqual({ id: expect.any(Number), email: 'admin@test.local', role: 'admin' });
      await request(testApp.server).get('/api/camps').set(auth).expect(200);
    });

    it('accepts the session cookie', async () => {
      const { cookies } = await signInWithCookies(testApp, 'viewer');
      const me = await request(testApp.server).get('/api/auth/me').set('Cookie', cookies).expect(200);
      expect(me.body.role).toBe('viewer');
    });

    it('refuses a tampered or garbage token', async () => {
      const { Authorization } = await signIn(testApp, 'viewer');
      const [h, p, s] = Authorization.slice('Bearer '.length).split('.');
      const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url');
      await request(testApp.server).get('/api/auth/me').set('Authorization', `Bearer ${h}.${forged}.${s}`).expect(401);
      await request(testApp.server).get('/api/auth/me').set('Authorization', 'Bearer nonsense').expect(401);
    });
    it('reads a session once for repeated requests, and again after a logout of any session', async () => {
      const auth = await signIn(testApp, 'viewer');
      const other = await signIn(testApp, 'analyst');
      const query = jest.spyOn(testApp.dataSource, 'query');
      try {
        const sessionReads = () =>
          query.mock.calls.filter(([sql]) => String(sql).includes('FROM revoked_sessions r')).length;
        for (let i = 0; i < 5; i++) {
          await request(testApp.server).get('/api/auth/me').set(auth).expect(200);
          await request(testApp.server).get('/api/auth/me').set(other).expect(200);
        }
        expect(sessionReads()).toBe(2);
        await request(testApp.server).post('/api/auth/logout').set(other).expect(204);
        await request(testApp.server).get('/api/auth/me').set(other).expect(401);
        await request(testApp.server).get('/api/auth/me').set(auth).expect(200);
        expect(sessionReads()).toBe(4);
      } finally {
        query.mockRestore();
      }
    });
  });

  describe('CSRF on cookie sessions', () => {
    const newUser = (n: number) => ({ email: `csrf${n}@test.local`, role: 'viewer', password: 'long-enough-password' });

    it('refuses a cookie-authenticated write without the X-CSRF-Token header', async () => {
      const { cookies } = await signInWithCookies(testApp, 'admin');
      const response = await request(testApp.server)
        .post('/api/users')
        .set('Cookie', cookies)
        .send(newUser(1))
        .expect(403);
      expect(response.body.message).toBe('CSRF token missing or invalid');
    });

    it('refuses a header that does not match the session', async () => {
      const { cookies } = await signInWithCookies(testApp, 'admin');
      const other = await signInWithCookies(testApp, 'admin');
      await request(testApp.server)
        .post('/api/users')
        .set('Cookie', cookies)
        .set('X-CSRF-Token', 'forged')
        .send(newUser(2))
        .expect(403);
      // The other session's token, planted in both cookie and header, still does not match this session.
      const planted = cookies.map((c) => (c.startsWith('claimline_csrf=') ? `claimline_csrf=${other.csrfToken}` : c));
      await request(testApp.server)
        .post('/api/users')
        .set('Cookie', planted)
        .set('X-CSRF-Token', other.csrfToken)
        .send(newUser(2))
        .expect(403);
    });

    it('accepts a cookie-authenticated write with the matching header', async () => {
      const { cookies, csrfToken } = await signInWithCookies(testApp, 'admin');
      await request(testApp.server)
        .post('/api/users')
        .set('Cookie', cookies)
        .set('X-CSRF-Token', csrfToken)
        .send(newUser(3))
        .expect(201);
    });

    it('needs no CSRF header for reads or bearer-authenticated writes', async () => {
      const { cookies } = await signInWithCookies(testApp, 'admin');
      await request(testApp.server).get('/api/users').set('Cookie', cookies).expect(200);
      await request(testApp.server)
        .post('/api/users')
        .set(await signIn(testApp, 'admin'))
        .send(newUser(4))
        .expect(201);
    });
  });

  describe('logout and revocation', () => {
    it('clears both cookies and ends the session', async () => {
      const { cookies, accessToken, csrfToken } = await signInWithCookies(testApp, 'viewer');
      const response = await request(testApp.server)
        .post('/api/auth/logout')
        .set('Cookie', cookies)
        .set('X-CSRF-Token', csrfToken)
        .expect(204);
      const cleared = response.headers['set-cookie'] as unknown as string[];
      expect(cleared.some((c) => /^claimline_session=;.*Expires=Thu, 01 Jan 1970/i.test(c))).toBe(true);
      expect(cleared.some((c) => /^claimline_csrf=;.*Expires=Thu, 01 Jan 1970/i.test(c))).toBe(true);
      await request(testApp.server).get('/api/auth/me').set('Authorization', `Bearer ${accessToken}`).expect(401);
    });

    it('lets an anonymous request log out (an expired session can still clear its cookies)', async () => {
      await request(testApp.server).post('/api/auth/logout').expect(204);
    });

    it('ends the sessions of a deactivated user at once and refuses their sign-in', async () => {
      const users = testApp.app.get(UsersService);
      const user = await users.create(
        { email: 'leaver@test.local', role: 'analyst', password: 'leaver-password' },
        null,
      );
      const login = await request(testApp.server)
        .post('/api/auth/login')
        .send({ email: 'leaver@test.local', password: 'leaver-password' })
        .expect(200);
      const auth = { Authorization: `Bearer ${login.body.accessToken}` };
      await request(testApp.server).get('/api/auth/me').set(auth).expect(200);
      await request(testApp.server)
        .patch(`/api/users/${user.id}`)
        .set(await signIn(testApp, 'admin'))
        .send({ active: false })
        .expect(200);
      await request(testApp.server).get('/api/auth/me').set(auth).expect(401);
      const again = await request(testApp.server)
        .post('/api/auth/login')
        .send({ email: 'leaver@test.local', password: 'leaver-password' })
        .expect(401);
      expect(again.body.message).toBe('Invalid email or password');
    });

    it('ends other sessions when the password changes, and applies a role change at once', async () => {
      const users = testApp.app.get(UsersService);
      const user = await users.create({ email: 'mover@test.local', role: 'analyst', password: 'mover-password' }, null);
      const login = await request(testApp.server)
        .post('/api/auth/login')
        .send({ email: 'mover@test.local', password: 'mover-password' })
        .expect(200);
      const auth = { Authorization: `Bearer ${login.body.accessToken}` };
      const admin = await signIn(testApp, 'admin');
      await request(testApp.server).patch(`/api/users/${user.id}`).set(admin).send({ role: 'viewer' }).expect(200);
      expect((await request(testApp.server).get('/api/auth/me').set(auth).expect(200)).body.role).toBe('viewer');
      await request(testApp.server)
        .patch(`/api/users/${user.id}`)
        .set(admin)
        .send({ password: 'a-new-password' })
        .expect(200);
      await request(testApp.server).get('/api/auth/me').set(auth).expect(401);
    });
  });

  describe('protection', () => {
    it('sends a strict content security policy and other security headers', async () => {
      const response = await request(testApp.server).get('/api/health').expect(200);
      const csp = response.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("img-src 'self' data: blob:");
      expect(csp).toContain("font-src 'self' data:");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['x-powered-by']).toBeUndefined();
    });

    it('relaxes script-src for Swagger UI only', async () => {
      const docs = await request(testApp.server).get('/api/docs').expect(200);
      expect(docs.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
      expect(docs.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    });

    it('answers a 20 MB body with a JSON 413', async () => {
      const body = JSON.stringify({ email: 'x@test.local', password: 'a'.repeat(20 * 1024 * 1024) });
      const response = await request(testApp.server)
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send(body)
        .expect(413);
      expect(response.headers['content-type']).toMatch(/application\/json/);
      expect(response.body).toEqual({
        statusCode: 413,
        code: 'payload_too_large',
        message: 'Request body is too large',
      });
    });

    it('answers malformed JSON with a JSON 400', async () => {
      const response = await request(testApp.server)
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send('{"email":')
        .expect(400);
      expect(response.body.message).toBe('Request body is not valid JSON');
    });

    it('answers JSON nested deeper than 32 levels with a 400 before anything else runs, on every route', async () => {
      const deep = '{"a":'.repeat(1500) + '1' + '}'.repeat(1500);
      const analyst = await signIn(testApp, 'analyst');
      for (const [url, headers] of [
        ['/api/auth/login', {}],
        ['/api/narratives', analyst],
        ['/api/claims', analyst],
      ] as const) {
        const response = await request(testApp.server)
          .post(url)
          .set(headers)
          .set('Content-Type', 'application/json')
          .send(deep)
          .expect(400);
        expect(response.body).toMatchObject({
          statusCode: 400,
          message: 'Request body is nested more than 32 levels deep',
        });
      }
      const arrays = '['.repeat(40) + ']'.repeat(40);
      await request(testApp.server)
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send(arrays)
        .expect(400);
    });

    it('takes ids in decimal only: 0x10, 1e1, +1 and 01.0 are not claim ids', async () => {
      const viewer = await signIn(testApp, 'viewer');
      for (const id of ['0x10', '1e1', '+1', '1.0', ' 1', '0b1']) {
        const response = await request(testApp.server)
          .get(`/api/claims/${encodeURIComponent(id)}`)
          .set(viewer);
        expect({ id, status: response.status }).toEqual({ id, status: 400 });
        expect(response.body.errors).toEqual([{ field: 'id', messages: ['id must be a positive decimal integer'] }]);
      }
      await request(testApp.server).get('/api/claims/99999999').set(viewer).expect(404);
      await request(testApp.server)
        .patch('/api/users/0x1')
        .set(await signIn(testApp, 'admin'))
        .send({ active: true })
        .expect(400);
    });

    it('marks JSON answers, errors included, Cache-Control: no-store, with no ETag to revalidate', async () => {
      const viewer = await signIn(testApp, 'viewer');
      for (const response of [
        await request(testApp.server).get('/api/auth/me').set(viewer).expect(200),
        await request(testApp.server).get('/api/claims').set(viewer).expect(200),
        await request(testApp.server).get('/api/analytics/share').set(viewer).expect(200),
        await request(testApp.server).get('/api/analytics/share').set(viewer).expect(200),
        await request(testApp.server).get('/api/claims/99999999').set(viewer).expect(404),
        await request(testApp.server).get('/api/auth/me').expect(401),
      ]) {
        expect(response.headers['cache-control']).toBe('no-store');
        expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
        expect(response.headers.etag).toBeUndefined();
      }
    });
  });
});

describe.each(testDialects())('token expiry on %s', (dialect) => {
  let testApp: TestApp;
  // The app's clock: the test moves it past the TTL instead of waiting.
  let now = Date.now();

  beforeAll(async () => {
    testApp = await startTestApp(dialect, { CLAIMLINE_TOKEN_TTL_SECONDS: '1' }, { clock: () => now });
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('refuses a token, bearer or cookie, once its TTL has passed', async () => {
    const { cookies, accessToken } = await signInWithCookies(testApp, 'viewer');
    await request(testApp.server).get('/api/auth/me').set('Authorization', `Bearer ${accessToken}`).expect(200);
    expect(cookies.length).toBe(2);
    now += 1001;
    const response = await request(testApp.server)
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${accessToken}`)
      .expect(401);
    expect(response.body.message).toBe('Session expired or invalid; sign in again');
    await request(testApp.server).get('/api/auth/me').set('Cookie', cookies).expect(401);
  });
});

describe.each(testDialects())('sign-in rate limit on %s', (dialect) => {
  let testApp: TestApp;

  beforeEach(async () => {
    testApp = await startTestApp(dialect);
  });

  afterEach(async () => {
    await testApp?.close();
  });

  const attempt = (email: string, password: string) =>
    request(testApp.server).post('/api/auth/login').send({ email, password });

  it('blocks an account after 10 failed attempts in a minute, even with the right password, with Retry-After', async () => {
    await ensureTestUser(testApp, 'analyst');
    for (let i = 0; i < 10; i++) expect((await attempt(testEmail('analyst'), `wrong-${i}`)).status).toBe(401);
    const blocked = await attempt(testEmail('analyst'), TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(blocked.body.message).toBe('Too many sign-in attempts; try again later');
  });

  it('blocks an address after 10 failures across different emails', async () => {
    await ensureTestUser(testApp, 'viewer');
    for (let i = 0; i < 10; i++) expect((await attempt(`nobody${i}@test.local`, 'whatever-pass')).status).toBe(401);
    expect((await attempt(testEmail('viewer'), TEST_PASSWORD)).status).toBe(429);
  });

  it('does not count successful sign-ins', async () => {
    for (let i = 0; i < 15; i++) await signIn(testApp, 'viewer');
  });
});
