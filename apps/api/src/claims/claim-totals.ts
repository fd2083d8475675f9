import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ResponseCache } from '../analytics/cache/response-cache.js';
import { dataVersion } from '../rollups/data-version.js';

/** How long a total may miss a write by another process without Redis (the analytics cache's bound too). */
const TOTALS_TTL_MS = 30_000;
/** Distinct filter sets remembered: a team pages through a few hundred at most. */
const TOTALS_MAX = 2_000;

/**
 * First-page totals of the claims list, computed once per filter set and data version: a total is a
 * COUNT over every matching claim (tens of milliseconds to seconds at a million claims for a place, a
 * narrative or a search), and a team asks for the same few filters again and again. A total depends
 * only on the claims as counted (rollups/data-version.ts `counts`: camp, status, source, dates,
 * places, new articles; and `narratives` when it filters by one); any write to those, and any write
 * nobody described, makes it recomputed. Identical counts already running are shared, as the analytics cache shares responses.
 * CLAIMLINE_ANALYTICS_CACHE=off turns it off with the analytics cache (benchmarks of the bare path).
 */
@Injectable()
export class ClaimTotals {
  private readonly cache = new ResponseCache<number>({ max: TOTALS_MAX, ttlMs: TOTALS_TTL_MS });
  private readonly inFlight = new Map<string, Promise<number>>();
  private readonly enabled = process.env.CLAIMLINE_ANALYTICS_CACHE !== 'off';

  constructor(private readonly dataSource: DataSource) {}

  /** `filters` as given to the count (with the ids `q` resolved to): the key. */
  total(filters: object, count: () => Promise<number>): Promise<number> {
    if (!this.enabled) return count();
    const key = canonicalKey(filters);
    // Read before counting: a write committed while it counts makes the result stale at once.
    const version = dataVersion(this.dataSource, readsTags(filters) ? ['counts', 'narratives'] : ['counts']);
    const hit = this.cache.get(key, version);
    if (hit !== undefined) return Promise.resolve(hit);
    const flightKey = `${version} ${key}`;
    const pending = this.inFlight.get(flightKey);
    if (pending) return pending;
    const counting = count()
      .then((total) => {
        this.cache.set(key, version, total);
        return total;
      })
      .finally(() => this.inFlight.delete(flightKey));
    this.inFlight.set(flightKey, counting);
    return counting;
  }
}

/** A narrative filter counts tags: a total then changes with them, other totals do not. */
function readsTags(filters: object): boolean {
  const narrative = (filters as { narrative?: unknown[] }).narrative;
  return Array.isArray(narrative) && narrative.length > 0;
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
