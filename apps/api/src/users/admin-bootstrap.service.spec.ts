import type { AppConfig } from '../config/app-config.js';
import { AdminBootstrapService } from './admin-bootstrap.service.js';
import type { UsersService } from './users.service.js';

describe('AdminBootstrapService', () => {
  const config = (overrides: Partial<AppConfig>) =>
    ({
      port: 3000,
      database: { dialect: 'sqlite', file: '/nonexistent-dir/x/claimline.sqlite' },
      adminEmail: undefined,
      adminPassword: undefined,
      ...overrides,
    }) as AppConfig;
  const users = (count: number, existing: unknown = null) =>
    ({
      count: jest.fn(() => Promise.resolve(count)),
      findByEmail: jest.fn(() => Promise.resolve(existing)),
      create: jest.fn(() => Promise.resolve({})),
    }) as unknown as UsersService & {
      create: jest.Mock;
    };

  it('refuses half of the admin settings, or a short password', async () => {
    await expect(
      new AdminBootstrapService(config({ adminEmail: 'a@b.org' }), users(0)).onApplicationBootstrap(),
    ).rejects.toThrow(/both CLAIMLINE_ADMIN_EMAIL and CLAIMLINE_ADMIN_PASSWORD/);
    await expect(
      new AdminBootstrapService(config({ adminPassword: 'long-enough-pw' }), users(0)).onApplicationBootstrap(),
    ).rejects.toThrow(/both/);
    await expect(
      new AdminBootstrapService(
        config({ adminEmail: 'a@b.org', adminPassword: 'short' }),
        users(0),
      ).onApplicationBootstrap(),
    ).rejects.toThrow(/at least 10/);
  });

  it('creates the configured admin only when missing', async () => {
    const fresh = users(3);
    await new AdminBootstrapService(
      config({ adminEmail: ' A@B.org', adminPassword: 'long-enough-pw' }),
      fresh,
    ).onApplicationBootstrap();
    expect(fresh.create).toHaveBeenCalledWith(
      { email: 'a@b.org', role: 'admin', password: 'long-enough-pw' },
      null,
      'bootstrap',
    );
    const existing = users(3, { id: 1 });
    await new AdminBootstrapService(
      config({ adminEmail: 'a@b.org', adminPassword: 'long-enough-pw' }),
      existing,
    ).onApplicationBootstrap();
    expect(existing.create).not.toHaveBeenCalled();
  });

  it('creates admin@localhost only in an empty database', async () => {
    const some = users(1);
    await new AdminBootstrapService(config({}), some).onApplicationBootstrap();
    expect(some.create).not.toHaveBeenCalled();
  });

  it('puts the password file beside SQLite, in ./data for a server database, or where configured', () => {
    expect(new AdminBootstrapService(config({}), users(0)).passwordFilePath()).toBe(
      '/nonexistent-dir/x/admin-password.txt',
    );
    const database = { dialect: 'mariadb', host: 'h', port: 3306, username: 'u', password: '', database: 'd' } as const;
    expect(new AdminBootstrapService(config({ database }), users(0)).passwordFilePath()).toMatch(
      /\/data\/admin-password\.txt$/,
    );
    expect(
      new AdminBootstrapService(config({ database, adminPasswordFile: null }), users(0)).passwordFilePath(),
    ).toBeNull();
    expect(
      new AdminBootstrapService(config({ adminPasswordFile: '/elsewhere/pw.txt' }), users(0)).passwordFilePath(),
    ).toBe('/elsewhere/pw.txt');
  });
});
