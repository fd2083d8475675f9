import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiFetch, buildQueryString, downloadUrl, SIGNED_OUT_EVENT } from './api-client';

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'claimline_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

describe('api-client', () => {
  it('builds query strings, repeating arrays and dropping empty values', () => {
    expect(buildQueryString({ camp: ['LNA', 'GNA'], q: 'مطار', limit: 50, cursor: undefined, outlet: '' })).toBe(
      '?camp=LNA&camp=GNA&q=%D9%85%D8%B7%D8%A7%D8%B1&limit=50',
    );
    expect(downloadUrl('/exports/claims.csv', { status: 'contested' })).toBe(
      '/api/exports/claims.csv?status=contested',
    );
    expect(downloadUrl('/api/x')).toBe('/api/x');
  });

  it('sends JSON with the CSRF cookie on writes', async () => {
    document.cookie = 'claimline_csrf=tok123';
    const fetchMock = vi.fn().mockResolvedValue(new Response('{"ok":true}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(apiFetch('/claims/1', { method: 'PATCH', body: { version: 1 } })).resolves.toEqual({ ok: true });
    const [, init] = fetchMock.mock.calls[0];
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-CSRF-Token': 'tok123' });
    expect(init.body).toBe('{"version":1}');
  });

  it('throws ApiError with field errors and signals a lost session on 401', async () => {
    const body = { message: 'Validation failed', errors: [{ field: 'title', messages: ['too long'] }] };
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValueOnce(new Response(JSON.stringify(body), { status: 400 }))
        .mockResolvedValueOnce(new Response('{"message":"Unauthorized"}', { status: 401 })),
    );
    const error = await apiFetch('/articles', { method: 'POST', body: {} }).catch((caught) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, message: 'Validation failed', fieldErrors: { title: ['too long'] } });
    const listener = vi.fn();
    window.addEventListener(SIGNED_OUT_EVENT, listener);
    await expect(apiFetch('/claims')).rejects.toMatchObject({ status: 401 });
    expect(listener).toHaveBeenCalled();
    window.removeEventListener(SIGNED_OUT_EVENT, listener);
  });
});
