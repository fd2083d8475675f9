import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module.js';
import { loadAppConfig } from './config/app-config.js';

/**
 * `npm run worker`: a Claimline process without HTTP that runs background jobs (imports, feed polls). With REDIS_URL
 * set, any number of them share the BullMQ queue the API processes fill (which may run none: CLAIMLINE_WORKERS=0).
 * Without it, a worker takes import jobs through the database (its start-up and 15 s sweeps) and polls feeds.
 */
async function main(): Promise<void> {
  const config = loadAppConfig({
    ...process.env,
    // The API process loads the seed article; several workers starting at once must not race to do it.
    CLAIMLINE_SEED: process.env.CLAIMLINE_SEED ?? 'false',
    // A worker is there to run jobs: CLAIMLINE_WORKERS=0 here would be a process doing nothing.
    CLAIMLINE_WORKERS:
      process.env.CLAIMLINE_WORKERS && process.env.CLAIMLINE_WORKERS !== '0' ? process.env.CLAIMLINE_WORKERS : '1',
  });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['log', 'warn', 'error'],
  });
  app.enableShutdownHooks();
  Logger.log(
    `Claimline worker ${process.pid} runs ${config.jobs.workers} job(s) at a time per lane (imports, feeds) ${config.redisUrl ? 'from the BullMQ queue on Redis' : 'in process (REDIS_URL unset)'} (database: ${config.database.dialect})`,
    'Worker',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
