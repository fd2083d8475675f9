#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { extract } from './index.js';

const USAGE =
  'usage: node libs/extraction/dist/cli.js [--file PATH] [--published YYYY-MM-DD] [--lang ar|en]   (reads stdin without --file)';

type CliArgs = { file: string | null; published: string; language: 'ar' | 'en' | undefined };

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
  const args: CliArgs = { file: null, published: new Date().toISOString().slice(0, 10), language: undefined };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (flag !== '--file' && flag !== '--published' && flag !== '--lang') fail(`unknown argument: ${flag}`);
    if (value === undefined || value.startsWith('--')) fail(`${flag} needs a value`);
    i++;
    if (flag === '--file') args.file = value;
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
  const result = extract(text, { publishedAt: args.published, ...(args.language ? { language: args.language } : {}) });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();
