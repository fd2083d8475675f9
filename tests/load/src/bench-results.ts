import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { BenchArgs } from './bench-args.js';
import { REPO } from './server.js';

/** Every part's figures of this run, appended to the results file at the end. */
export const results: Record<string, unknown>[] = [];
export const log = (line: string) => console.log(line);

export function machine(): Record<string, string> {
  const mariadb = spawnSync('mysql', ['-uroot', '-h127.0.0.1', '-N', '-e', 'SELECT VERSION()'], {
    encoding: 'utf8',
  }).stdout.trim();
  const sqlite = (() => {
    try {
      const raw = spawnSync(
        process.execPath,
        [
          '-e',
          "const D=require('better-sqlite3');console.log(new D(':memory:').prepare('select sqlite_version() v').get().v)",
        ],
        { encoding: 'utf8', cwd: REPO },
      );
      return raw.stdout.trim();
    } catch {
      return '?';
    }
  })();
  const bp = spawnSync('mysql', ['-uroot', '-h127.0.0.1', '-N', '-e', 'SELECT @@innodb_buffer_pool_size/1024/1024'], {
    encoding: 'utf8',
  }).stdout.trim();
  return {
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    mariadb: `${mariadb} (innodb_buffer_pool_size ${Number(bp).toFixed(0)} MB)`,
    sqlite,
  };
}

/** Appends this run (machine, arguments, results) to `args.out`; the captured plans go to data/bench-explain.md. */
export function saveResults(args: BenchArgs, info: Record<string, string>, explains: string[]): void {
  mkdirSync('data', { recursive: true });
  const previous = existsSync(args.out) ? (JSON.parse(readFileSync(args.out, 'utf8')) as unknown[]) : [];
  writeFileSync(
    args.out,
    JSON.stringify(
      [...previous, { at: new Date().toISOString(), machine: info, args, server: serverSettings(), results }],
      null,
      2,
    ),
  );
  if (explains.length) writeFileSync('data/bench-explain.md', explains.join('\n'));
  log(`\nResults appended to ${args.out}${explains.length ? '; plans in data/bench-explain.md' : ''}`);
}

/** The API's settings a run's figures depend on, as the bench passed them on (unset: the API's defaults). */
function serverSettings(): Record<string, string> {
  const names = [
    'CLAIMLINE_MAX_ACTIVE_REQUESTS',
    'CLAIMLINE_REQUEST_QUEUE',
    'CLAIMLINE_DB_POOL',
    'BENCH_API_NODE_FLAGS',
  ];
  return Object.fromEntries(names.map((name) => [name, process.env[name] ?? 'default']));
}
