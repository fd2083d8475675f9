import type { NestExpressApplication } from '@nestjs/platform-express';
import type supertest from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/app-factory';
import { loadAppConfig, type AppConfig } from '../../apps/api/src/config/app-config';
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

/** The whole application on a fresh database of the given dialect, migrated, not listening. */
export async function startTestApp(dialect: TestDialect, env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const config = loadAppConfig({ ...process.env, CLAIMLINE_SEED: 'false', ...env, DB_URL: database.url });
  let app: NestExpressApplication;
  try {
    app = await createApp(config, { logger: false, webDist: '/nonexistent' });
    await app.init();
  } catch (error) {
    // A suite whose app cannot start never reaches afterAll's close(): drop its database here.
    await database.drop();
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
      await database.drop();
    },
  };
}
