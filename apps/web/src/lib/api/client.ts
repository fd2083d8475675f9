/**
 * The typed way to call the API: paths, parameters, bodies and responses come from the generated
 * OpenAPI types (schema.d.ts, `npm run api:generate`). Same behaviour as apiFetch: same-origin
 * cookies, the CSRF header on writes, repeated query parameters for arrays, ApiError with field errors
 * and the signed-out event on 401.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import {
  announceLostSession,
  buildQueryString,
  CSRF_HEADER,
  currentCsrfToken,
  type Query,
  toApiError,
} from '../api-client';
import { conflictScope } from './conflict-middleware';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

const session: Middleware = {
  onRequest({ request }) {
    if (request.method === 'GET') return undefined;
    const csrf = currentCsrfToken();
    if (csrf) request.headers.set(CSRF_HEADER, csrf);
    return request;
  },
  onResponse({ request, response }) {
    announceLostSession(response.status, new URL(request.url).pathname);
    return undefined;
  },
};

export const api = createClient<paths>({
  // Request needs an absolute URL outside the browser (tests); in the browser it is the page's origin.
  baseUrl: typeof window === 'undefined' ? '' : window.location.origin,
  credentials: 'same-origin',
  headers: { Accept: 'application/json' },
  // Looked up on each call, so tests can stub the global fetch after this module loaded.
  fetch: (request) => globalThis.fetch(request),
  querySerializer: (query) => buildQueryString(query as Query).slice(1),
});
api.use(session, conflictScope());

type ApiResult = { data?: unknown; error?: unknown; response: Response };

/** What a successful call returns: the body, or nothing for a 204. */
type Body<R extends ApiResult> = [Exclude<R['data'], undefined>] extends [never] ? void : Exclude<R['data'], undefined>;

/** The response body of a successful call; a failed call throws ApiError. */
export async function unwrap<R extends ApiResult>(call: Promise<R>): Promise<Body<R>> {
  const result = await call;
  if (!result.response.ok) throw toApiError(result.response, result.error ?? null);
  return result.data as Body<R>;
}
