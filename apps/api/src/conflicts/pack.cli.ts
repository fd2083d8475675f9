import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BadRequestException, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { loadAppConfig } from '../config/app-config.js';
import { ConflictsService } from './conflicts.service.js';

const USAGE = `Usage:
  npm run pack:import -- FILE [--db DB_URL]     create or update a conflict from a pack file
  npm run pack:export -- ID [--out FILE] [--db DB_URL]
                                                the conflict's pack, with its camps, sources, places and
                                                narratives as edited in the database (stdout without --out)
The database is DB_URL (default ./data/claimline.sqlite). Validate a file alone with npm run pack:validate -- FILE.`;

/** `pack.cli.js import|export …`: conflict packs from the shell, straight against the database. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    options: { db: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help || (command !== 'import' && command !== 'export') || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const config = loadAppConfig({
    ...process.env,
    ...(values.db ? { DB_URL: values.db } : {}),
    CLAIMLINE_SEED: 'false',
    CLAIMLINE_FEEDS_SCHEDULER: 'off',
    CLAIMLINE_WORKERS: '0',
  });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['warn', 'error'] });
  try {
    return command === 'import'
      ? await importPack(app, positionals[0])
      : await exportPack(app, positionals[0], values.out);
  } finally {
    await app.close();
  }
}

async function importPack(app: INestApplicationContext, file: string): Promise<number> {
  try {
    const result = await app.get(ConflictsService).importPack(readFileSync(file, 'utf8'), null);
    console.log(
      `${result.created ? 'Created' : 'Updated'} ${result.id}: ${result.camps} camps; added ${result.sourcesAdded} sources, ${result.placesAdded} places, ${result.narrativesAdded} narratives`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof BadRequestException)) throw error;
    const body = error.getResponse() as { errors?: { field: string; messages: string[] }[] };
    for (const problem of body.errors ?? []) console.error(`${file}: ${problem.field} ${problem.messages.join('; ')}`);
    return 1;
  }
}

async function exportPack(app: INestApplicationContext, id: string, out: string | undefined): Promise<number> {
  const { yaml } = await app.get(ConflictsService).exportPack(id);
  if (out) {
    writeFileSync(out, yaml);
    console.error(`Wrote ${out}`);
  } else process.stdout.write(yaml);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
