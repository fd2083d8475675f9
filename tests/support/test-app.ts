import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type supertest from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/app-factory';
import { loadAppConfig, type AppConfig } from '../../apps/api/src/config/app-config';
import type { Clock } from '../../apps/api/src/config/clock';
import { createTestDatabase, type TestDatabase, type TestDialect } from './test-databases';

export type TestApp = {
  app: NestExpressApplication;
  config: AppConfig;
  database: TestDatabase;
  dataSource: DataSource;
  /** The Express server, for supertest. */
  server: Parameters<typeof supertest>[0];
  close(): Promise<void>;
};

/**
 * The whole application on a fresh database of the given dialect, migrated, not listening. `clock`
 * replaces the system clock (token expiry, rate windows) for tests that move time forward. `sharing`: a second
 * process's app on another app's database (that app drops it).
 */
export async function startTestApp(
  dialect: TestDialect,
  env: Record<string, string> = {},
  options: { clock?: Clock; webDist?: string; sharing?: TestApp } = {},
): Promise<TestApp> {
  const shared = options.sharing?.database;
  const database = shared ?? (await createTestDatabase(dialect));
  const dropDatabase = () => (shared ? Promise.resolve() : database.drop());
  // Each app its own upload directory: one app's start-up sweep must never see another's files.
  const uploadDir = mkdtempSync(join(tmpdir(), 'claimline-test-uploads-'));
  const config = loadAppConfig({
    ...process.env,
    CLAIMLINE_SEED: 'false',
    // A full bcrypt round per sign-in would dominate the suite.
    CLAIMLINE_BCRYPT_ROUNDS: '8',
    CLAIMLINE_ADMIN_ANNOUNCE: 'false',
    // A server database here is a throwaway one: never overwrite a developer's ./data/admin-password.txt.
    ...(dialect === 'sqlite' ? {} : { CLAIMLINE_ADMIN_PASSWORD_FILE: 'none' }),
    // Tests poll feeds explicitly: no timer polls behind their backs.
    CLAIMLINE_FEEDS_SCHEDULER: 'off',
    CLAIMLINE_UPLOAD_DIR: uploadDir,
    ...env,
    DB_URL: database.url,
  });
  let app: NestExpressApplication;
  try {
    app = await createApp(config, { logger: false, webDist: options.webDist ?? '/nonexistent', clock: options.clock });
    await app.init();
  } catch (error) {
    // A suite whose app cannot start never reaches afterAll's close(): drop its database here.
    await dropDatabase();
    throw error;
  }
  return {
    app,
    config,
    database,
    dataSource: app.get(DataSource),
    server: app.getHttpServer(),
    close: async () => {
      await app.close();
      await dropDatabase();
      rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}
