import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';
import { signIn, signInWithCookies } from '../support/auth';

/** Error bodies carry a stable code (and field rules with their parameters) for clients to translate. */
describe.each(testDialects())('error codes and the session probe on %s', (dialect) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('answers the session probe with 200 and null when signed out, the user when signed in', async () => {
    const anonymous = await request(testApp.server).get('/api/auth/session').expect(200);
    expect(anonymous.body).toEqual({ user: null });
    const { cookies } = await signInWithCookies(testApp, 'viewer');
    const viewer = await request(testApp.server).get('/api/auth/session').set('Cookie', cookies).expect(200);
    expect(viewer.body).toEqual({ user: { id: expect.any(Number), email: 'viewer@test.local', role: 'viewer' } });
    // /api/auth/me keeps its 401 for scripts, now with a code.
    const me = await request(testApp.server).get('/api/auth/me').expect(401);
    expect(me.body).toMatchObject({ statusCode: 401, code: 'unauthorized', message: 'Sign in required' });
  });

  it('names each failed field rule with its code and parameters, beside the usual errors', async () => {
    const admin = await signIn(testApp, 'admin');
    const response = await request(testApp.server)
      .post('/api/users')
      .set(admin)
      .send({ email: 'not-an-email', role: 'boss', password: 'short', extra: 1 })
      .expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'validation_failed', message: 'Validation failed' });
    // The field errors keep their shape for existing clients.
    expect(response.body.errors).toEqual(
      expect.arrayContaining([{ field: 'password', messages: [expect.stringContaining('at least 10')] }]),
    );
    expect(response.body.issues).toEqual(
      expect.arrayContaining([
        { field: 'password', code: 'minLength', params: { min: 10 }, message: expect.any(String) },
        { field: 'email', code: 'isEmail', message: expect.any(String) },
        { field: 'role', code: 'isIn', params: { values: 'viewer, analyst, admin' }, message: expect.any(String) },
        { field: 'extra', code: 'whitelistValidation', message: 'property extra should not exist' },
      ]),
    );
  });

  it('codes the common errors', async () => {
    const viewer = await signIn(testApp, 'viewer');
    const forbidden = await request(testApp.server).get('/api/users').set(viewer).expect(403);
    expect(forbidden.body.code).toBe('forbidden');
    const missing = await request(testApp.server).get('/api/claims/999999').set(viewer).expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404, code: 'not_found' });
    const badJson = await request(testApp.server)
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email":')
      .expect(400);
    expect(badJson.body).toMatchObject({ code: 'invalid_json', message: 'Request body is not valid JSON' });
  });
});
