import { describe, expect, it } from 'vitest';
import openapiText from '../../../../api/openapi.json?raw';
import {
  CONFLICT_BODY_PATHS,
  CONFLICT_QUERY_PATHS,
  conflictQueryHash,
  resolveConflict,
  takesConflictQuery,
  withConflictHref,
} from './conflict-scope';

type Operation = { parameters?: { name: string; in: string }[]; requestBody?: unknown };
type OpenApi = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

/** The routes the API document says take `conflict`, in the query or in the JSON body. */
function documented(): { query: string[]; body: string[] } {
  const doc = JSON.parse(openapiText) as OpenApi;
  const query: string[] = [];
  const body: string[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    if (operations.get?.parameters?.some((p) => p.name === 'conflict' && p.in === 'query')) query.push(path);
    const ref = (operations.post?.requestBody as { content?: Record<string, { schema?: { $ref?: string } }> })
      ?.content?.['application/json']?.schema?.$ref;
    const schema = ref ? (doc.components.schemas[ref.split('/').pop()!] as { properties?: object }) : undefined;
    if (schema?.properties && 'conflict' in schema.properties) body.push(path);
  }
  return { query: query.sort(), body: body.sort() };
}

describe('conflict-scoped routes', () => {
  it('are exactly the GET routes whose query the API document gives `conflict`', () => {
    expect([...CONFLICT_QUERY_PATHS].sort()).toEqual(documented().query);
  });

  it('are writes whose body the API document gives `conflict`', () => {
    for (const path of CONFLICT_BODY_PATHS) expect(documented().body).toContain(path);
  });

  it('leave out item routes and writes on a scoped path', () => {
    expect(takesConflictQuery('GET', '/api/claims')).toBe(true);
    expect(takesConflictQuery('GET', '/api/claims/12')).toBe(false);
    expect(takesConflictQuery('POST', '/api/claims')).toBe(false);
    expect(takesConflictQuery('GET', '/api/analytics/contested/dismissals')).toBe(false);
    expect(takesConflictQuery('GET', '/api/conflicts')).toBe(false);
  });
});

describe('resolveConflict', () => {
  const conflicts = [
    { id: 'libya-2019', isDefault: true },
    { id: 'sudan-2023', isDefault: false },
  ];

  it("takes the URL's conflict when the API knows it", () => {
    expect(resolveConflict('sudan-2023', 'libya-2019', conflicts)).toBe('sudan-2023');
  });

  it('falls back to the one chosen last, then to the default', () => {
    expect(resolveConflict(null, 'sudan-2023', conflicts)).toBe('sudan-2023');
    expect(resolveConflict('gone-1990', null, conflicts)).toBe('libya-2019');
    expect(resolveConflict(undefined, 'gone-1990', conflicts)).toBe('libya-2019');
  });

  it('trusts the URL until the list arrives, and knows nothing without either', () => {
    expect(resolveConflict('sudan-2023', null, undefined)).toBe('sudan-2023');
    expect(resolveConflict(null, 'sudan-2023', undefined)).toBeUndefined();
  });
});

describe('withConflictHref', () => {
  it('adds the conflict to a link, keeping its query and hash', () => {
    expect(withConflictHref('/claims?camp=RSF#top', 'sudan-2023')).toBe('/claims?camp=RSF&conflict=sudan-2023#top');
    expect(withConflictHref('/dashboard', 'sudan-2023')).toBe('/dashboard?conflict=sudan-2023');
  });

  it("never overrides a link's own conflict, and leaves links alone without one", () => {
    expect(withConflictHref('/claims?conflict=libya-2019', 'sudan-2023')).toBe('/claims?conflict=libya-2019');
    expect(withConflictHref('/claims', undefined)).toBe('/claims');
  });
});

describe('conflictQueryHash', () => {
  it('caches scoped data per conflict, and session or users once', () => {
    const claims = ['claims', 'list', { camp: ['RSF'] }];
    expect(conflictQueryHash(claims, 'sudan-2023')).not.toBe(conflictQueryHash(claims, 'libya-2019'));
    expect(conflictQueryHash(['auth', 'me'], 'sudan-2023')).toBe(conflictQueryHash(['auth', 'me'], 'libya-2019'));
    expect(conflictQueryHash(['users'], 'sudan-2023')).toBe(conflictQueryHash(['users'], undefined));
  });
});
