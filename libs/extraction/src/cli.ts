#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import type { ConflictPack } from '@claimline/contracts';
import { createExtractor } from './extractor.js';
import { DEFAULT_PACK_ID, loadPack } from './packs/pack-files.js';

const USAGE =
  'usage: node libs/extraction/dist/cli.js [--file PATH] [--published YYYY-MM-DD] [--lang ar|en] ' +
  `[--pack ID|PATH (default ${DEFAULT_PACK_ID})]   (reads stdin without --file)`;

type CliArgs = { file: string | null; published: string; language: 'ar' | 'en' | undefined; pack: string };
const FLAGS = new Set(['--file', '--published', '--lang', '--pack']);

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function isValidDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = {
    file: null,
    published: new Date().toISOString().slice(0, 10),
    language: undefined,
    pack: DEFAULT_PACK_ID,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (!FLAGS.has(flag)) fail(`unknown argument: ${flag}`);
    if (value === undefined || value.startsWith('--')) fail(`${flag} needs a value`);
    i++;
    if (flag === '--file') args.file = value;
    else if (flag === '--pack') args.pack = value;
    else if (flag === '--published') {
      if (!isValidDate(value)) fail(`--published must be a date YYYY-MM-DD, got: ${value}`);
      args.published = value;
    } else {
      if (value !== 'ar' && value !== 'en') fail(`--lang must be ar or en, got: ${value}`);
      args.language = value;
    }
  }
  return args;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  let text: string;
  try {
    text = readFileSync(args.file ?? 0, 'utf8');
  } catch (error) {
    fail(`cannot read ${args.file ?? 'stdin'}: ${(error as Error).message}`);
  }
  let pack: ConflictPack;
  try {
    pack = loadPack(args.pack);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  const options = { publishedAt: args.published, ...(args.language ? { language: args.language } : {}) };
  const result = createExtractor(pack).extract(text, options);
  // The pack's camps first, so a reader can label and colour the camp ids of the claims.
  const camps = [...pack.camps]
    .sort((a, b) => a.order - b.order)
    .map(({ id, names, colour, role }) => ({ id, nameEn: names.en, nameAr: names.ar, colour, role }));
  process.stdout.write(`${JSON.stringify({ pack: { id: pack.id, version: pack.packVersion, camps }, ...result })}\n`);
}

main();
