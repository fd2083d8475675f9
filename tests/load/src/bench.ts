import 'reflect-metadata';
import { parseBenchArgs, type Dialect, type Part } from './bench-args.js';
import { benchClaims, benchSearch } from './bench-claims.js';
import { benchDashboard } from './bench-dashboard.js';
import { prepareDatabase } from './bench-database.js';
import { benchExport } from './bench-export.js';
import { benchExtraction, benchIngest } from './bench-ingest.js';
import { benchLoad, benchMixed } from './bench-load.js';
import { log, machine, results, saveResults } from './bench-results.js';
import { startServer } from './server.js';

const args = parseBenchArgs();
const sizes = args.sizes.split(',').map(Number);
const dbs = args.dbs.split(',') as Dialect[];
const parts = new Set(args.parts.split(',') as Part[]);

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
      const url = await prepareDatabase(args, dialect, size);
      const tag = { dialect, size };
      log(`\n## ${dialect}, ${size.toLocaleString('en')} claims`);
      // Latency figures are taken with the analytics response cache off (every request runs its SQL,
      // so HTTP/SQL compares like with like); the load part runs on a second server with it on.
      let server = await startServer(url, port++, { CLAIMLINE_ANALYTICS_CACHE: 'off' });
      try {
        for (const part of serverParts) {
          try {
            if (part === 'load') {
              await benchLoad(server, { ...tag, cache: 'off' }, args);
              await server.stop();
              server = await startServer(url, port++, { CLAIMLINE_ANALYTICS_CACHE: 'on' });
              await benchLoad(server, { ...tag, cache: 'on' }, args);
              continue;
            }
            if (part === 'mixed') {
              // A team at work: the cache as deployed (on), and off to see the raw cost.
              const states = args['mixed-cache'].split(',').filter((state) => state === 'on' || state === 'off');
              for (const cache of states) {
                await server.stop();
                server = await startServer(url, port++, { CLAIMLINE_ANALYTICS_CACHE: cache });
                await benchMixed(server, { ...tag, cache }, args);
              }
              continue;
            }
            if (part === 'dashboard') await benchDashboard(server, url, tag, explains, args);
            if (part === 'claims') await benchClaims(server, tag, args);
            if (part === 'search') await benchSearch(server, tag, args);
            if (part === 'ingest') await benchIngest(server, url, tag, args);
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
  saveResults(args, info, explains);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
