import type { BenchArgs } from './bench-args.js';
import { httpGet, type ClaimPage } from './bench-http.js';
import { log, results } from './bench-results.js';
import { SEARCHES } from './mixed.js';
import type { Server } from './server.js';
import { fmt, repeat, summarize, table, timeIt } from './stats.js';

export async function benchClaims(server: Server, tag: Record<string, unknown>, args: BenchArgs): Promise<void> {
  const runs = Number(args.runs);
  const rows: (string | number)[][] = [];
  const lists: [string, string][] = [
    ['first page, no filter', '/api/claims?limit=50'],
    ['first page, camp=LNA,GNA status=unreviewed', '/api/claims?limit=50&camp=LNA,GNA&status=unreviewed'],
    ['first page, source+location', '/api/claims?limit=50&source=8&location=1'],
    ['first page, from/to one month', '/api/claims?limit=50&from=2020-01-01&to=2020-01-31'],
  ];
  for (const [name, path] of lists) {
    const s = await repeat(() => httpGet(server, path), runs, 20_000);
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
export async function benchSearch(server: Server, tag: Record<string, unknown>, args: BenchArgs): Promise<void> {
  const rows: (string | number)[][] = [];
  const searches: [string, string][] = SEARCHES.flatMap((q): [string, string][] => {
    const query = `q=${encodeURIComponent(q)}`;
    return [
      [`q=${q}`, query],
      [`q=${q} + camp=GNA`, `${query}&camp=GNA`],
      [`q=${q} + status=contested`, `${query}&status=contested`],
    ];
  });
  const runs = Math.min(Number(args.runs), 10);
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
