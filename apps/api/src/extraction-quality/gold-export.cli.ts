import 'reflect-metadata';
import { resolve } from 'node:path';
import { isValidDay } from '@claimline/contracts';
import { createDataSource } from '../database/data-source.js';
import { ExtractionQualityRepository, type GoldFilters } from './extraction-quality.repository.js';
import { exportGold } from './gold-export.js';

const USAGE =
  'Usage: npm run gold:export -- --out DIR [--article ID] [--from YYYY-MM-DD --to YYYY-MM-DD] [--db DB_URL]';

function parseArgs(argv: string[]): { out: string; db?: string; filters: GoldFilters } {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const [name, inline] = arg.split(/=(.*)/s, 2);
    if (!['--out', '--article', '--from', '--to', '--db'].includes(name))
      throw new Error(`Unexpected argument "${arg}"\n${USAGE}`);
    const value = inline ?? argv[++i];
    if (!value) throw new Error(`${name} needs a value\n${USAGE}`);
    values.set(name, value);
  }
  const out = values.get('--out');
  if (!out) throw new Error(USAGE);
  const filters: GoldFilters = {};
  const article = values.get('--article');
  if (article !== undefined) {
    if (!/^\d+$/.test(article)) throw new Error('--article needs an article id');
    filters.articleId = Number(article);
  }
  for (const bound of ['from', 'to'] as const) {
    const day = values.get(`--${bound}`);
    if (day === undefined) continue;
    if (!isValidDay(day)) throw new Error(`--${bound} needs a day as YYYY-MM-DD`);
    filters[bound] = day;
  }
  return { out: resolve(out), db: values.get('--db'), filters };
}

/**
 * `npm run gold:export -- --out DIR`: reviewed articles (no extracted claim left unreviewed) as a gold set in the
 * development set's format, so `python3 ../shared/eval-real-dev/run_set.py DIR/gold.json` scores the extractor on
 * a team's own reviewed work. --from/--to bound the publication day.
 */
async function main(): Promise<void> {
  const { out, db, filters } = parseArgs(process.argv.slice(2));
  const dataSource = createDataSource(db ?? process.env.DB_URL);
  await dataSource.initialize();
  try {
    const gold = await exportGold(new ExtractionQualityRepository(dataSource), filters, out);
    const claims = gold.articles.reduce((sum, article) => sum + article.claims.length, 0);
    console.log(`Wrote ${gold.articles.length} articles and ${claims} gold claims to ${out}/gold.json`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
