#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { formatPackError, validatePackText } from './load-pack.js';

/** `npm run pack:validate -- FILE…`: OK with counts per valid pack, else `FILE:line:col field message` per problem (exit 1). */
function main(files: string[]): number {
  if (files.length === 0) {
    process.stderr.write('usage: npm run pack:validate -- PACK.yaml [PACK.yaml…]\n');
    return 2;
  }
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(`${file}: cannot read: ${(error as Error).message}\n`);
      failed = true;
      continue;
    }
    const result = validatePackText(text);
    if (!result.ok) {
      for (const error of result.errors) process.stdout.write(`${formatPackError(file, error)}\n`);
      failed = true;
      continue;
    }
    const { pack } = result;
    const aliases = pack.sources.reduce((n, s) => n + (s.aliases.en?.length ?? 0) + (s.aliases.ar?.length ?? 0), 0);
    process.stdout.write(
      `${file}: OK ${pack.id} ${pack.packVersion} — ${pack.camps.length} camps, ${pack.sources.length} sources ` +
        `(${aliases} aliases), ${pack.affiliations.length} affiliation phrases, ` +
        `${pack.governmentContext.governments.length} governments, ${pack.gazetteer.places.length} places, ` +
        `${pack.framing.length} framing labels, ${pack.narratives?.length ?? 0} narratives\n`,
    );
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
