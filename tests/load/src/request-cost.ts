/**
 * What one request costs the API, sequentially, on an existing database: for each path, the client's median and
 * mean wall time and the API process's CPU per request (from /proc), after a warm-up. For before/after pairs of one
 * request kind, run alternately against two trees' builds (each started from its own working directory).
 *
 *   npm run bench:request -- --db mariadb://root@127.0.0.1:3306/claimline_bench_100k \
 *     --paths '/api/analytics/contested?from=2020-01-01&to=2020-01-31,/api/analytics/contested' --requests 800
 *
 * CLAIMLINE_ANALYTICS_CACHE=off (the default here) times the work, not the cache.
 */
import { parseArgs } from 'node:util';
import { httpGet } from './bench-http.js';
import { processCpuMs, startServer } from './server.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'mariadb://root@127.0.0.1:3306/claimline_bench_100k' },
    paths: { type: 'string', default: '/api/auth/me' },
    requests: { type: 'string', default: '800' },
    warmup: { type: 'string', default: '200' },
    port: { type: 'string', default: '4830' },
    cache: { type: 'string', default: 'off' },
  },
});

const requests = Number(values.requests);
const server = await startServer(values.db, Number(values.port), { CLAIMLINE_ANALYTICS_CACHE: values.cache });
try {
  const paths = values.paths.split(',');
  for (const path of paths) for (let i = 0; i < Number(values.warmup); i++) await httpGet(server, path);
  for (const path of paths) {
    const cpuBefore = processCpuMs(server.pid);
    const clientBefore = process.cpuUsage();
    const times: number[] = [];
    for (let i = 0; i < requests; i++) {
      const start = performance.now();
      await httpGet(server, path);
      times.push(performance.now() - start);
    }
    const client = process.cpuUsage(clientBefore);
    times.sort((a, b) => a - b);
    const mean = times.reduce((sum, t) => sum + t, 0) / requests;
    console.log(
      `${path}: median ${times[requests >> 1].toFixed(2)} ms, mean ${mean.toFixed(2)} ms, ` +
        `API CPU ${((processCpuMs(server.pid) - cpuBefore) / requests).toFixed(2)} ms/request, ` +
        `client CPU ${((client.user + client.system) / 1000 / requests).toFixed(2)} ms/request (${requests} requests)`,
    );
  }
} finally {
  await server.stop();
}
