import { BenchClient, type Answer } from './bench-client.js';
import { mariadbPid, processCpuMs, sampleRss, type Server } from './server.js';

/**
 * A team at work: N connections for T seconds, each request drawn from a realistic mix — claims list pages with
 * every kind of filter and sort, searches, every dashboard request, claim pages — with a share of writes (PATCH a
 * claim's note, link two claims). Latency is kept per kind of request, so a slow search cannot hide behind fast
 * dashboard hits. Every loop is bounded by the deadline.
 */
export type MixedOptions = {
  connections: number;
  seconds: number;
  writeShare: number;
  /** Whose server's CPU to count beside the API's. */
  database: 'sqlite' | 'mariadb';
};

export type KindFigures = { kind: string; count: number; p50: number; p95: number; p99: number; errors: number };
export type MixedFigures = {
  rps: number;
  requests: number;
  errors: number;
  peakRssMb: number;
  /**
   * CPU time per request, in ms, of the API, of the database server (MariaDB on this machine; null for SQLite,
   * which runs inside the API) and of this load generator. They share the machine's cores: on a noisy machine the
   * req/s of two runs can differ by 15 % while these stay within a few per cent.
   */
  cpuMsPerRequest: { api: number; database: number | null; client: number };
  kinds: KindFigures[];
  firstErrors: string[];
};

type Sample = { ids: number[]; sources: number[]; places: number[]; narratives: number[] };
type Pick = { kind: string; run: () => Promise<Answer> };

/** The searches a team types: common words, a place, phrases, English words, no match. */
export const SEARCHES = [
  'مرتزقة',
  'ترهونة',
  'المستشفى الميداني',
  'طرابلس',
  'قصف',
  'airport',
  'ceasefire',
  'زلزال بركاني',
];
const CAMP_SETS = ['LNA', 'GNA', 'LNA,GNA', 'UN'];
const DASHBOARD_KIND = 'dashboard';
const LINK_KIND = 'write: link';
const STATUSES = ['unreviewed', 'contested', 'corroborated'];
const SORTS = ['', '&sort=eventDate', '&sort=-createdAt'];

