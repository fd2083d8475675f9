import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCurrentConflict } from '../conflict/current-conflict';
import { downloadUrl } from '../api-client';
import { api, unwrap } from './client';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function stubFetch(body: unknown = []) {
  const fetchMock = vi.fn().mockImplementation(() => Promise.resolve(jsonResponse(body)));
  vi.stubGlobal('fetch', fetchMock);
  return (index = 0) => fetchMock.mock.calls[index][0] as Request;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCurrentConflict(undefined);
});

describe('conflict middleware', () => {
  it('adds the current conflict to the query of scoped GETs, after their own parameters', async () => {
    setCurrentConflict('sudan-2023');
    const request = stubFetch({ items: [], nextCursor: null, total: 0 });
    await unwrap(api.GET('/api/claims', { params: { query: { camp: ['RSF'], limit: 5 } } }));
    await unwrap(api.GET('/api/analytics/timeseries', { params: { query: { bucket: 'week', groupBy: 'camp' } } }));
    await unwrap(api.GET('/api/camps'));
    const url = (index: number) => new URL(request(index).url);
    expect(url(0).pathname + url(0).search).toBe('/api/claims?camp=RSF&limit=5&conflict=sudan-2023');
    expect(url(1).searchParams.get('conflict')).toBe('sudan-2023');
    expect(url(2).search).toBe('?conflict=sudan-2023');
  });

  it('leaves routes that refuse unknown query keys alone', async () => {
    setCurrentConflict('sudan-2023');
    const request = stubFetch({});
    await unwrap(api.GET('/api/claims/{id}', { params: { path: { id: 7 } } }));
    await unwrap(api.GET('/api/conflicts'));
    await unwrap(api.GET('/api/analytics/contested/dismissals'));
    for (const index of [0, 1, 2]) expect(new URL(request(index).url).search).toBe('');
  });

  it('keeps a conflict the caller chose, in the query or the body', async () => {
    setCurrentConflict('sudan-2023');
    const request = stubFetch({});
    await unwrap(api.GET('/api/camps', { params: { query: { conflict: 'libya-2019' } } }));
    await unwrap(
      api.POST('/api/articles/preview', {
        body: { body: 'نص', publishedAt: '2024-05-10', language: 'ar', conflict: 'libya-2019' },
      }),
    );
    expect(new URL(request(0).url).searchParams.getAll('conflict')).toEqual(['libya-2019']);
    expect(JSON.parse(await request(1).text())).toMatchObject({ conflict: 'libya-2019' });
  });

  it('adds the conflict to the body of new narratives, sources and articles, and nowhere else', async () => {
    setCurrentConflict('sudan-2023');
    const request = stubFetch({ id: 1 });
    await unwrap(api.POST('/api/narratives', { body: { nameAr: 'س', nameEn: 'N', color: '#000000' } }));
    await unwrap(api.PATCH('/api/narratives/{id}', { params: { path: { id: 1 } }, body: { nameEn: 'M' } }));
    expect(JSON.parse(await request(0).text())).toEqual({
      nameAr: 'س',
      nameEn: 'N',
      color: '#000000',
      conflict: 'sudan-2023',
    });
    expect(request(0).headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(await request(1).text())).toEqual({ nameEn: 'M' });
  });

  it('adds nothing before a conflict is known', async () => {
    const request = stubFetch([]);
    await unwrap(api.GET('/api/camps'));
    expect(new URL(request().url).search).toBe('');
  });

  it('puts the conflict on scoped downloads (CSV exports), which do not go through the client', () => {
    setCurrentConflict('sudan-2023');
    expect(downloadUrl('/exports/claims.csv', { camp: ['RSF'] })).toBe(
      '/api/exports/claims.csv?camp=RSF&conflict=sudan-2023',
    );
    expect(downloadUrl('/exports/articles.csv', { from: '2024-05-01' })).toBe(
      '/api/exports/articles.csv?from=2024-05-01&conflict=sudan-2023',
    );
    expect(downloadUrl('/conflicts/sudan-2023/pack')).toBe('/api/conflicts/sudan-2023/pack');
  });
});
