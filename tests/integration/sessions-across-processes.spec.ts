import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import request from 'supertest';
import { AuditService } from '../../apps/api/src/audit/audit.service';
import { announceDataChange } from '../../apps/api/src/shared-state/data-change-relay';
import { UsersRepository } from '../../apps/api/src/users/users.repository';
import { UsersService } from '../../apps/api/src/users/users.service';
import { signIn } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * The auth guard remembers each session (auth/sessions.repository.ts). Two API processes on one database and one
 * Redis act as one: a logout or a change of user in either reaches the sessions the other remembers.
 */
describe.each(testDialects())('remembered sessions across API processes on %s', (dialect) => {
  let first: TestApp;
  let second: TestApp;
  const prefix = `claimline-test-${randomBytes(4).toString('hex')}:`;

  beforeAll(async () => {
    const env = {
      REDIS_URL,
      CLAIMLINE_REDIS_PREFIX: prefix,
      CLAIMLINE_TOKEN_SECRET: randomBytes(32).toString('hex'),
      CLAIMLINE_WORKERS: '0',
    };
    first = await startTestApp(dialect, env);
    second = await startTestApp(dialect, env, { sharing: first });
  });

  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  const me = (app: TestApp, auth: { Authorization: string }) => request(app.server).get('/api/auth/me').set(auth);

  it('ends at once a session remembered by another process when it logs out in one', async () => {
    const auth = await signIn(first, 'viewer');
    await me(second, auth).expect(200);
    await me(second, auth).expect(200);
    await request(first.server).post('/api/auth/logout').set(auth).expect(204);
    // At once: the logout answers only after Redis has passed the change on.
    await me(second, auth).expect(401);
    await me(first, auth).expect(401);
  });

  it('answers a logout only once every process Redis told has confirmed it applied it', async () => {
    // A third process, slow to read its subscription: the logout waits for its receipt.
    const peer = new Redis(REDIS_URL);
    const publisher = new Redis(REDIS_URL);
    try {
      let heard: (receiptId: string) => void = () => undefined;
      const announcement = new Promise<string>((resolve) => (heard = resolve));
      // Bursts of other writes are announced without asking for a receipt.
      peer.on('message', (_channel: string, message: string) => {
        const receiptId = message.split(' ')[2];
        if (receiptId) heard(receiptId);
      });
      await peer.subscribe(`${prefix}data-changed`);

      const auth = await signIn(first, 'viewer');
      let answered = false;
      const logout = request(first.server)
        .post('/api/auth/logout')
        .set(auth)
        .then((response) => {
          answered = true;
          return response;
        });
      const receiptId = await announcement;
      await me(second, auth).expect(401);
      expect(answered).toBe(false);
      await publisher.publish(`${prefix}data-change-receipts`, receiptId);
      expect((await logout).status).toBe(204);
    } finally {
      peer.disconnect();
      publisher.disconnect();
    }
  });

  it('applies at once a role change and a deactivation made in one process to sessions another remembers', async () => {
    const user = await first.app
      .get(UsersService)
      .create({ email: `mover-${dialect}@test.local`, role: 'analyst', password: 'mover-password' }, null);
    const login = await request(first.server)
      .post('/api/auth/login')
      .send({ email: user.email, password: 'mover-password' })
      .expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    expect((await me(second, auth).expect(200)).body.role).toBe('analyst');

    const admin = await signIn(first, 'admin');
    await request(first.server).patch(`/api/users/${user.id}`).set(admin).send({ role: 'viewer' }).expect(200);
    expect((await me(second, auth).expect(200)).body.role).toBe('viewer');

    await request(first.server).patch(`/api/users/${user.id}`).set(admin).send({ active: false }).expect(200);
    await me(second, auth).expect(401);
  });

  it('applies at once a role change the user command line makes, which it announces through Redis', async () => {
    const users = first.app.get(UsersService);
    const user = await users.create(
      { email: `cli-${dialect}@test.local`, role: 'analyst', password: 'cli-password' },
      null,
    );
    const login = await request(first.server)
      .post('/api/auth/login')
      .send({ email: user.email, password: 'cli-password' })
      .expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    expect((await me(second, auth).expect(200)).body.role).toBe('analyst');
    // As user-create.cli.ts builds it: no relay, then the announcement on its own connection.
    const cli = new UsersService(
      first.dataSource,
      first.app.get(UsersRepository),
      first.app.get(AuditService),
      first.config,
    );
    await cli.update(user.id, { role: 'viewer' }, null);
    await announceDataChange(first.config, ['sessions']);
    expect((await me(second, auth).expect(200)).body.role).toBe('viewer');
  });
});
