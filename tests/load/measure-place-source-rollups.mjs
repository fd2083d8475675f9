// Times the map places, blindspots places and top sources reads (AnalyticsRepository.placeCounts,
// singleCampPlaces, topSources: the built API code on a bare DataSource, no HTTP, no response cache) on a
// generated database, for three filter sets. docs/benchmarks.md, issue 18.
//   node tests/load/measure-place-source-rollups.mjs DB_URL [RUNS] [API_DIST]
// API_DIST (default: this checkout's apps/api/dist) lets the same database be timed with another build.
import 'reflect-metadata';
import { DataSource } from 'typeorm';

const [url = 'mysql://root@127.0.0.1:3306/claimline_bench_100000', runsArg = '20', distArg] = process.argv.slice(2);
const dist = distArg ?? new URL('../../apps/api/dist', import.meta.url).pathname;
const { buildDataSourceOptions } = await import(`${dist}/database/data-source.js`);
const { parseDatabaseUrl } = await import(`${dist}/database/database-url.js`);
const { AnalyticsRepository } = await import(`${dist}/analytics/analytics.repository.js`);

const dataSource = new DataSource({ ...buildDataSourceOptions(parseDatabaseUrl(url)), logging: false });
await dataSource.initialize();
const repository = new AnalyticsRepository(dataSource);
const [{ conflict }] = await dataSource.query('SELECT MIN(conflict_id) AS conflict FROM claims');
// The generator's claims span 2019-04..2021-06: this window starts and ends mid-month.
const filterSets = {
  all: { conflict },
  window: { conflict, from: '2019-09-10', to: '2020-11-20' },
  campStatus: { conflict, camp: ['GNA', 'LNA'], status: ['confirmed', 'unreviewed', 'contested'] },
};
const reads = {
  places: (filters) => repository.placeCounts(filters),
  blindspots: (filters) => repository.singleCampPlaces(filters, true, 50),
  topSources: (filters) => repository.topSources(filters, 10),
};
for (const [setName, filters] of Object.entries(filterSets)) {
  for (const [readName, read] of Object.entries(reads)) {
    await read(filters);
    const times = [];
    let rows = 0;
    for (let i = 0; i < Number(runsArg); i++) {
      const start = performance.now();
      rows = (await read(filters)).length;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
    console.log(
      `${setName.padEnd(10)} ${readName.padEnd(11)} rows ${String(rows).padStart(3)}  p50 ${at(0.5)} ms  p95 ${at(0.95)} ms`,
    );
  }
}
await dataSource.destroy();
