import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { EMPTY_FILTERS } from '../utils/filters';
import { ContestedPairsCard } from './contested-pairs-card';

const pair = {
  location: { id: 45, key: 'wadi-al-rabie', nameAr: 'وادي الربيع', nameEn: 'Wadi al-Rabie', lat: 0, lon: 0 },
  a: {
    id: 1,
    camp: 'LNA',
    text: 'قصفت مقاتلات سلاح الجو رتلا بمحور وادي الربيع',
    cue: 'قصفت',
    sourceMention: 'سلاح الجو',
    sourceName: 'LNA Air Force',
    sourceNameAr: null,
    eventDate: '2019-10-07',
    datePrecision: 'day',
    articleId: 1,
    status: 'unreviewed',
  },
  b: {
    id: 4,
    camp: 'GNA',
    text: 'استهدفت مدفعية هاوزر في وادي الربيع',
    cue: 'أكد',
    sourceMention: 'محمد قنونو',
    sourceName: null,
    sourceNameAr: null,
    eventDate: '2019-10-07',
    datePrecision: 'day',
    articleId: 1,
    status: 'contested',
  },
  dayGap: 0,
  linked: false,
};

function mockApi(role: 'viewer' | 'analyst') {
  const posts: unknown[] = [];
  let linked = false;
  // The typed client passes a Request (absolute URL, body inside).
  const fetchMock = vi.fn(async (input: RequestInfo | URL, requestInit?: RequestInit) => {
    const request = input instanceof Request ? input : null;
    const url = request ? new URL(request.url).pathname + new URL(request.url).search : String(input);
    const init = request ? { method: request.method, body: await request.clone().text() } : requestInit;
    const json = (body: unknown, status = 200) =>
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    if (url.startsWith('/api/auth/session')) return json({ user: { id: 1, email: 'a@b.c', role } });
    if (url.startsWith('/api/camps')) return json([]);
    if (url.startsWith('/api/analytics/contested')) return json({ pairs: [{ ...pair, linked }] });
    if (url.startsWith('/api/claim-links') && init?.method === 'POST') {
      posts.push(JSON.parse(String(init.body)));
      linked = true;
      return json({ id: 9, fromId: 1, toId: 4, relation: 'contradicts', createdAt: '2026-01-01T00:00:00Z' }, 201);
    }
    return json({ message: 'not found' }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { posts };
}

function renderCard() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <ContestedPairsCard filters={EMPTY_FILTERS} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('ContestedPairsCard', () => {
  it('shows both sides with their own direction and sends a link to the confirmation, never linking in one click', async () => {
    const { posts } = mockApi('analyst');
    renderCard();
    const item = await screen.findByTestId('contested-pair');
    expect(within(item).getByRole('heading', { name: 'Wadi al-Rabie' })).toBeInTheDocument();
    const texts = item.querySelectorAll('.contested-text');
    expect([...texts].map((text) => text.getAttribute('dir'))).toEqual(['auto', 'auto']);
    expect(within(item).getByRole('link', { name: 'Compare all camps here' })).toHaveAttribute(
      'href',
      '/compare?location=45&from=2019-10-07&to=2019-10-07',
    );
    expect(await within(item).findByRole('link', { name: 'Link as contradicts…' })).toHaveAttribute(
      'href',
      '/compare?location=45&from=2019-10-07&to=2019-10-07&view=contested',
    );
    expect(posts).toEqual([]);
  });

  it('offers no link button to a viewer', async () => {
    mockApi('viewer');
    renderCard();
    const item = await screen.findByTestId('contested-pair');
    await waitFor(() => expect(within(item).getByText(/قصفت مقاتلات/)).toBeInTheDocument());
    expect(within(item).queryByRole('link', { name: 'Link as contradicts…' })).toBeNull();
  });
});
