import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { LshIndex, compareFingerprints, fingerprint } from '@claimline/extraction';
import { REPO } from './server.js';

/**
 * `npm run bench:near-duplicates [-- --sizes 10000,100000]`: the cost of checking one article for a
 * near-duplicate against an index of N stored signatures — in memory (LshIndex) and through the SQLite
 * article_bands table with its primary key (what ingestion runs) — to show it does not grow with N.
 * Stored articles get random signatures' band keys (unrelated texts); the seed article is stored once, and the
 * probe is the seed with two words changed.
 */
const { values: args } = parseArgs({ options: { sizes: { type: 'string', default: '10000,100000' } } });
const sizes = args.sizes.split(',').map(Number);
const seed = readFileSync(resolve(REPO, 'fixtures/seed-article-ar.txt'), 'utf8');
const probe = seed.replace('طرابلس', 'بنغازي').replace('الجيش', 'القوات');
const seedPrint = fingerprint(seed);

let state = 42;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
  return ((t ^ (t >>> 14)) >>> 0).toString(16).padStart(8, '0');
};
const randomBands = () => Array.from({ length: 32 }, (_, band) => band.toString(16).padStart(2, '0') + random());

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
function time(runs: number, work: () => void): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    ms.push(performance.now() - started);
  }
  return median(ms);
}

console.log(`fingerprint of the seed article (1,221 words): ${time(20, () => fingerprint(probe)).toFixed(2)} ms`);
for (const size of sizes) {
  const index = new LshIndex<number>();
  const db = new Database(':memory:');
  db.prepare(
    'CREATE TABLE article_bands (band_key varchar(10), article_id int, PRIMARY KEY (band_key, article_id))',
  ).run();
  db.prepare('BEGIN').run();
  const insert = db.prepare('INSERT INTO article_bands (band_key, article_id) VALUES (?, ?)');
  for (let id = 1; id < size; id++) {
    const bands = randomBands();
    index.add(id, bands);
    for (const band of bands) insert.run(band, id);
  }
  index.add(size, seedPrint.bands);
  for (const band of seedPrint.bands) insert.run(band, size);
  db.prepare('COMMIT').run();
  const lookup = db.prepare(
    `SELECT article_id, COUNT(*) AS shared FROM article_bands WHERE band_key IN (${Array(32).fill('?').join(', ')})
      GROUP BY article_id ORDER BY shared DESC LIMIT 5`,
  );
  let found = false;
  const memory = time(50, () => {
    const print = fingerprint(probe);
    const [best] = index.candidates(print.bands);
    found = best === size && compareFingerprints(print, seedPrint) !== null;
  });
  const sqlite = time(50, () => {
    const print = fingerprint(probe);
    const rows = lookup.all(...print.bands) as { article_id: number }[];
    found = found && rows[0]?.article_id === size && compareFingerprints(print, fingerprint(seed)) !== null;
  });
  console.log(
    `N = ${size.toLocaleString('en')}: one check (fingerprint + candidates + verification) ${memory.toFixed(2)} ms in memory, ${sqlite.toFixed(2)} ms through SQLite article_bands; match found: ${found}`,
  );
  db.close();
}
