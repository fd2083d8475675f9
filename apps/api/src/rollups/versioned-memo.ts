import type { DataSource } from 'typeorm';
import { ResponseCache } from '../analytics/cache/response-cache.js';
import { dataVersion, type DataDomain, type DomainKeys } from './data-version.js';

/** How long a value may miss a write by another process without Redis (the analytics cache's bound too). */
const MEMO_TTL_MS = 30_000;

/**
 * Values computed once per key and data version (the claims list's totals and pages' ids, the search
 * names): kept while
 * the versions of the domains they read are what they were when the computation started, and computed
 * once for all callers asking at the same moment. CLAIMLINE_ANALYTICS_CACHE=off turns it off with the
 * analytics cache (benchmarks of the bare path).
 */
export class VersionedMemo<T> {
  private readonly cache: ResponseCache<T>;
  private readonly inFlight = new Map<string, Promise<T>>();
  private readonly enabled: boolean;

  /**
   * `referenceData`: kept even with CLAIMLINE_ANALYTICS_CACHE=off (tables the code reads whole, and sessions:
   * not responses). `ttlMs`: a shorter bound than the analytics cache's on missing another process's write.
   */
  constructor(
    private readonly dataSource: DataSource,
    max: number,
    { referenceData = false, ttlMs = MEMO_TTL_MS }: { referenceData?: boolean; ttlMs?: number } = {},
  ) {
    this.cache = new ResponseCache<T>({ max, ttlMs });
    this.enabled = referenceData || process.env.CLAIMLINE_ANALYTICS_CACHE !== 'off';
  }

  /** `keys`: the parts of `domains` the value reads, when it reads only some (data-version.ts DomainKeys). */
  get(key: object, domains: readonly DataDomain[], compute: () => Promise<T>, keys: DomainKeys = {}): Promise<T> {
    if (!this.enabled) return compute();
    const canonical = canonicalKey(key);
    // Read before computing: a write committed while it computes makes the result stale at once.
    const version = dataVersion(this.dataSource, domains, keys);
    const hit = this.cache.get(canonical, version);
    if (hit !== undefined) return Promise.resolve(hit);
    const flightKey = `${version} ${canonical}`;
    const pending = this.inFlight.get(flightKey);
    if (pending) return pending;
    const computing = compute()
      .then((value) => {
        this.cache.set(canonical, version, value);
        return value;
      })
      .finally(() => this.inFlight.delete(flightKey));
    this.inFlight.set(flightKey, computing);
    return computing;
  }
}

/** JSON with object keys sorted and empty values dropped, so equal filter sets share one key. */
export function canonicalKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined && !(Array.isArray(inner) && inner.length === 0))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
}
