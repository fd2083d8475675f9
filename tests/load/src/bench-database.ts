import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BenchArgs, Dialect } from './bench-args.js';
import { log, results } from './bench-results.js';
import { REPO } from './server.js';
import { RawDb } from './sql-capture.js';

function dbUrl(args: BenchArgs, dialect: Dialect, size: number): string {
  const given = dialect === 'sqlite' ? args['sqlite-url'] : args['mariadb-url'];
  if (given) return given;
  return dialect === 'sqlite'
    ? `sqlite:/tmp/claimline-bench/claims-${size}.sqlite`
    : `mariadb://root@127.0.0.1:3306/claimline_bench_${size >= 1_000_000 ? `${size / 1_000_000}m` : `${size / 1000}k`}`;
}

/** Reuses a bench database that already holds exactly `size` synthetic claims; otherwise regenerates it. */
export async function prepareDatabase(args: BenchArgs, dialect: Dialect, size: number): Promise<string> {
  const url = dbUrl(args, dialect, size);
  if (!args.fresh) {
    try {
      const raw = await RawDb.open(url);
      const [{ n }] = await raw.query('SELECT COUNT(*) AS n FROM claims');
      const [{ m }] = await raw.query(
        "SELECT COUNT(*) AS m FROM articles WHERE title IS NULL OR title NOT LIKE '[SYNTHETIC]%'",
      );
      await raw.close();
      if (Number(n) === size && Number(m) === 0) {
        log(`[${dialect} ${size}] reusing ${url}`);
        return url;
      }
    } catch {
      /* missing: generate */
    }
  }
  if (dialect === 'sqlite') {
    const path = url.slice('sqlite:'.length);
    mkdirSync(dirname(path), { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  } else {
    const name = new URL(url).pathname.slice(1);
    spawnSync('mysql', ['-uroot', '-h127.0.0.1', '-e', `DROP DATABASE IF EXISTS \`${name}\``], { stdio: 'inherit' });
  }
  log(`[${dialect} ${size}] generating ${size} claims …`);
  const started = Date.now();
  const gen = spawnSync(
    process.execPath,
    ['apps/api/dist/generator/generate.cli.js', '--claims', String(size), '--seed', args.seed, '--db', url, '--quiet'],
    {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 30 * 60_000,
    },
  );
  if (gen.status !== 0) throw new Error(`generator failed: ${gen.stderr}`);
  const seconds = (Date.now() - started) / 1000;
  log(`[${dialect} ${size}] ${gen.stdout.trim().split('\n').pop()}`);
  results.push({ part: 'generate', dialect, size, seconds, claimsPerSecond: size / seconds });
  return url;
}

/** An aborted HTTP request leaves its statement running in MariaDB: stop it (bench databases only). */
export async function killRunaway(url: string): Promise<void> {
  const raw = await RawDb.open(url);
  try {
    const name = new URL(url).pathname.slice(1);
    const rows = await raw.query(
      "SELECT id FROM information_schema.processlist WHERE db = ? AND command = 'Query' AND time > 5 AND id <> CONNECTION_ID()",
      [name],
    );
    for (const row of rows) await raw.query(`KILL QUERY ${Number(row.id)}`);
  } finally {
    await raw.close();
  }
}
