import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';
import { ensureTestUser, signIn } from '../support/auth';
import { UsersService } from '../../apps/api/src/users/users.service';

describe.each(testDialects())('user administration on %s', (dialect) => {
  let testApp: TestApp;
  let admin: { Authorization: string };

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    admin = await signIn(testApp, 'admin');
  });

  afterAll(async () => {
    await testApp?.close();
  });

  const api = () => request(testApp.server);

  it('creates a user (201, no password or hash in the answer) who can then sign in', async () => {
    const response = await api()
      .post('/api/users')
      .set(admin)
      .send({ email: ' New.Analyst@Test.Local', role: 'analyst', password: 'a-long-password' })
      .expect(201);
    expect(response.body).toEqual({
      id: expect.any(Number),
      email: 'new.analyst@test.local',
      role: 'analyst',
      active: true,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    await api()
      .post('/api/auth/login')
      .send({ email: 'new.analyst@test.local', password: 'a-long-password' })
      .expect(200);
  });

  it('refuses a duplicate email with 409', async () => {
    await api()
      .post('/api/users')
      .set(admin)
      .send({ email: 'dup@test.local', role: 'viewer', password: 'a-long-password' })
      .expect(201);
    const response = await api()
      .post('/api/users')
      .set(admin)
      .send({ email: 'DUP@test.local', role: 'admin', password: 'a-long-password' })
      .expect(409);
    expect(response.body.message).toBe('A user with this email already exists');
  });

  it('refuses bad input with field messages', async () => {
    const response = await api()
      .post('/api/users')
      .set(admin)
      .send({ email: 'not-an-email', role: 'root', password: 'short' })
      .expect(400);
    const fields = response.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['email', 'password', 'role']);
    const password = response.body.errors.find((e: { field: string }) => e.field === 'password');
    expect(password.messages).toContain('password must be at least 10 characters');
  });

  it('refuses a password over 72 UTF-8 bytes (bcrypt would ignore the rest), however few characters', async () => {
    // 40 Arabic letters are 80 bytes: bcrypt would read only the first 36 letters.
    const arabic = 'كلمةسرطويلة'.repeat(4).slice(0, 40);
    for (const [label, send] of [
      [
        'create',
        () => api().post('/api/users').set(admin).send({ email: 'long@test.local', role: 'viewer', password: arabic }),
      ],
      [
        'update',
        async () =>
          api()
            .patch(`/api/users/${(await ensureTestUser(testApp, 'viewer')).id}`)
            .set(admin)
            .send({ password: arabic }),
      ],
    ] as const) {
      const response = await send();
      expect({ label, status: response.status }).toEqual({ label, status: 400 });
      expect(response.body.errors).toEqual([
        {
          field: 'password',
          messages: ['password must be at most 72 bytes in UTF-8 (36 Arabic letters): bcrypt ignores the rest'],
        },
      ]);
    }
    // 72 bytes exactly is fine: 36 Arabic letters.
    await api()
      .post('/api/users')
      .set(admin)
      .send({ email: 'long@test.local', role: 'viewer', password: arabic.slice(0, 36) })
      .expect(201);
  });

  it('lists users without hashes', async () => {
    const response = await api().get('/api/users').set(admin).expect(200);
    expect(response.body.map((u: { email: string }) => u.email)).toEqual(
      expect.arrayContaining(['admin@test.local', 'admin@localhost']),
    );
    expect(JSON.stringify(response.body)).not.toMatch(/password|\$2[aby]\$/i);
  });

  it('changes role, active and password', async () => {
    const created = await api()
      .post('/api/users')
      .set(admin)
      .send({ email: 'change@test.local', role: 'viewer', password: 'a-long-password' })
      .expect(201);
    const response = await api()
      .patch(`/api/users/${created.body.id}`)
      .set(admin)
      .send({ role: 'analyst', active: false })
      .expect(200);
    expect(response.body).toMatchObject({ role: 'analyst', active: false });
    await api().patch(`/api/users/${created.body.id}`).set(admin).send({ password: 'short' }).expect(400);
    await api().patch('/api/users/999999').set(admin).send({ role: 'viewer' }).expect(404);
    await api().patch('/api/users/abc').set(admin).send({ role: 'viewer' }).expect(400);
  });

  it('does not let an admin deactivate or demote themself', async () => {
    const me = (await api().get('/api/auth/me').set(admin).expect(200)).body;
    const deactivate = await api().patch(`/api/users/${me.id}`).set(admin).send({ active: false }).expect(409);
    expect(deactivate.body.message).toBe('You cannot deactivate your own account');
    const demote = await api().patch(`/api/users/${me.id}`).set(admin).send({ role: 'analyst' }).expect(409);
    expect(demote.body.message).toBe('You cannot remove your own admin role');
    await api().get('/api/users').set(admin).expect(200);
  });

  it('audits every user change without password hashes, readable by admins at /api/audit', async () => {
    const created = await api()
      .post('/api/users')
      .set(admin)
      .send({ email: 'audited@test.local', role: 'viewer', password: 'first-password' })
      .expect(201);
    await api()
      .patch(`/api/users/${created.body.id}`)
      .set(admin)
      .send({ role: 'analyst', password: 'second-password' })
      .expect(200);
    const page = await api().get('/api/audit').query({ entity: 'user', limit: 100 }).set(admin).expect(200);
    const mine = page.body.filter((e: { entityId: string }) => e.entityId === String(created.body.id));
    expect(mine).toEqual([
      expect.objectContaining({
        action: 'update',
        userEmail: 'admin@test.local',
        before: { email: 'audited@test.local', role: 'viewer', active: true },
        after: { email: 'audited@test.local', role: 'analyst', active: true, passwordChanged: true },
      }),
      expect.objectContaining({
        action: 'create',
        after: { email: 'audited@test.local', role: 'viewer', active: true },
      }),
    ]);
    const raw = await testApp.dataSource.query("SELECT * FROM audit_events WHERE entity = 'user'");
    expect(JSON.stringify(raw)).not.toMatch(/\$2[aby]\$|password_hash|passwordHash|first-password|second-password/);
  });

  it('pages the audit log newest first with limit and before', async () => {
    const first = await api().get('/api/audit').query({ limit: 2 }).set(admin).expect(200);
    expect(first.body).toHaveLength(2);
    expect(first.body[0].id).toBeGreaterThan(first.body[1].id);
    const next = await api().get('/api/audit').query({ limit: 2, before: first.body[1].id }).set(admin).expect(200);
    expect(next.body[0].id).toBeLessThan(first.body[1].id);
    await api().get('/api/audit').query({ limit: 0 }).set(admin).expect(400);
    await api()
      .get('/api/audit')
      .set(await signIn(testApp, 'analyst'))
      .expect(403);
  });

  it('keeps user management to admins', async () => {
    const analyst = await signIn(testApp, 'analyst');
    await api().get('/api/users').set(analyst).expect(403);
    await api()
      .post('/api/users')
      .set(analyst)
      .send({ email: 'x@test.local', role: 'admin', password: 'a-long-password' })
      .expect(403);
    const viewer = await ensureTestUser(testApp, 'viewer');
    await api().patch(`/api/users/${viewer.id}`).set(analyst).send({ role: 'admin' }).expect(403);
  });
});

