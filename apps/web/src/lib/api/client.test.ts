import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, SIGNED_OUT_EVENT } from '../api-client';
import { api, unwrap } from './client';

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'claimline_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('typed api client', () => {
  it('repeats array query parameters and leaves out empty ones', async () => {
    const fetchMock = vi.fn().mockResolvedValue(jsonResponse({ items: [], nextCursor: null, total: 0 }));
    vi.stubGlobal('fetch', fetchMock);
    await unwrap(api.GET('/api/claims', { params: { query: { camp: ['LNA', 'GNA'], q: '', limit: 10 } } }));
    const request = fetchMock.mock.calls[0][0] as Request;
    expect(new URL(request.url).pathname + new URL(request.url).search).toBe('/api/claims?camp=LNA&camp=GNA&limit=10');
    expect(request.headers.get('X-CSRF-Token')).toBeNull();
  });

  it('sends JSON with the CSRF cookie on writes and returns the body', async () => {
    document.cookie = 'claimline_csrf=tok123';
    const fetchMock = vi.fn().mockResolvedValue(jsonResponse({ id: 7 }, 201));
    vi.stubGlobal('fetch', fetchMock);
    const created = await unwrap(api.POST('/api/narratives', { body: { nameAr: 'س', nameEn: 'N', color: '#000000' } }));
    expect(created).toEqual({ id: 7 });
    const request = fetchMock.mock.calls[0][0] as Request;
    expect(request.headers.get('X-CSRF-Token')).toBe('tok123');
    expect(request.headers.get('Content-Type')).toBe('application/json');
    expect(await request.text()).toBe('{"nameAr":"س","nameEn":"N","color":"#000000"}');
  });

  it('throws ApiError with field errors, and signals a lost session on 401 except at sign-in', async () => {
    const invalid = { statusCode: 400, message: 'Validation failed', errors: [{ field: 'email', messages: ['bad'] }] };
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValueOnce(jsonResponse(invalid, 400))
        .mockResolvedValueOnce(jsonResponse({ statusCode: 401, message: 'Invalid email or password' }, 401))
        .mockResolvedValueOnce(jsonResponse({ statusCode: 401, message: 'Sign in required' }, 401)),
    );
    const listener = vi.fn();
    window.addEventListener(SIGNED_OUT_EVENT, listener);
    const login = () => unwrap(api.POST('/api/auth/login', { body: { email: 'x', password: 'y' } }));
    await expect(login()).rejects.toMatchObject({ status: 400, fieldErrors: { email: ['bad'] } });
    await expect(login()).rejects.toBeInstanceOf(ApiError);
    expect(listener).not.toHaveBeenCalled();
    await expect(unwrap(api.GET('/api/auth/me'))).rejects.toMatchObject({ status: 401, message: 'Sign in required' });
    expect(listener).toHaveBeenCalledTimes(1);
    window.removeEventListener(SIGNED_OUT_EVENT, listener);
  });
});
