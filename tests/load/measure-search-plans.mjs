// Times search pages (ClaimListRepository.findPage: the first page and the keyset page after it) and totals
// (count) of every search of the mixed bench, alone and with camp=GNA or status=contested, with two builds
// of the API on the same database, calls alternated so that a busy machine slows both alike; says when
// the two builds return different rows. The built API code on a bare DataSource (no HTTP, no totals
// cache, no migrations run). docs/benchmarks.md, issue 18.
//   node tests/load/measure-search-plans.mjs DB_URL RUNS BEFORE_API_DIST [AFTER_API_DIST]
// AFTER_API_DIST defaults to this checkout's apps/api/dist; COUNT=1 also times the totals (3 runs).
import 'reflect-metadata';

const [url, runsArg = '10', beforeDist, afterArg] = process.argv.slice(2);
if (!url || !beforeDist)
  throw new Error('usage: measure-search-plans.mjs DB_URL RUNS BEFORE_API_DIST [AFTER_API_DIST]');
const afterDist = afterArg ?? new URL('../../apps/api/dist', import.meta.url).pathname;
const runs = Number(runsArg);
const SEARCHES = ['مرتزقة', 'ترهونة', 'المستشفى الميداني', 'طرابلس', 'قصف', 'airport', 'ceasefire', 'زلزال بركاني'];
const NARROWINGS = [
  ['', {}],
  [' + camp=GNA', { camp: ['GNA'] }],
  [' + status=contested', { status: ['contested'] }],
];

async function build(name, dist) {
  const { createDataSource } = await import(`${dist}/database/data-source.js`);
  // Builds before the list's own repository kept findPage, count and sortKey in ClaimsRepository.
  const ListRepository = await import(`${dist}/claims/claim-list.repository.js`).then(
    (module) => module.ClaimListRepository,
    async () => (await import(`${dist}/claims/claims.repository.js`)).ClaimsRepository,
  );
  const { SearchReferencesRepository } = await import(`${dist}/search/search-references.repository.js`);
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  return {
    name,
    dataSource,
    claims: new ListRepository(dataSource),
    references: new SearchReferencesRepository(dataSource),
  };
}

const sides = [await build('before', beforeDist), await build('after', afterDist)];
const [{ conflict }] = await sides[0].dataSource.query('SELECT MIN(conflict_id) AS conflict FROM claims');
const now = () => Number(process.hrtime.bigint()) / 1e6;
const pct = (samples, p) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] : NaN;
};
const fmt = (ms) => (Number.isFinite(ms) ? (ms < 10 ? ms.toFixed(1) : ms.toFixed(0)) : '—');
const pair = (times, key, p) => `${fmt(pct(times.before[key], p))} → ${fmt(pct(times.after[key], p))}`;

console.log('| search | page 1 p50 | page 1 p95 | page 2 p50 | page 2 p95 | total |');
console.log('|---|---|---|---|---|---|');
for (const q of SEARCHES) {
  for (const [suffix, narrowing] of NARROWINGS) {
    const times = { before: { first: [], next: [], total: [] }, after: { first: [], next: [], total: [] } };
    const pages = {};
    const deadline = Date.now() + 20_000;
    for (let i = 0; i <= runs && Date.now() < deadline; i++) {
      for (const side of i % 2 ? sides : [...sides].reverse()) {
        const filters = await side.references.resolve({ q, ...narrowing, conflict });
        let started = now();
        const rows = await side.claims.findPage(filters, '-eventDate', null, 50);
        const first = now() - started;
        let next = [];
        if (rows.length > 50) {
          const last = rows[49];
          const cursor = { sort: '-eventDate', key: side.claims.sortKey(last, '-eventDate'), id: last.id };
          started = now();
          next = await side.claims.findPage(filters, '-eventDate', cursor, 50);
          if (i) times[side.name].next.push(now() - started);
        }
        if (process.env.COUNT && i && i <= 3) {
          started = now();
          await side.claims.count(filters);
          times[side.name].total.push(now() - started);
        }
        if (i) times[side.name].first.push(first);
        pages[side.name] = `${rows.map((r) => r.id)}|${next.map((r) => r.id)}`;
      }
    }
    if (pages.before !== pages.after) console.log(`!! ${q}${suffix}: the builds return different rows`);
    console.log(
      `| ${q}${suffix} | ${pair(times, 'first', 0.5)} | ${pair(times, 'first', 0.95)} | ${pair(times, 'next', 0.5)} | ${pair(times, 'next', 0.95)} | ${pair(times, 'total', 0.5)} |`,
    );
  }
}
for (const side of sides) await side.dataSource.destroy();
