import {
  Inject,
  Injectable,
  SetMetadata,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { finalize, map, of, shareReplay, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { DATA_DOMAINS, dataVersion, type DataDomain } from '../../rollups/data-version.js';
import { cacheKey, ResponseCache } from './response-cache.js';
import { JsonBytes } from '../../common/json-bytes/json-bytes.js';

export const ANALYTICS_CACHE = Symbol('ANALYTICS_CACHE');

/**
 * Answers as the JSON bytes sent: a hit is neither serialized nor encoded again (JSON.stringify of the answers was
 * 4.3 % of the API's CPU under a team's load). Null when CLAIMLINE_ANALYTICS_CACHE=off (benchmarks of the uncached
 * path, debugging).
 */
export type AnalyticsCacheRef = ResponseCache<JsonBytes<unknown>> | null;

/** 30 s: how long a write by another process (the import CLI) can stay invisible on the dashboard. */
export const ANALYTICS_CACHE_TTL_MS = 30_000;
/** Distinct (route, query) responses kept; a dashboard view is ~5 requests, responses are ≤ ~100 KB. */
export const ANALYTICS_CACHE_MAX = 500;

export function createAnalyticsCache(env: NodeJS.ProcessEnv = process.env): AnalyticsCacheRef {
  if (env.CLAIMLINE_ANALYTICS_CACHE === 'off') return null;
  return new ResponseCache<JsonBytes<unknown>>({ max: ANALYTICS_CACHE_MAX, ttlMs: ANALYTICS_CACHE_TTL_MS });
}

const READS = 'claimline:analytics-reads';

/**
 * The data a cached route's answer depends on (rollups/data-version.ts): its entries then outlive writes to
 * anything else — a new link leaves the timeseries cached. A route that does not say depends on everything.
 */
export const AnalyticsReads = (...domains: DataDomain[]) => SetMetadata(READS, domains);

/**
 * The route's declared reads, the narrative tags when its query filters or groups by narrative, and the
 * statuses when it filters or groups by status (any route's claims can be narrowed to a narrative's or a
 * status's).
 */
export function readsOf(declared: readonly DataDomain[], query: Request['query']): readonly DataDomain[] {
  const reads = new Set(declared);
  if (query.narrative !== undefined || query.groupBy === 'narrative') reads.add('narratives');
  if (query.status !== undefined || query.groupBy === 'status') reads.add('status');
  return reads.size === declared.length ? declared : [...reads];
}

/**
 * Serves analytics GETs from the response cache. It runs after the guards (authentication and the
 * role check happen on every request; responses do not depend on the user) and before the
 * validation pipe: a hit skips validation and the SQL, a miss goes through both and only a
 * successful response is stored. The key is the route plus the query in canonical order.
 */
@Injectable()
export class AnalyticsCacheInterceptor implements NestInterceptor {
  private readonly inFlight = new Map<string, Observable<JsonBytes<unknown>>>();

  constructor(
    @Inject(ANALYTICS_CACHE) private readonly cache: AnalyticsCacheRef,
    private readonly dataSource: DataSource,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    if (!this.cache || request.method !== 'GET') return next.handle();
    const key = cacheKey(request.path, request.query);
    // Read before the handler runs: a write committed while it computes makes the entry stale.
    const reads = readsOf(
      this.reflector.getAllAndOverride<DataDomain[] | undefined>(READS, [context.getHandler(), context.getClass()]) ??
        DATA_DOMAINS,
      request.query,
    );
    const version = dataVersion(this.dataSource, reads);
    const hit = this.cache.get(key, version);
    if (hit !== undefined) return of(hit);
    // Identical requests that arrive while one is computing, under the same data version, share its
    // answer instead of each running the same SQL: after every write the whole dashboard is cold, and
    // a team's open dashboards then asked for the same few responses at once (mixed benchmark). Sharing
    // is exact: no write has been seen since the shared computation started.
    const flightKey = `${version} ${key}`;
    const pending = this.inFlight.get(flightKey);
    if (pending) return pending;
    const cache = this.cache;
    const shared = next.handle().pipe(
      map((value: unknown) => {
        const json = JsonBytes.of(value);
        cache.set(key, version, json);
        return json;
      }),
      finalize(() => this.inFlight.delete(flightKey)),
      // refCount off: a client that disconnects does not cancel the others' answer.
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    this.inFlight.set(flightKey, shared);
    return shared;
  }
}
