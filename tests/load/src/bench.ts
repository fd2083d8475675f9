import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createExtractor } from '@claimline/extraction';
import { TimeseriesQueryDto } from '../../../apps/api/dist/analytics/dto/timeseries.dto.js';
import { ContestedQueryDto } from '../../../apps/api/dist/analytics/dto/contested.dto.js';
import { FramingQueryDto } from '../../../apps/api/dist/analytics/dto/framing.dto.js';
import { ClaimFiltersDto } from '../../../apps/api/dist/claims/dto/claim-filters.dto.js';
import { articleVariants } from './articles.js';
import { runMixed, SEARCHES } from './mixed.js';
import { REPO, rssMb, sampleRss, startServer, type Server } from './server.js';
import { RawDb, SqlCapture } from './sql-capture.js';
import { fmt, repeat, summarize, table, timeIt } from './stats.js';

const PARTS = ['dashboard', 'claims', 'search', 'ingest', 'extraction', 'load', 'mixed', 'export'] as const;
type Part = (typeof PARTS)[number];
type Dialect = 'sqlite' | 'mariadb';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000' },
    dbs: { type: 'string', default: 'sqlite,mariadb' },
    parts: { type: 'string', default: PARTS.join(',') },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '20' },
    'load-seconds': { type: 'string', default: '20' },
    'load-connections': { type: 'string', default: '50' },
    'mixed-connections': { type: 'string', default: '100' },
    'mixed-seconds': { type: 'string', default: '60' },
    'mixed-writes': { type: 'string', default: '0.05' },
    'ingest-articles': { type: 'string', default: '100' },
    'import-articles': { type: 'string', default: '1000' },
    fresh: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
    port: { type: 'string', default: '3917' },
    out: { type: 'string', default: 'data/bench-results.json' },
    // Another database than the shared bench one (a copy of your own): sqlite:/path or mariadb://…/name.
    'sqlite-url': { type: 'string' },
    'mariadb-url': { type: 'string' },
  },
});

const sizes = args.sizes.split(',').map(Number);
const dbs = args.dbs.split(',') as Dialect[];
const parts = new Set(args.parts.split(',') as Part[]);
const RUNS = Number(args.runs);
const results: Record<string, unknown>[] = [];
const log = (line: string) => console.log(line);

function dbUrl(dialect: Dialect, size: number): string {
  const given = dialect === 'sqlite' ? args['sqlite-url'] : args['mariadb-url'];
  if (given) return given;
  return dialect === 'sqlite'
    ? `sqlite:/tmp/claimline-bench/claims-${size}.sqlite`
    : `mariadb://root@127.0.0.1:3306/claimline_bench_${size >= 1_000_000 ? `${size / 1_000_000}m` : `${size / 1000}k`}`;
}

