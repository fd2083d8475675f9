import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { I18nProvider } from '../i18n';
import { ConflictProvider, useConflict } from './conflict-provider';
import { CONFLICT_STORAGE_KEY, currentConflict, setCurrentConflict } from './current-conflict';

const CONFLICTS = [
  { id: 'libya-2019', nameEn: 'Libya', nameAr: 'ليبيا', isDefault: true, camps: [] },
  { id: 'sudan-2023', nameEn: 'Sudan', nameAr: 'السودان', isDefault: false, camps: [] },
];

function Probe() {
  const { conflict, switchConflict, href } = useConflict();
  return (
    <>
      <output data-testid="conflict">{conflict}</output>
      <output data-testid="link">{href('/claims?camp=RSF')}</output>
      <button onClick={() => switchConflict('sudan-2023')}>switch</button>
    </>
  );
}

function renderAt(url: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() =>
      Promise.resolve(new Response(JSON.stringify(CONFLICTS), { headers: { 'Content-Type': 'application/json' } })),
    ),
  );
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <ConflictProvider>
            <Probe />
          </ConflictProvider>
        ),
      },
    ],
    { initialEntries: [url] },
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <I18nProvider initialLang="en">
        <RouterProvider router={router} />
      </I18nProvider>
    </QueryClientProvider>,
  );
  return router;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCurrentConflict(undefined);
});

describe('ConflictProvider', () => {
  it("puts the API's default in a URL that lacks a conflict, by a replace", async () => {
    const router = renderAt('/dashboard?bucket=week');
    await waitFor(() => expect(router.state.location.search).toBe('?bucket=week&conflict=libya-2019'));
    expect(router.state.historyAction).toBe('REPLACE');
    expect(screen.getByTestId('conflict')).toHaveTextContent('libya-2019');
    expect(currentConflict()).toBe('libya-2019');
  });

  it('opens on the conflict chosen last when the URL names none', async () => {
    localStorage.setItem(CONFLICT_STORAGE_KEY, 'sudan-2023');
    const router = renderAt('/claims');
    await waitFor(() => expect(router.state.location.search).toBe('?conflict=sudan-2023'));
    expect(screen.getByTestId('link')).toHaveTextContent('/claims?camp=RSF&conflict=sudan-2023');
  });

  it('replaces a conflict the API does not know with the default', async () => {
    const router = renderAt('/claims?conflict=atlantis-1');
    await waitFor(() => expect(router.state.location.search).toBe('?conflict=libya-2019'));
  });

  it('switches with a new history entry, remembers it, and keeps it on a link without one', async () => {
    const router = renderAt('/dashboard?conflict=libya-2019');
    await screen.findByText('switch');
    act(() => screen.getByText('switch').click());
    await waitFor(() => expect(router.state.location.search).toBe('?conflict=sudan-2023'));
    expect(router.state.historyAction).toBe('PUSH');
    expect(localStorage.getItem(CONFLICT_STORAGE_KEY)).toBe('sudan-2023');
    await act(() => router.navigate('/claims?camp=SAF'));
    await waitFor(() => expect(router.state.location.search).toBe('?camp=SAF&conflict=sudan-2023'));
    expect(screen.getByTestId('conflict')).toHaveTextContent('sudan-2023');
  });
});
