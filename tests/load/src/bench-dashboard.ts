import { TimeseriesQueryDto } from '../../../apps/api/dist/analytics/dto/timeseries.dto.js';
import { ContestedQueryDto } from '../../../apps/api/dist/analytics/dto/contested.dto.js';
import { FramingQueryDto } from '../../../apps/api/dist/analytics/dto/framing.dto.js';
import { ClaimFiltersDto } from '../../../apps/api/dist/claims/dto/claim-filters.dto.js';
import type { BenchArgs } from './bench-args.js';
import { killRunaway } from './bench-database.js';
import { httpGet } from './bench-http.js';
import { log, results } from './bench-results.js';
import type { Server } from './server.js';
import { SqlCapture } from './sql-capture.js';
import { fmt, repeat, table } from './stats.js';

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

export async function benchDashboard(
  server: Server,
  url: string,
  tag: Record<string, unknown>,
  explains: string[],
  args: BenchArgs,
): Promise<void> {
  const runs = Number(args.runs);
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
        const http = await repeat(() => httpGet(server, request.path, timeoutMs), runs, 30_000);
        const queries = await capture.capture(request.method, request.dto, request.query);
        const raw = await repeat(() => capture.raw.run(queries), runs, 30_000);
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