export async function runMixed(server: Server, options: MixedOptions): Promise<MixedFigures> {
  const sample = await sampleReferences(server);
  const client = new BenchClient(server.base, server.token, options.connections);
  const get = (path: string) => client.get(path);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)];
  const reads: { weight: number; make: () => Pick }[] = [
    {
      weight: 35,
      make: () => {
        const filters = [
          `camp=${pick(CAMP_SETS)}`,
          `status=${pick(STATUSES)}`,
          `source=${pick(sample.sources)}`,
          `location=${pick(sample.places)}`,
          `narrative=${pick(sample.narratives)}`,
          'from=2019-06-01&to=2019-09-30',
        ];
        return { kind: 'claims list', run: () => get(`/api/claims?limit=50&${pick(filters)}${pick(SORTS)}`) };
      },
    },
    {
      weight: 20,
      make: () => ({ kind: 'search', run: () => get(`/api/claims?limit=50&q=${encodeURIComponent(pick(SEARCHES))}`) }),
    },
    {
      weight: 30,
      make: () => {
        // Each request its own kind (a slow chart cannot hide among fast ones); `dashboard` sums them.
        const dashboard: [string, string][] = [
          ['timeseries week/camp', '/api/analytics/timeseries?bucket=week&groupBy=camp'],
          [
            'timeseries week/source, camps',
            `/api/analytics/timeseries?bucket=week&groupBy=source&camp=${pick(CAMP_SETS)}`,
          ],
          ['timeseries month/narrative', '/api/analytics/timeseries?bucket=month&groupBy=narrative'],
          ['share', '/api/analytics/share'],
          ['contested', '/api/analytics/contested'],
          ['framing', '/api/analytics/framing'],
          ['top-sources', '/api/analytics/top-sources'],
          ['blindspots', '/api/analytics/blindspots'],
          ['places', '/api/analytics/places'],
        ];
        const [name, path] = pick(dashboard);
        return { kind: `${DASHBOARD_KIND}: ${name}`, run: () => get(path) };
      },
    },
    { weight: 10, make: () => ({ kind: 'claim page', run: () => get(`/api/claims/${pick(sample.ids)}`) }) },
  ];
  const readWeight = reads.reduce((sum, r) => sum + r.weight, 0);
  // A third each: a note (nothing the dashboard counts), a tag (a narrative: the counts change, so every
  // chart and total that reads them is recomputed) and a link.
  const write = (): Pick => {
    const roll = Math.random();
    if (roll < 1 / 3) return { kind: 'write: PATCH note', run: () => patchClaim(client, pick(sample.ids), noteChange) };
    if (roll < 2 / 3)
      return {
        kind: 'write: PATCH tag',
        run: () => patchClaim(client, pick(sample.ids), () => ({ narratives: [pick(sample.narratives)] })),
      };
    return {
      kind: LINK_KIND,
      run: () =>
        client.send('POST', '/api/claim-links', {
          fromId: pick(sample.ids),
          toId: pick(sample.ids),
          relation: 'same-event',
        }),
    };
  };
  const next = (): Pick => {
    if (Math.random() < options.writeShare) return write();
    let roll = Math.random() * readWeight;
    for (const read of reads) {
      roll -= read.weight;
      if (roll <= 0) return read.make();
    }
    return reads[0].make();
  };

  // The links this run made, removed once it is measured: otherwise every run adds ~600 to the same 200 claims, and
  // their claim pages and contested marks grow heavier from run to run (after 15 runs: 80 links on a claim).
  const madeLinks: number[] = [];
  const latencies = new Map<string, number[]>();
  const errorsByKind = new Map<string, number>();
  const firstErrors: string[] = [];
  const rss = sampleRss(server.pid);
  const databasePid = options.database === 'mariadb' ? mariadbPid() : null;
  const cpuBefore = {
    api: processCpuMs(server.pid),
    database: databasePid === null ? null : processCpuMs(databasePid),
    client: process.cpuUsage(),
  };
  const started = Date.now();
  const deadline = started + options.seconds * 1000;
  const worker = async () => {
    while (Date.now() < deadline) {
      const { kind, run } = next();
      const t0 = performance.now();
      let failure: string | null = null;
      try {
        const { status, body } = await run();
        if (kind === LINK_KIND && status === 201) madeLinks.push(linkIdOf(body));
        // A duplicate link, a link of a claim to itself or a stale version are answers, not failures.
        const expected = (status >= 200 && status < 300) || (kind.startsWith('write') && [400, 409].includes(status));
        if (!expected) failure = `${kind}: HTTP ${status}`;
      } catch (error) {
        // The code (ECONNRESET, UND_ERR_HEADERS_TIMEOUT …) tells a client-side socket problem from a server that
        // stopped answering.
        const code = (error as { code?: string }).code;
        failure = `${kind}: ${String(error)}${code ? ` (${code})` : ''}`;
      }
      const ms = performance.now() - t0;
      const list = latencies.get(kind) ?? [];
      list.push(ms);
      latencies.set(kind, list);
      if (failure) {
        errorsByKind.set(kind, (errorsByKind.get(kind) ?? 0) + 1);
        if (firstErrors.length < 5) firstErrors.push(failure);
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  await client.close();
  const elapsed = (Date.now() - started) / 1000;
  const { peakRssMb } = rss.stop();
  const clientCpu = process.cpuUsage(cpuBefore.client);
  const apiCpuMs = processCpuMs(server.pid) - cpuBefore.api;
  const databaseCpuMs =
    databasePid === null || cpuBefore.database === null ? null : processCpuMs(databasePid) - cpuBefore.database;
  await removeLinks(server, madeLinks);
  const kinds = [...latencies].map(([kind, samples]) => ({
    kind,
    count: samples.length,
    ...percentiles(samples),
    errors: errorsByKind.get(kind) ?? 0,
  }));
  const requests = kinds.reduce((sum, k) => sum + k.count, 0);
  const perRequest = (ms: number) => (requests ? ms / requests : 0);
  const cpuMsPerRequest = {
    api: perRequest(apiCpuMs),
    database: databaseCpuMs === null ? null : perRequest(databaseCpuMs),
    client: perRequest((clientCpu.user + clientCpu.system) / 1000),
  };
  const all = [...latencies.values()].flat();
  const dashboardKinds = [...latencies].filter(([kind]) => kind.startsWith(`${DASHBOARD_KIND}:`));
  kinds.push({
    kind: DASHBOARD_KIND,
    count: dashboardKinds.reduce((sum, [, samples]) => sum + samples.length, 0),
    ...percentiles(dashboardKinds.flatMap(([, samples]) => samples)),
    errors: dashboardKinds.reduce((sum, [kind]) => sum + (errorsByKind.get(kind) ?? 0), 0),
  });
  kinds.push({
    kind: 'all',
    count: requests,
    ...percentiles(all),
    errors: firstErrors.length ? sumErrors(errorsByKind) : 0,
  });
  return {
    rps: requests / elapsed,
    requests,
    errors: sumErrors(errorsByKind),
    peakRssMb,
    cpuMsPerRequest,
    kinds: kinds.sort((a, b) => a.kind.localeCompare(b.kind)),
    firstErrors,
  };
}

const noteChange = () => ({ note: `bench ${Date.now()}` });

/** Reads the claim's version, then PATCHes `change()` with it (a stale version is a 409, counted as an answer). */
async function patchClaim(client: BenchClient, id: number, change: () => object): Promise<Answer> {
  const claim = JSON.parse((await client.get(`/api/claims/${id}`)).body.toString('utf8')) as { version: number };
  return client.send('PATCH', `/api/claims/${id}`, { ...change(), version: claim.version });
}

/** Ids to aim at, read once from the API before the clock starts. */
function linkIdOf(body: Buffer): number {
  return Number((JSON.parse(body.toString('utf8')) as { id: number }).id);
}

/** Deletes the links a run made (outside the measured time), one at a time, and fails loudly if one is refused. */
async function removeLinks(server: Server, ids: readonly number[]): Promise<void> {
  for (const id of ids) {
    const response = await fetch(`${server.base}/api/claim-links/${id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${server.token}` },
    });
    await response.arrayBuffer();
    if (response.status !== 204 && response.status !== 404)
      throw new Error(`removing the bench's link ${id}: HTTP ${response.status}`);
  }
}

async function sampleReferences(server: Server): Promise<Sample> {
  const claims = await server.json<{ items: { id: number }[] }>('/api/claims?limit=200');
  const sources = await server.json<{ items: { id: number }[] }>('/api/sources?limit=50');
  const places = await server.json<{ id: number }[] | { items: { id: number }[] }>('/api/locations');
  const narratives = await server.json<{ id: number }[] | { items: { id: number }[] }>('/api/narratives');
  const ids = (list: { id: number }[] | { items: { id: number }[] }) =>
    (Array.isArray(list) ? list : list.items).map((row) => row.id);
  return {
    ids: ids(claims),
    sources: ids(sources),
    places: ids(places).slice(0, 60),
    narratives: ids(narratives),
  };
}

function percentiles(samples: number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

function sumErrors(errors: Map<string, number>): number {
  return [...errors.values()].reduce((sum, n) => sum + n, 0);
}