/** Reuses a bench database that already holds exactly `size` synthetic claims; otherwise regenerates it. */
async function prepareDatabase(dialect: Dialect, size: number): Promise<string> {
  const url = dbUrl(dialect, size);
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

type DashboardRequest = {
  name: string;
  path: string;
  method: 'timeseries' | 'share' | 'contested' | 'framing';
  dto: new () => object;
  query: Record<string, string>;
};

function dashboardRequests(): DashboardRequest[] {
  const ts = (name: string, query: Record<string, string>): DashboardRequest => ({
    name,
    path: `/api/analytics/timeseries?${new URLSearchParams(query)}`,
    method: 'timeseries',
    dto: TimeseriesQueryDto,
    query,
  });
  return [
    ts('timeseries camp/day (all)', { bucket: 'day', groupBy: 'camp' }),
    ts('timeseries source/week camp=LNA', { bucket: 'week', groupBy: 'source', camp: 'LNA' }),
    { name: 'share', path: '/api/analytics/share', method: 'share', dto: ClaimFiltersDto, query: {} },
    {
      name: 'contested (all)',
      path: '/api/analytics/contested',
      method: 'contested',
      dto: ContestedQueryDto,
      query: {},
    },
    {
      name: 'contested (one month)',
      path: '/api/analytics/contested?from=2020-01-01&to=2020-01-31',
      method: 'contested',
      dto: ContestedQueryDto,
      query: { from: '2020-01-01', to: '2020-01-31' },
    },
    { name: 'framing', path: '/api/analytics/framing', method: 'framing', dto: FramingQueryDto, query: {} },
  ];
}

async function httpGet(server: Server, path: string, timeoutMs = 180_000): Promise<number> {
  const res = await fetch(`${server.base}${path}`, {
    headers: { authorization: `Bearer ${server.token}` },
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = await res.arrayBuffer();
  if (!res.ok) throw new Error(`GET ${path} → ${res.status} ${Buffer.from(body).toString().slice(0, 300)}`);
  return body.byteLength;
}

async function benchDashboard(
  server: Server,
  url: string,
  tag: Record<string, unknown>,
  explains: string[],
): Promise<void> {
  const capture = await SqlCapture.open(url);
  try {
    const rows: (string | number)[][] = [];
    for (const request of dashboardRequests()) {
      if (request.method === 'contested' && tag.dialect === 'sqlite') {
        // better-sqlite3 is synchronous: a runaway query would block the server's event loop for good.
        rows.push([request.name, 'skipped on SQLite (see MariaDB)', '', '', '', '', 0, 0]);
        continue;
      }
      try {
        const timeoutMs = request.method === 'contested' ? 60_000 : 180_000;
        const http = await repeat(() => httpGet(server, request.path, timeoutMs), RUNS, 30_000);
        const queries = await capture.capture(request.method, request.dto, request.query);
        const raw = await repeat(() => capture.raw.run(queries), RUNS, 30_000);
        const ratio = http.median / raw.median;
        rows.push([
          request.name,
          fmt(http.median),
          fmt(http.p95),
          fmt(raw.median),
          fmt(raw.p95),
          ratio.toFixed(2),
          http.n,
          queries.length,
        ]);
        results.push({
          ...tag,
          part: 'dashboard',
          request: request.name,
          http,
          raw,
          ratio,
          statements: queries.length,
        });
        if (args.explain) {
          for (const q of queries)
            explains.push(
              `#### ${tag.dialect} ${tag.size}: ${request.name}\n\n\`\`\`sql\n${q.sql.trim()}\n\`\`\`\n\n\`\`\`\n${await capture.raw.explain(q)}\n\`\`\`\n`,
            );
        }
      } catch (error) {
        if (tag.dialect === 'mariadb') await killRunaway(url);
        // A dead server explains every later "fetch failed": show its last words.
        log(`  ${request.name} failed: ${String(error).slice(0, 200)}\n${server.log().slice(-1500)}`);
        rows.push([request.name, 'error', String(error).slice(0, 80), '', '', '', 0, 0]);
        results.push({ ...tag, part: 'dashboard', request: request.name, error: String(error) });
      }
      log(`  ${request.name}: done`);
    }
    log(
      table(
        [
          'dashboard request',
          'HTTP median ms',
          'HTTP p95 ms',
          'SQL median ms',
          'SQL p95 ms',
          'HTTP/SQL',
          'runs',
          'stmts',
        ],
        rows,
      ),
    );
  } finally {
    await capture.close();
  }
}

/** An aborted HTTP request leaves its statement running in MariaDB: stop it (bench databases only). */
async function killRunaway(url: string): Promise<void> {
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

type ClaimPage = { items: unknown[]; nextCursor: string | null; total?: number };

async function benchClaims(server: Server, tag: Record<string, unknown>): Promise<void> {
  const rows: (string | number)[][] = [];
  const lists: [string, string][] = [
    ['first page, no filter', '/api/claims?limit=50'],
    ['first page, camp=LNA,GNA status=unreviewed', '/api/claims?limit=50&camp=LNA,GNA&status=unreviewed'],
    ['first page, source+location', '/api/claims?limit=50&source=8&location=1'],
    ['first page, from/to one month', '/api/claims?limit=50&from=2020-01-01&to=2020-01-31'],
  ];
  for (const [name, path] of lists) {
    const s = await repeat(() => httpGet(server, path), RUNS, 20_000);
    rows.push([name, fmt(s.median), fmt(s.p95), s.n]);
    results.push({ ...tag, part: 'claims', request: name, http: s });
  }
  // Keyset: follow nextCursor for 50 pages (bounded by count and time).
  for (const [name, path] of [
    ['deep pages 2–50, camp=LNA,GNA', '/api/claims?limit=50&camp=LNA,GNA&status=unreviewed'],
    ['deep pages 2–50, no filter', '/api/claims?limit=50'],
  ] as const) {
    let cursor: string | null = null;
    const samples: number[] = [];
    const deadline = Date.now() + 120_000;
    for (let page = 1; page <= 50 && Date.now() < deadline; page++) {
      const [ms, body]: [number, ClaimPage] = await timeIt(() =>
        server.json<ClaimPage>(cursor ? `${path}&cursor=${encodeURIComponent(cursor)}` : path),
      );
      if (page > 1) samples.push(ms);
      cursor = body.nextCursor;
      if (!cursor) break;
    }
    const s = summarize(samples);
    rows.push([name, fmt(s.median), fmt(s.p95), s.n]);
    results.push({ ...tag, part: 'claims', request: name, http: s });
  }
  log(table(['claims list', 'median ms', 'p95 ms', 'runs'], rows));
}

/**
 * Every search of the mixed bench, alone and with a camp or a status filter: the first page (with its
 * total, counted every time here: the bench runs with the caches off) and the keyset page after it.
 */
async function benchSearch(server: Server, tag: Record<string, unknown>): Promise<void> {
  const rows: (string | number)[][] = [];
  const searches: [string, string][] = SEARCHES.flatMap((q): [string, string][] => {
    const query = `q=${encodeURIComponent(q)}`;
    return [
      [`q=${q}`, query],
      [`q=${q} + camp=GNA`, `${query}&camp=GNA`],
      [`q=${q} + status=contested`, `${query}&status=contested`],
    ];
  });
  const runs = Math.min(RUNS, 10);
  for (const [name, query] of searches) {
    const path = `/api/claims?limit=50&${query}`;
    const first = await repeat(() => httpGet(server, path), runs, 30_000);
    const cursor = (await server.json<ClaimPage>(path)).nextCursor;
    const next = cursor
      ? await repeat(() => httpGet(server, `${path}&cursor=${encodeURIComponent(cursor)}`), runs, 30_000)
      : null;
    rows.push([name, fmt(first.median), fmt(first.p95), next ? fmt(next.median) : '—', next ? fmt(next.p95) : '—']);
    results.push({ ...tag, part: 'search', request: name, http: first, nextPage: next });
  }
  log(table(['search', 'median ms', 'p95 ms', 'page 2 median', 'page 2 p95'], rows));
}

async function benchIngest(server: Server, url: string, tag: Record<string, unknown>): Promise<void> {
  const raw = await RawDb.open(url);
  const [{ m }] = await raw.query('SELECT COALESCE(MAX(id), 0) AS m FROM articles');
  const rows: (string | number)[][] = [];
  try {
    const count = Number(args['ingest-articles']);
    const articles = articleVariants(REPO, count, Date.now() % 100_000);
    let claims = 0;
    const started = Date.now();
    let done = 0;
    for (const article of articles) {
      if (Date.now() - started > 120_000) break;
      const res = await server.json<{ claims?: unknown[] }>('/api/articles', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...article, language: 'ar' }),
      });
      claims += Array.isArray(res.claims) ? res.claims.length : 0;
      done++;
    }
    const seconds = (Date.now() - started) / 1000;
    rows.push([
      'POST /api/articles (sequential)',
      done,
      (done / seconds).toFixed(1),
      claims ? (claims / done).toFixed(1) : '?',
    ]);
    results.push({ ...tag, part: 'ingest', mode: 'post', articles: done, seconds, perSecond: done / seconds });

    const importCount = Number(args['import-articles']);
    const jsonl =
      articleVariants(REPO, importCount, (Date.now() % 100_000) + 7)
        .map((a) => JSON.stringify({ ...a, language: 'ar' }))
        .join('\n') + '\n';
    const form = new FormData();
    form.append('file', new Blob([jsonl], { type: 'application/x-ndjson' }), 'bench.jsonl');
    const t0 = Date.now();
    const job = await server.json<{ id: string }>('/api/imports', { method: 'POST', body: form });
    let status: { status: string; done: number; total: number; failed: number } = {
      status: 'queued',
      done: 0,
      total: importCount,
      failed: 0,
    };
    const deadline = Date.now() + 15 * 60_000;
    while (Date.now() < deadline) {
      status = await server.json(`/api/imports/${job.id}`);
      if (!['queued', 'running', 'pending', 'processing'].includes(status.status)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const importSeconds = (Date.now() - t0) / 1000;
    rows.push([
      `POST /api/imports (JSONL, ${status.status}, failed ${status.failed})`,
      status.done,
      (status.done / importSeconds).toFixed(1),
      '',
    ]);
    results.push({
      ...tag,
      part: 'ingest',
      mode: 'import',
      status,
      seconds: importSeconds,
      perSecond: status.done / importSeconds,
    });
  } catch (error) {
    rows.push(['ingest', 'error', String(error).slice(0, 100), '']);
    results.push({ ...tag, part: 'ingest', error: String(error) });
  } finally {
    // Leave the bench corpus as it was: ingested articles (and, by cascade, their claims) go again.
    if (raw.dialect === 'sqlite') await raw.query('PRAGMA foreign_keys = ON');
    await raw.query('DELETE FROM articles WHERE id > ?', [Number(m)]);
    await raw.close();
  }
  log(table(['ingestion', 'articles', 'articles/s', 'claims/article'], rows));
}

function benchExtraction(): void {
  const articles = articleVariants(REPO, 200, 3);
  const extractor = createExtractor();
  for (const a of articles.slice(0, 10)) extractor.extract(a.body, { publishedAt: a.publishedAt });
  let n = 0;
  let chars = 0;
  let claims = 0;
  const started = process.hrtime.bigint();
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && n < 100_000) {
    const a = articles[n % articles.length];
    claims += extractor.extract(a.body, { publishedAt: a.publishedAt }).claims.length;
    chars += a.body.length;
    n++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  log(
    table(
      ['extraction (in process)', 'articles/s', 'chars/s', 'claims/article'],
      [['createExtractor().extract', (n / seconds).toFixed(0), (chars / seconds).toFixed(0), (claims / n).toFixed(1)]],
    ),
  );
  results.push({
    part: 'extraction',
    articlesPerSecond: n / seconds,
    charsPerSecond: chars / seconds,
    claimsPerArticle: claims / n,
  });
}

async function benchLoad(server: Server, tag: Record<string, unknown>): Promise<void> {
  const rows: (string | number)[][] = [];
  for (const [name, path] of [
    ['timeseries camp/week (dashboard default)', '/api/analytics/timeseries?bucket=week&groupBy=camp'],
    ['timeseries camp/day', '/api/analytics/timeseries?bucket=day&groupBy=camp'],
  ]) {
    const result = await autocannon({
      url: `${server.base}${path}`,
      connections: Number(args['load-connections']),
      duration: Number(args['load-seconds']),
      headers: { authorization: `Bearer ${server.token}` },
      timeout: 30,
    });
    const errors = result.errors + result.timeouts + result.non2xx;
    rows.push([
      name,
      result.requests.average.toFixed(0),
      result.latency.p50,
      result.latency.p99,
      errors,
      rssMb(server.pid).toFixed(0),
    ]);
    results.push({
      ...tag,
      part: 'load',
      request: name,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors,
      non2xx: result.non2xx,
    });
  }
  log(
    table(
      [
        `under load (${args['load-connections']} conn, ${args['load-seconds']} s, analytics cache ${String(tag.cache ?? 'on')})`,
        'req/s',
        'p50 ms',
        'p99 ms',
        'errors',
        'server RSS MB',
      ],
      rows,
    ),
  );
}

async function benchMixed(server: Server, tag: Record<string, unknown>): Promise<void> {
  const options = {
    connections: Number(args['mixed-connections']),
    seconds: Number(args['mixed-seconds']),
    writeShare: Number(args['mixed-writes']),
  };
  const figures = await runMixed(server, options);
  log(
    table(
      [
        `mixed (${options.connections} conn, ${options.seconds} s, ${(options.writeShare * 100).toFixed(0)} % writes, cache ${String(tag.cache)}): ${figures.rps.toFixed(0)} req/s, server RSS peak ${figures.peakRssMb.toFixed(0)} MB`,
        'requests',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'errors',
      ],
      figures.kinds.map((k) => [k.kind, k.count, fmt(k.p50), fmt(k.p95), fmt(k.p99), k.errors]),
    ),
  );
  for (const error of figures.firstErrors) log(`  e.g. ${error}`);
  // A server that died under the load is the finding, not its clients' ECONNREFUSED: show why.
  if (server.exited()) log(`  the server exited during the run; its last output:\n${server.log().slice(-4000)}`);
  results.push({ ...tag, part: 'mixed', ...options, ...figures });
}

async function benchExport(server: Server, tag: Record<string, unknown>): Promise<void> {
  // Resets the kernel's VmHWM (Linux clear_refs "5"): after the ingest part the server's high-water
  // mark would otherwise be the import's, not the export's.
  try {
    writeFileSync(`/proc/${server.pid}/clear_refs`, '5');
  } catch {
    /* not Linux, or not allowed: VmHWM then covers the server's whole life */
  }
  const sampler = sampleRss(server.pid, 100);
  const before = rssMb(server.pid);
  const started = Date.now();
  let bytes = 0;
  let lines = 0;
  let status = 0;
  try {
    const res = await fetch(`${server.base}/api/exports/claims.csv`, {
      headers: { authorization: `Bearer ${server.token}` },
      signal: AbortSignal.timeout(20 * 60_000),
    });
    status = res.status;
    if (!res.ok || !res.body) throw new Error(`${res.status} ${await res.text()}`);
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (let i = 0; i < value.length; i++) if (value[i] === 10) lines++;
    }
  } catch (error) {
    results.push({ ...tag, part: 'export', error: String(error), status });
    log(`export: ${String(error).slice(0, 200)}`);
    sampler.stop();
    return;
  }
  const seconds = (Date.now() - started) / 1000;
  const { peakRssMb, hwmMb } = sampler.stop();
  const rows = Math.max(0, lines - 1);
  log(
    table(
      [
        'export claims.csv',
        'rows',
        'seconds',
        'rows/s',
        'MB',
        'RSS before MB',
        'peak RSS MB (100 ms samples)',
        'VmHWM MB',
      ],
      [
        [
          'GET /api/exports/claims.csv',
          rows,
          seconds.toFixed(1),
          (rows / seconds).toFixed(0),
          (bytes / 1e6).toFixed(0),
          before.toFixed(0),
          peakRssMb.toFixed(0),
          hwmMb.toFixed(0),
        ],
      ],
    ),
  );
  results.push({
    ...tag,
    part: 'export',
    rows,
    seconds,
    rowsPerSecond: rows / seconds,
    bytes,
    rssBeforeMb: before,
    peakRssMb,
    hwmMb,
  });
}

function machine(): Record<string, string> {
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

async function main(): Promise<void> {
  const info = machine();
  log(
    `Machine: ${Object.entries(info)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; ')}`,
  );
  const explains: string[] = [];
  if (parts.has('extraction')) benchExtraction();
  const serverParts = [...parts].filter((p) => p !== 'extraction');
  let port = Number(args.port);
  for (const size of sizes) {
    for (const dialect of dbs) {
      if (!serverParts.length) continue;
      const url = await prepareDatabase(dialect, size);
      const tag = { dialect, size };
      log(`\n## ${dialect}, ${size.toLocaleString('en')} claims`);
      // Latency figures are taken with the analytics response cache off (every request runs its SQL,
      // so HTTP/SQL compares like with like); the load part runs on a second server with it on.
      let server = await startServer(url, port++, { CLAIMLINE_ANALYTICS_CACHE: 'off' });
      try {
        for (const part of serverParts) {
          try {
            if (part === 'load') {
              await benchLoad(server, { ...tag, cache: 'off' });
              await server.stop();
              server = await startServer(url, port++, { CLAIMLINE_ANALYTICS_CACHE: 'on' });
              await benchLoad(server, { ...tag, cache: 'on' });
              continue;
            }
            if (part === 'mixed') {
              // A team at work: the cache as deployed (on), and off to see the raw cost.
              for (const cache of ['on', 'off'] as const) {
                await server.stop();
                server = await startServer(url, port++, { CLAIMLINE_ANALYTICS_CACHE: cache });
                await benchMixed(server, { ...tag, cache });
              }
              continue;
            }
            if (part === 'dashboard') await benchDashboard(server, url, tag, explains);
            if (part === 'claims') await benchClaims(server, tag);
            if (part === 'search') await benchSearch(server, tag);
            if (part === 'ingest') await benchIngest(server, url, tag);
            if (part === 'export') await benchExport(server, tag);
          } catch (error) {
            log(`${part} failed: ${String(error).slice(0, 400)}`);
            results.push({ ...tag, part, error: String(error) });
          }
        }
      } finally {
        await server.stop();
      }
    }
  }
  mkdirSync('data', { recursive: true });
  const previous = existsSync(args.out) ? (JSON.parse(readFileSync(args.out, 'utf8')) as unknown[]) : [];
  writeFileSync(
    args.out,
    JSON.stringify([...previous, { at: new Date().toISOString(), machine: info, args, results }], null, 2),
  );
  if (explains.length) writeFileSync('data/bench-explain.md', explains.join('\n'));
  log(`\nResults appended to ${args.out}${explains.length ? '; plans in data/bench-explain.md' : ''}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
