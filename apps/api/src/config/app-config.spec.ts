import { loadAppConfig } from './app-config.js';

describe('loadAppConfig', () => {
  it('hashes passwords at bcrypt cost 10 unless CLAIMLINE_BCRYPT_ROUNDS says otherwise', () => {
    expect(loadAppConfig({}).bcryptRounds).toBe(10);
    expect(loadAppConfig({ CLAIMLINE_BCRYPT_ROUNDS: '8' }).bcryptRounds).toBe(8);
    expect(() => loadAppConfig({ CLAIMLINE_BCRYPT_ROUNDS: 'fast' })).toThrow(/CLAIMLINE_BCRYPT_ROUNDS/);
    expect(() => loadAppConfig({ CLAIMLINE_BCRYPT_ROUNDS: '3' })).toThrow(/CLAIMLINE_BCRYPT_ROUNDS/);
  });

  it('refuses a lowered bcrypt cost in production', () => {
    const production = { NODE_ENV: 'production', CLAIMLINE_TOKEN_SECRET: 'k'.repeat(40) };
    expect(() => loadAppConfig({ ...production, CLAIMLINE_BCRYPT_ROUNDS: '8' })).toThrow(/below 10/);
    expect(loadAppConfig({ ...production, CLAIMLINE_BCRYPT_ROUNDS: '12' }).bcryptRounds).toBe(12);
  });

  it('reads where the first admin password goes and whether it is printed', () => {
    expect(loadAppConfig({})).toMatchObject({ adminPasswordFile: undefined, announceAdmin: true });
    expect(loadAppConfig({ CLAIMLINE_ADMIN_PASSWORD_FILE: 'none', CLAIMLINE_ADMIN_ANNOUNCE: 'false' })).toMatchObject({
      adminPasswordFile: null,
      announceAdmin: false,
    });
    expect(loadAppConfig({ CLAIMLINE_ADMIN_PASSWORD_FILE: '/secrets/admin.txt' }).adminPasswordFile).toBe(
      '/secrets/admin.txt',
    );
  });

  it('limits the requests run at once on MariaDB, not on SQLite, unless told otherwise', () => {
    const mariadb = { DB_URL: 'mariadb://root@127.0.0.1:3306/claimline' };
    expect(loadAppConfig(mariadb).activeRequests).toEqual({ max: 12, queueMax: 1000 });
    expect(loadAppConfig({}).activeRequests.max).toBe(0);
    expect(
      loadAppConfig({ ...mariadb, CLAIMLINE_MAX_ACTIVE_REQUESTS: '0', CLAIMLINE_REQUEST_QUEUE: '50' }).activeRequests,
    ).toEqual({ max: 0, queueMax: 50 });
    expect(() => loadAppConfig({ CLAIMLINE_MAX_ACTIVE_REQUESTS: 'many' })).toThrow(/CLAIMLINE_MAX_ACTIVE_REQUESTS/);
    expect(() => loadAppConfig({ CLAIMLINE_REQUEST_QUEUE: '-1' })).toThrow(/CLAIMLINE_REQUEST_QUEUE/);
  });
});
