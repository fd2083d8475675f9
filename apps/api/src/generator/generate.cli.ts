import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createConnection } from 'mysql2/promise';
import { createDataSource } from '../database/data-source.js';
import { parseDatabaseUrl } from '../database/database-url.js';
import { NonSyntheticDataError, generateCorpus, type GenerateProgress } from './generate.js';

const USAGE = `Usage: npm run generate -- --claims N [--seed S] [--db URL] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--force]

Fills a database with a SYNTHETIC corpus (articles, claims, places, narratives, links, framing) for
benchmarks and demos. The database is DB_URL unless --db names one; migrations run first. Refuses a
database that holds non-synthetic articles unless --force.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      claims: { type: 'string' },
      seed: { type: 'string', default: '1' },
      db: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      force: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const claims = Number(values.claims);
  const seed = Number(values.seed);
  if (!Number.isInteger(claims) || claims <= 0) throw new UsageError('--claims must be a positive integer');
  if (!Number.isInteger(seed)) throw new UsageError('--seed must be an integer');
  const url = values.db ?? process.env.DB_URL;
  await ensureMysqlDatabase(url);

  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) console.log(`Migrations applied: ${applied.map((m) => m.name).join(', ')}`);
    const print = (p: GenerateProgress) => {
      if (values.quiet && !p.done) return;
      const seconds = p.elapsedMs / 1000;
      console.log(
        `${p.done ? 'done' : 'progress'}: ${p.claims.toLocaleString('en')}/${p.target.toLocaleString('en')} claims ` +
          `(${((100 * p.claims) / p.target).toFixed(0)}%), ${rate(p.claims, seconds)} claims/s, ${rate(p.rows, seconds)} rows/s, ${seconds.toFixed(1)} s`,
      );
    };
    const result = await generateCorpus(dataSource, {
      claims,
      seed,
      from: values.from,
      to: values.to,
      force: values.force,
      onProgress: print,
    });
    console.log(
      `Generated ${result.articles} articles, ${result.claims} claims, ${result.claimLocations} claim places, ` +
        `${result.claimNarratives} claim narratives, ${result.claimLinks} links, ${result.framing} framing rows ` +
        `(${result.rows} rows) in ${(result.elapsedMs / 1000).toFixed(1)} s.`,
    );
  } finally {
    await dataSource.destroy();
  }
}

/** A bench database is created on first use (utf8mb4, like the integration tests' databases). */
async function ensureMysqlDatabase(url: string | undefined): Promise<void> {
  const target = parseDatabaseUrl(url);
  if (target.dialect === 'sqlite') return;
  const connection = await createConnection({
    host: target.host,
    port: target.port,
    socketPath: target.socketPath,
    user: target.username,
    password: target.password,
  });
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${target.database.replace(/`/g, '``')}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
}

function rate(count: number, seconds: number): string {
  return Math.round(count / Math.max(seconds, 0.001)).toLocaleString('en');
}

class UsageError extends Error {}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
  else if (error instanceof NonSyntheticDataError) console.error(error.message);
  else console.error(error instanceof Error ? (error.stack ?? error.message).slice(0, 2000) : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
