import request from 'supertest';
import type { UserRole } from '@claimline/contracts';
import { UsersService } from '../../apps/api/src/users/users.service';
import type { TestApp } from './test-app';

/** The password every test user gets; long enough for the password policy. */
export const TEST_PASSWORD = 'test-password-123';

export function testEmail(role: UserRole): string {
  return `${role}@test.local`;
}

/** Creates `<role>@test.local` with TEST_PASSWORD unless it exists (straight through UsersService), and returns it. */
export async function ensureTestUser(
  testApp: TestApp,
  role: UserRole,
): Promise<{ id: number; email: string; password: string }> {
  const users = testApp.app.get(UsersService);
  const email = testEmail(role);
  const existing = await users.findByEmail(email);
  if (existing) return { id: existing.id, email, password: TEST_PASSWORD };
  const created = await users.create({ email, role, password: TEST_PASSWORD }, null);
  return { id: created.id, email, password: TEST_PASSWORD };
}

/**
 * Signs in as a user of that role through the real POST /api/auth/login and returns the header to send:
 * `request(server).get('/api/x').set(await signIn(testApp, 'analyst'))`.
 */
export async function signIn(testApp: TestApp, role: UserRole): Promise<{ Authorization: string }> {
  const user = await ensureTestUser(testApp, role);
  const response = await request(testApp.server)
    .post('/api/auth/login')
    .send({ email: user.email, password: user.password });
  if (response.status !== 200) {
    throw new Error(`signIn(${role}) failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return { Authorization: `Bearer ${response.body.accessToken}` };
}

/** Signs in and keeps the cookies, as the browser does: for CSRF and cookie-session tests. */
export async function signInWithCookies(
  testApp: TestApp,
  role: UserRole,
): Promise<{ cookies: string[]; csrfToken: string; accessToken: string }> {
  const user = await ensureTestUser(testApp, role);
  const response = await request(testApp.server)
    .post('/api/auth/login')
    .send({ email: user.email, password: user.password })
    .expect(200);
  const setCookie = response.headers['set-cookie'] as unknown as string[];
  return {
    cookies: setCookie.map((c) => c.split(';')[0]),
    csrfToken: response.body.csrfToken,
    accessToken: response.body.accessToken,
  };
}
