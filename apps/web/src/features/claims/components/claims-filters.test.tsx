import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nProvider, type Lang } from '../../../lib/i18n';
import { ClaimsFilters } from './claims-filters';

const sources = [{ id: 7, nameEn: 'Operations Room', nameAr: 'غرفة العمليات' }];
const places = [{ id: 3, nameEn: '', nameAr: 'عين زارة' }];

/** The registries the chips are named from; every other lookup answers empty. */
function answer(input: RequestInfo | URL): Response {
  const url = input instanceof Request ? input.url : String(input);
  const body = url.includes('/api/sources')
    ? { items: sources, total: sources.length }
    : url.includes('/api/locations')
      ? places
      : [];
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

function renderFilters(lang: Lang) {
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL) => Promise.resolve(answer(input))),
  );
  const onChange = vi.fn();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <I18nProvider initialLang={lang}>
        <ClaimsFilters filters={{ source: [7], location: [3] }} onChange={onChange} onClear={() => undefined} />
      </I18nProvider>
    </QueryClientProvider>,
  );
  return onChange;
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('ClaimsFilters chips', () => {
  it('names each remove button after its value, not just "Remove"', async () => {
    const onChange = renderFilters('en');
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Operations Room' }));
    expect(onChange).toHaveBeenCalledWith('source', undefined);
    // No English name: the Arabic one stands in.
    expect(await screen.findByRole('button', { name: 'Remove عين زارة' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove' })).toBeNull();
  });

  it('and in Arabic', async () => {
    renderFilters('ar');
    expect(await screen.findByRole('button', { name: 'إزالة غرفة العمليات' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'إزالة عين زارة' })).toBeInTheDocument();
  });
});
