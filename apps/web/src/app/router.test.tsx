import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { LANG_STORAGE_KEY, type Lang } from '../lib/i18n';
import { AppProviders } from './providers';
import { routes } from './router';

const admin = { id: 1, email: 'a@b.test', role: 'admin' };

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function renderAt(path: string, lang: Lang, user: typeof admin | null = admin) {
  localStorage.setItem(LANG_STORAGE_KEY, lang);
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL) => {
      const url = input instanceof Request ? new URL(input.url).pathname : String(input);
      // The session probe answers 200 with the user, or with null when signed out.
      return Promise.resolve(json(200, url === '/api/auth/session' ? { user } : []));
    }),
  );
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <AppProviders client={client}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  document.title = '';
});

describe('routes', () => {
  it('gives the 404 page an h1 and a title in English', async () => {
    renderAt('/no-such-page', 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Page not found · Claimline'));
  });

  it('gives the 404 page an h1 and a title in Arabic', async () => {
    renderAt('/no-such-page', 'ar');
    expect(await screen.findByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('الصفحة غير موجودة · Claimline'));
  });

  it('titles the sign-in page in Arabic', async () => {
    renderAt('/sign-in', 'ar', null);
    await waitFor(() => expect(document.title).toBe('تسجيل الدخول · Claimline'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('تسجيل الدخول');
  });
});
