import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import type { ClaimFilters } from '@claimline/contracts';
import { EMPTY_FILTERS } from '../utils/filters';
import { FilterBar } from './filter-bar';

// The camps are the conflict's, from the API: none are offered until they arrive.
const CAMP = {
  id: 'LNA',
  nameEn: 'Libyan National Army',
  nameAr: 'الجيش الوطني الليبي',
  descriptionEn: '',
  color: '#D55E00',
  order: 1,
  role: 'belligerent',
};

function renderBar(filters: ClaimFilters) {
  vi.stubGlobal(
    'fetch',
    // The typed client passes a Request with an absolute URL.
    vi.fn((input: RequestInfo | URL) => {
      const url = input instanceof Request ? new URL(input.url).pathname : String(input);
      const body = url.startsWith('/api/outlets')
        ? [{ id: 3, name: 'بوابة أفريقيا' }]
        : url.startsWith('/api/sources')
          ? { items: [{ id: 7, nameEn: 'LNA Air Force', nameAr: 'سلاح الجو', camp: 'LNA' }] }
          : url.startsWith('/api/camps')
            ? [CAMP]
            : [];
      return Promise.resolve(
        new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }),
      );
    }),
  );
  const onChange = vi.fn();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <FilterBar filters={filters} onChange={onChange} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return onChange;
}

afterEach(() => vi.unstubAllGlobals());

describe('FilterBar', () => {
  it('adds a camp and a start date to the filters', async () => {
    const onChange = renderBar(EMPTY_FILTERS);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Libyan National Army' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, camp: ['LNA'] });
    fireEvent.change(screen.getByTestId('filter-from'), { target: { value: '2019-10-01' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, from: '2019-10-01' });
  });

  it('names picked sources and removes them, and clears everything', async () => {
    const onChange = renderBar({ ...EMPTY_FILTERS, source: [7], status: ['contested'] });
    expect(await screen.findByText('LNA Air Force')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Remove LNA Air Force' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, status: ['contested'] });
    fireEvent.click(screen.getByTestId('filter-clear'));
    expect(onChange).toHaveBeenLastCalledWith(EMPTY_FILTERS);
  });

  it('reads an outlet picked from its menu as an id, as the URL would', async () => {
    const onChange = renderBar(EMPTY_FILTERS);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'بوابة أفريقيا' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, outlet: [3] });
  });

  it('searches text on submit', () => {
    const onChange = renderBar(EMPTY_FILTERS);
    const input = screen.getByTestId('filter-q');
    fireEvent.change(input, { target: { value: ' طرابلس ' } });
    fireEvent.submit(input.closest('form')!);
    expect(onChange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, q: 'طرابلس' });
  });
});
