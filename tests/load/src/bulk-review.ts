import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { REPO, startServer, type Server } from './server.js';
import { RawDb } from './sql-capture.js';
import { fmt, table, timeIt } from './stats.js';

/**
 * `npm run build:bench && node tests/load/dist/bulk-review.js [-- --dbs mariadb,sqlite --claims 5000]`:
 * the time of one bulk review action (POST /api/claims/bulk) on `--claims` claims through the HTTP API —
 * a status change, a narrative added and a source set — and of the undo of each (which also puts the
 * database back, so the benchmark can run again on the same database). The database holds `--size`
 * generated claims (regenerated when it holds another number, or with --fresh).
 */
const { values: args } = parseArgs({
  options: {
    dbs: { type: 'string', default: 'mariadb,sqlite' },
    size: { type: 'string', default: '20000' },
    claims: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '1' },
    port: { type: 'string', default: '3918' },
    fresh: { type: 'boolean', default: false },
  },
});
type Dialect = 'sqlite' | 'mariadb';
const SIZE = Number(args.size);
const CLAIMS = Number(args.claims);
const log = (line: string) => console.log(line);

const dbUrl = (dialect: Dialect) =>
  dialect === 'sqlite'
    ? 'sqlite:/tmp/claimline-bench/bulk-bench.sqlite'
    : 'mariadb://root@127.0.0.1:3306/claimline_bulk_bench';

async function claimCount(url: string): Promise<number> {
  try {
    const raw = await RawDb.open(url);
    const [{ n }] = await raw.query('SELECT COUNT(*) AS n FROM claims');
    await raw.close();
    return Number(n);
  } catch {
    return -1;
  }
}

async function prepareDatabase(dialect: Dialect): Promise<string> {
  const url = dbUrl(dialect);
  if (!args.fresh && (await claimCount(url)) === SIZE) return url;
  if (dialect === 'sqlite') {
    mkdirSync('/tmp/claimline-bench', { recursive: true });
    for (const suffix of ['', '-wal', '-shm'])
      rmSync(`/tmp/claimline-bench/bulk-bench.sqlite${suffix}`, { force: true });
  } else {
    spawnSync('mysql', ['-uroot', '-h127.0.0.1', '-e', 'DROP DATABASE IF EXISTS `claimline_bulk_bench`'], {
      stdio: 'inherit',
    });
  }
  log(`[${dialect}] generating ${SIZE} claims …`);
  const gen = spawnSync(
    process.execPath,
    ['apps/api/dist/generator/generate.cli.js', '--claims', String(SIZE), '--seed', args.seed, '--db', url, '--quiet'],
    { cwd: REPO, encoding: 'utf8', timeout: 30 * 60_000 },
  );
  if (gen.status !== 0) throw new Error(`generator failed: ${gen.stderr}`);
  return url;
}

/** The claims to change (the first CLAIMS of the first conflict), a narrative and a source of that conflict. */
async function pickTargets(url: string): Promise<{ ids: number[]; narrativeId: number; sourceId: number }> {
  const raw = await RawDb.open(url);
  const [{ conflict }] = await raw.query('SELECT MIN(conflict_id) AS conflict FROM claims');
  const ids = (
    await raw.query('SELECT id FROM claims WHERE conflict_id = ? ORDER BY id LIMIT ?', [conflict, CLAIMS])
  ).map((row) => Number(row.id));
  // The narrative fewest claims have, so adding it changes (nearly) all of them.
  const [{ id: narrativeId }] = await raw.query(
    `SELECT n.id FROM narratives n LEFT JOIN claim_narratives cn ON cn.narrative_id = n.id
     WHERE n.conflict_id = ? GROUP BY n.id ORDER BY COUNT(cn.claim_id), n.id LIMIT 1`,
    [conflict],
  );
  // A source of the least common camp: most claims then change camp too (and their links regrade).
  const [{ id: sourceId }] = await raw.query(
    `SELECT s.id FROM sources s WHERE s.conflict_id = ? AND s.status <> 'merged'
     ORDER BY (SELECT COUNT(*) FROM claims c WHERE c.camp_id = s.camp_id), s.id LIMIT 1`,
    [conflict],
  );
  await raw.close();
  if (ids.length < CLAIMS) throw new Error(`only ${ids.length} claims in conflict ${String(conflict)}`);
  return { ids, narrativeId: Number(narrativeId), sourceId: Number(sourceId) };
}

type BulkResult = { bulkId: string | null; changed: number; unchanged: number; skipped: unknown[] };

async function post<T>(server: Server, path: string, body: unknown): Promise<T> {
  return server.json<T>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const rows: (string | number)[][] = [];
for (const dialect of args.dbs.split(',') as Dialect[]) {
  const url = await prepareDatabase(dialect);
  const { ids, narrativeId, sourceId } = await pickTargets(url);
  const server = await startServer(url, Number(args.port));
  try {
    for (const [name, set] of [
      ['status → confirmed', { status: 'confirmed' }],
      [`add narrative ${narrativeId}`, { addNarratives: [narrativeId] }],
      [`source → ${sourceId}`, { sourceId }],
    ] as const) {
      const [applyMs, result] = await timeIt(() => post<BulkResult>(server, '/api/claims/bulk', { ids, set }));
      const [undoMs] = result.bulkId
        ? await timeIt(() => post(server, `/api/claims/bulk/${result.bulkId}/undo`, {}))
        : [NaN];
      log(`[${dialect}] ${name}: ${fmt(applyMs)} ms (${result.changed} changed), undo ${fmt(undoMs)} ms`);
      rows.push([dialect, name, ids.length, result.changed, fmt(applyMs), fmt(undoMs)]);
    }
  } finally {
    await server.stop();
  }
}
log('');
log(table(['db', 'action', 'claims', 'changed', 'apply ms', 'undo ms'], rows));
