import 'reflect-metadata';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { loadAppConfig } from '../config/app-config.js';
import type { ImportProgress } from './import-runner.js';
import { ImportsService } from './imports.service.js';

const USAGE = 'Usage: npm run import -- FILE.jsonl|FILE.ndjson|FILE.csv [--db DB_URL]';

function parseArgs(argv: string[]): { file: string; db?: string } {
  let file: string | undefined;
  let db: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db') db = argv[++i];
    else if (arg.startsWith('--db=')) db = arg.slice('--db='.length);
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (!file) file = arg;
    else throw new Error(`Unexpected argument "${arg}"\n${USAGE}`);
  }
  if (!file) throw new Error(USAGE);
  if (db === '') throw new Error('--db needs a database URL');
  return { file: resolve(file), db };
}

function progressLine(progress: ImportProgress, size: number, started: number): string {
  const fraction = size ? Math.min(1, progress.bytesRead / size) : 0;
  const width = 30;
  const filled = Math.round(fraction * width);
  const seconds = (Date.now() - started) / 1000;
  const rate = seconds > 0 ? (progress.done + progress.duplicates) / seconds : 0;
  return `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  ${progress.total} rows  ${progress.done} stored  ${progress.duplicates} dup  ${progress.failed} failed  ${rate.toFixed(0)}/s `;
}

/** `npm run import -- FILE [--db URL]`: the bulk import from a shell, straight against the database. */
async function main(): Promise<void> {
  const { file, db } = parseArgs(process.argv.slice(2));
  if (!existsSync(file)) throw new Error(`No such file: ${file}`);
  const size = statSync(file).size;
  const config = loadAppConfig({
    ...process.env,
    ...(db ? { DB_URL: db } : {}),
    CLAIMLINE_SEED: 'false',
    // The API process polls feeds; an import run from the shell must not start polling them as well.
    CLAIMLINE_FEEDS_SCHEDULER: 'off',
    // It runs its own file and nothing else: other jobs are the API's and the workers' (it may still queue orphans).
    CLAIMLINE_WORKERS: '0',
  });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['warn', 'error'] });
  try {
    const started = Date.now();
    let lastDraw = 0;
    const tty = process.stderr.isTTY;
    const summary = await app.get(ImportsService).runFile(file, null, (progress) => {
      const now = Date.now();
      if (now - lastDraw < (tty ? 100 : 2000)) return;
      lastDraw = now;
      process.stderr.write(
        tty ? progressLine(progress, size, started) : `${progressLine(progress, size, started).slice(1)}\n`,
      );
    });
    process.stderr.write(`${progressLine({ ...summary, bytesRead: size }, size, started)}\n`);
    const rate = summary.seconds > 0 ? (summary.done + summary.duplicates) / summary.seconds : 0;
    console.log(
      `Import ${summary.id} ${summary.status}: ${summary.total} rows, ${summary.done} stored, ${summary.duplicates} duplicates, ${summary.failed} failed in ${summary.seconds.toFixed(1)} s (${rate.toFixed(0)} articles/s)`,
    );
    for (const failure of summary.failures.slice(0, 20)) console.log(`  line ${failure.line}: ${failure.reason}`);
    if (summary.failures.length > 20) console.log(`  … ${summary.failed - 20} more (GET /api/imports/${summary.id})`);
    process.exitCode = summary.status === 'done' ? 0 : 1;
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