describe.each(testDialects())('first admin on %s', (dialect) => {
  it('creates admin@localhost with a random password, written to admin-password.txt (mode 600) beside SQLite', async () => {
    const testApp = await startTestApp(dialect);
    try {
      const rows = await testApp.dataSource.query('SELECT email, role FROM users');
      expect(rows).toEqual([{ email: 'admin@localhost', role: 'admin' }]);
      if (dialect !== 'sqlite') return; // server databases under Jest write no file (never clobber ./data)
      const file = join(dirname(testApp.database.url.slice('sqlite:'.length)), 'admin-password.txt');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const password = readFileSync(file, 'utf8').trim();
      expect(password).toMatch(/^\S{20}$/);
      const login = await request(testApp.server)
        .post('/api/auth/login')
        .send({ email: 'admin@localhost', password })
        .expect(200);
      expect(login.body.user.role).toBe('admin');
    } finally {
      await testApp.close();
    }
  });

  it('creates the configured admin instead, and does not overwrite it on the next start', async () => {
    const env = { CLAIMLINE_ADMIN_EMAIL: 'Boss@Example.org', CLAIMLINE_ADMIN_PASSWORD: 'configured-password' };
    const testApp = await startTestApp(dialect, env);
    try {
      const rows = await testApp.dataSource.query('SELECT email, role FROM users');
      expect(rows).toEqual([{ email: 'boss@example.org', role: 'admin' }]);
      await request(testApp.server)
        .post('/api/auth/login')
        .send({ email: 'boss@example.org', password: 'configured-password' })
        .expect(200);
      const audit = await testApp.dataSource.query("SELECT action FROM audit_events WHERE entity = 'user'");
      expect(audit).toEqual([{ action: 'bootstrap' }]);
    } finally {
      await testApp.close();
    }
  });
});

