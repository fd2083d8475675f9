import { parseArgs } from 'node:util';

const PARTS = ['dashboard', 'claims', 'search', 'ingest', 'extraction', 'load', 'mixed', 'export'] as const;
export type Part = (typeof PARTS)[number];
export type Dialect = 'sqlite' | 'mariadb';

/** The bench's command line: which parts, on which databases and sizes, how long and how hard. */
export function parseBenchArgs() {
  return parseArgs({
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
      // The analytics cache states the mixed part runs under: `on` alone for quick before/after pairs.
      'mixed-cache': { type: 'string', default: 'on,off' },
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
  }).values;
}

export type BenchArgs = ReturnType<typeof parseBenchArgs>;
