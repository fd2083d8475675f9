import autocannon from 'autocannon';
import type { BenchArgs, Dialect } from './bench-args.js';
import { log, results } from './bench-results.js';
import { runMixed } from './mixed.js';
import { rssMb, type Server } from './server.js';
import { fmt, table } from './stats.js';

export async function benchLoad(server: Server, tag: Record<string, unknown>, args: BenchArgs): Promise<void> {
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

export async function benchMixed(
  server: Server,
  tag: { dialect: Dialect } & Record<string, unknown>,
  args: BenchArgs,
): Promise<void> {
  const options = {
    connections: Number(args['mixed-connections']),
    seconds: Number(args['mixed-seconds']),
    writeShare: Number(args['mixed-writes']),
    database: tag.dialect,
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
  const cpu = figures.cpuMsPerRequest;
  log(
    `CPU per request: API ${cpu.api.toFixed(3)} ms` +
      (cpu.database === null ? '' : `, MariaDB ${cpu.database.toFixed(3)} ms`) +
      `, load generator ${cpu.client.toFixed(3)} ms`,
  );
  for (const error of figures.firstErrors) log(`  e.g. ${error}`);
  // A server that died under the load is the finding, not its clients' ECONNREFUSED: show why.
  if (server.exited()) log(`  the server exited during the run; its last output:\n${server.log().slice(-4000)}`);
  results.push({ ...tag, part: 'mixed', ...options, ...figures });
}