describe.each(testDialects())('the last active admin on %s', (dialect) => {
  let testApp: TestApp;
  let users: UsersService;

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    users = testApp.app.get(UsersService);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  const activeAdmins = async () =>
    (await users.list()).filter((user) => user.role === 'admin' && user.active).map((user) => user.email);

  /** Exactly two active admins, x and y, signed in; every other admin demoted. */
  async function twoAdmins(round: number) {
    const headers: { Authorization: string }[] = [];
    const ids: number[] = [];
    for (const name of ['x', 'y']) {
      const email = `admin-${name}-${round}@test.local`;
      const created = await users.create({ email, role: 'admin', password: 'admin-password-1' }, null);
      ids.push(created.id);
      const login = await request(testApp.server)
        .post('/api/auth/login')
        .send({ email, password: 'admin-password-1' })
        .expect(200);
      headers.push({ Authorization: `Bearer ${login.body.accessToken}` });
    }
    for (const user of await users.list())
      if (user.role === 'admin' && user.active && !ids.includes(user.id))
        await users.update(user.id, { role: 'viewer' }, null);
    expect(await activeAdmins()).toHaveLength(2);
    return { ids, headers };
  }

  it('refuses to demote or deactivate the last active admin, with 409 and a reason', async () => {
    const { ids, headers } = await twoAdmins(0);
    await request(testApp.server).patch(`/api/users/${ids[1]}`).set(headers[0]).send({ active: false }).expect(200);
    // y is gone; x is the last admin. Nobody, not even the command line (no actor), can remove that.
    const refused = (await users.update(ids[0], { role: 'analyst' }, null).catch((error: unknown) => error)) as {
      getStatus(): number;
      message: string;
    };
    expect(refused.getStatus()).toBe(409);
    expect(refused.message).toBe(
      'The last active admin cannot be demoted or deactivated: make another user an admin first',
    );
    expect(await activeAdmins()).toEqual([`admin-x-0@test.local`]);
  });

  it('keeps one admin when two admins demote or deactivate each other at the same moment', async () => {
    for (let round = 1; round <= 4; round++) {
      const { ids, headers } = await twoAdmins(round);
      const change = round % 2 ? { role: 'analyst' } : { active: false };
      const [xy, yx] = await Promise.all([
        request(testApp.server).patch(`/api/users/${ids[1]}`).set(headers[0]).send(change),
        request(testApp.server).patch(`/api/users/${ids[0]}`).set(headers[1]).send(change),
      ]);
      // One wins; the other is refused, as the last admin or as no longer an admin (401/403) by then.
      expect([xy.status, yx.status]).toContain(200);
      expect([xy.status, yx.status].filter((status) => status !== 200)).toHaveLength(1);
      expect([409, 401, 403]).toContain([xy.status, yx.status].find((status) => status !== 200));
      expect(await activeAdmins()).toHaveLength(1);
    }
  });
});
