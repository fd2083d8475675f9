import { hashKey, type QueryKey } from '@tanstack/react-query';

/** The URL (and API query) parameter naming the conflict a page or request is about. */
export const CONFLICT_PARAM = 'conflict';

/**
 * The GET routes that read `conflict` from their query. Only these: the other routes' DTOs refuse unknown
 * query keys with a 400, so the parameter cannot simply ride on every request. Kept in step with the API by
 * conflict-scope.test.ts, which reads apps/api/openapi.json.
 */
export const CONFLICT_QUERY_PATHS: readonly string[] = [
  '/api/analytics/blindspots',
  '/api/analytics/compare',
  '/api/analytics/contested',
  '/api/analytics/framing',
  '/api/analytics/places',
  '/api/analytics/share',
  '/api/analytics/timeseries',
  '/api/analytics/top-sources',
  '/api/articles',
  '/api/camps',
  '/api/claims',
  '/api/exports/articles.csv',
  '/api/exports/claims.csv',
  '/api/exports/timeseries.csv',
  '/api/locations',
  '/api/narratives',
  '/api/sources',
];

/** The writes whose JSON body names the conflict the new article, narrative or source belongs to. */
export const CONFLICT_BODY_PATHS: readonly string[] = [
  '/api/articles',
  '/api/articles/preview',
  '/api/narratives',
  '/api/sources',
];

export function takesConflictQuery(method: string, pathname: string): boolean {
  return method.toUpperCase() === 'GET' && CONFLICT_QUERY_PATHS.includes(pathname);
}

export function takesConflictBody(method: string, pathname: string): boolean {
  return method.toUpperCase() === 'POST' && CONFLICT_BODY_PATHS.includes(pathname);
}

/** `search` with `conflict` set, other parameters kept in their order; an explicit conflict already there wins. */
export function withConflictParam(search: string, conflict: string | undefined, override = false): string {
  const params = new URLSearchParams(search);
  if (conflict && (override || !params.get(CONFLICT_PARAM))) params.set(CONFLICT_PARAM, conflict);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** An internal link (`/claims?camp=RSF`) that keeps the current conflict. */
export function withConflictHref(to: string, conflict: string | undefined): string {
  const hashAt = to.indexOf('#');
  const hash = hashAt >= 0 ? to.slice(hashAt) : '';
  const rest = hashAt >= 0 ? to.slice(0, hashAt) : to;
  const queryAt = rest.indexOf('?');
  const path = queryAt >= 0 ? rest.slice(0, queryAt) : rest;
  const search = queryAt >= 0 ? rest.slice(queryAt) : '';
  return `${path}${withConflictParam(search, conflict)}${hash}`;
}

export type ConflictChoice = { id: string; isDefault: boolean };

/**
 * Which conflict a page shows: the URL's when the API knows it, else the one last chosen, else the API's
 * default (else the first). Undefined only while no conflict is known at all.
 */
export function resolveConflict(
  fromUrl: string | null | undefined,
  remembered: string | null | undefined,
  conflicts: readonly ConflictChoice[] | undefined,
): string | undefined {
  if (!conflicts) return fromUrl || undefined;
  const known = (id: string | null | undefined) => (id ? conflicts.find((c) => c.id === id)?.id : undefined);
  return known(fromUrl) ?? known(remembered) ?? conflicts.find((c) => c.isDefault)?.id ?? conflicts[0]?.id;
}

/**
 * Query-key roots whose data is the same in every conflict (who is signed in, users, the audit log, feeds,
 * imports, the base map). Every other query is cached per conflict: forgetting a new root here only costs a
 * refetch on switching, while the opposite mistake would show one conflict's data under another's name.
 */
const CONFLICT_FREE_ROOTS = new Set([
  'auth',
  'conflicts',
  'users',
  'audit',
  'feeds',
  'imports',
  'base-map',
  'extraction-quality',
]);

/** React Query's cache identity: the key, plus the conflict for conflict-scoped data. */
export function conflictQueryHash(queryKey: QueryKey, conflict: string | undefined): string {
  const root = queryKey[0];
  if (typeof root === 'string' && CONFLICT_FREE_ROOTS.has(root)) return hashKey(queryKey);
  return hashKey([...queryKey, { [CONFLICT_PARAM]: conflict ?? null }]);
}
