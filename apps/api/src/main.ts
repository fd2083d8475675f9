import { Logger } from '@nestjs/common';
import { createApp } from './app-factory.js';
import { loadAppConfig } from './config/app-config.js';

async function bootstrap(): Promise<void> {
  const config = loadAppConfig();
  const app = await createApp(config);
  app.enableShutdownHooks();
  await app.listen(config.port);
  const url = `http://localhost:${config.port}/`;
  Logger.log(
    `Claimline is running at ${url} (API docs: ${url}api/docs, database: ${config.database.dialect})`,
    'Claimline',
  );
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
