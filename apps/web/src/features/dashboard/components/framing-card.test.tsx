import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { EMPTY_FILTERS } from '../utils/filters';
import { FramingCard } from './framing-card';

const outlet = (outletName: string, narration: number) => ({
  outletId: outletName.length,
  outletName,
  labels: [{ camp: 'GNA', label: 'ميليشيات', tone: 'pejorative', narration, quote: 0 }],
});

/** The framing API: with copies=exclude the reprinting outlet drops out, as the server does. */
function mockApi() {
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL) => {
      const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
      urls.push(url.pathname + url.search);
      const json = (body: unknown) =>
        Promise.resolve(
          new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }),
        );
      if (url.pathname === '/api/analytics/framing') {
        const copies = url.searchParams.get('copies');
        return json({
          outlets: copies === 'exclude' ? [outlet('Original', 3)] : [outlet('Original', 3), outlet('Reprinter', 3)],
        });
      }
      if (url.pathname === '/api/camps') return json([]);
      return Promise.resolve(new Response('{}', { status: 404 }));
    }),
  );
  return urls;
}

function renderCard() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <FramingCard filters={EMPTY_FILTERS} />
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('FramingCard per-outlet switch', () => {
  it('counts reprints per outlet by default and each story once when switched off', async () => {
    const urls = mockApi();
    renderCard();
    expect(await screen.findByText('Reprinter')).toBeInTheDocument();
    expect(urls.some((url) => url.includes('copies=include'))).toBe(true);
    fireEvent.click(screen.getByTestId('framing-copies'));
    await waitFor(() => expect(screen.queryByText('Reprinter')).toBeNull());
    expect(screen.getByText('Original')).toBeInTheDocument();
    expect(urls.some((url) => url.includes('copies=exclude'))).toBe(true);
  });
});
