import type { Middleware } from 'openapi-fetch';
import { currentConflict } from '../conflict/current-conflict';
import { CONFLICT_PARAM, takesConflictBody, takesConflictQuery } from '../conflict/conflict-scope';

/**
 * Puts the current conflict on every conflict-scoped call in one place, so no feature has to thread it through:
 * `?conflict=` on the scoped GETs, `conflict` in the JSON body of the scoped writes. A conflict the caller set
 * itself (the article form's select) is left alone.
 */
export function conflictScope(conflictOf: () => string | undefined = currentConflict): Middleware {
  return {
    async onRequest({ request }) {
      const conflict = conflictOf();
      if (!conflict) return undefined;
      const url = new URL(request.url);
      if (takesConflictQuery(request.method, url.pathname)) {
        if (url.searchParams.has(CONFLICT_PARAM)) return undefined;
        url.searchParams.set(CONFLICT_PARAM, conflict);
        return new Request(url, request);
      }
      if (takesConflictBody(request.method, url.pathname)) {
        const text = await request.clone().text();
        const body: unknown = text ? JSON.parse(text) : {};
        if (!body || typeof body !== 'object' || Array.isArray(body) || CONFLICT_PARAM in body) return undefined;
        return new Request(request, { body: JSON.stringify({ ...body, [CONFLICT_PARAM]: conflict }) });
      }
      return undefined;
    },
  };
}
