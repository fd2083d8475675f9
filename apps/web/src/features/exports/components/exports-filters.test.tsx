import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, useLocation, useSearchParams } from 'react-router';
import { claimFiltersFromSearchParams } from '@claimline/contracts';
import { I18nProvider } from '../../../lib/i18n';
import { ExportsFilters } from './exports-filters';

function Harness() {
  const [params] = useSearchParams();
  const location = useLocation();
  return (
    <>
      <ExportsFilters filters={claimFiltersFromSearchParams(params)} />
      <output data-testid="search">{location.search}</output>
    </>
  );
}

function renderAt(url: string, lang: 'en' | 'ar') {
  vi.stubGlobal(
    'fetch',
    vi.fn(() =>
      Promise.resolve(
        new Response(
          JSON.stringify([
            { id: 'LNA', nameEn: 'LNA', nameAr: 'الجيش الوطني', color: '#000', sortOrder: 1 },
            { id: 'GNA', nameEn: 'GNA', nameAr: 'الوفاق', color: '#111', sortOrder: 2 },
          ]),
          { status: 200, headers: { 'Content-Type': 'application/json' } },
        ),
      ),
    ),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <I18nProvider initialLang={lang}>
        <MemoryRouter initialEntries={[url]}>
          <Harness />
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('ExportsFilters', () => {
  it('writes camp, status, dates and text into the URL, keeping bucket and groupBy', async () => {
    renderAt('/exports?bucket=month&groupBy=source', 'en');
    fireEvent.click(await screen.findByTestId('exports-camp-GNA'));
    fireEvent.click(screen.getByTestId('exports-status-contested'));
    fireEvent.change(screen.getByTestId('exports-from'), { target: { value: '2019-07-01' } });
    const q = screen.getByTestId('exports-q');
    fireEvent.change(q, { target: { value: 'وادي' } });
    fireEvent.keyDown(q, { key: 'Enter' });
    const search = new URLSearchParams(screen.getByTestId('search').textContent ?? '');
    expect(Object.fromEntries(search)).toEqual({
      camp: 'GNA',
      status: 'contested',
      from: '2019-07-01',
      q: 'وادي',
      bucket: 'month',
      groupBy: 'source',
    });
  });

  it('shows the filters of the URL and removes one, in Arabic', async () => {
    renderAt('/exports?camp=LNA,GNA&to=2019-10-31', 'ar');
    expect(await screen.findByText('المعسكرات')).toBeTruthy();
    const lna = await screen.findByTestId<HTMLInputElement>('exports-camp-LNA');
    expect(lna.checked).toBe(true);
    expect(screen.getByTestId<HTMLInputElement>('exports-to').value).toBe('2019-10-31');
    fireEvent.click(lna);
    expect(screen.getByTestId('search').textContent).toBe('?camp=GNA&to=2019-10-31');
  });
});
