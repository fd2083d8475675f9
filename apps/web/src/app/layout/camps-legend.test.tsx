import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { findCamp, NEUTRAL_CAMP_COLOR } from '../../lib/camps';
import { ConflictProvider } from '../../lib/conflict/conflict-provider';
import { setCurrentConflict } from '../../lib/conflict/current-conflict';
import { I18nProvider } from '../../lib/i18n';
import { CampsLegend } from './camps-legend';

const SUDAN = {
  id: 'sudan-2023',
  nameEn: 'Sudan',
  nameAr: 'السودان',
  isDefault: false,
  camps: [
    {
      id: 'SAF',
      nameEn: 'Sudanese Armed Forces',
      nameAr: 'القوات المسلحة',
      color: '#111111',
      order: 1,
      role: 'belligerent',
    },
    {
      id: 'RSF',
      nameEn: 'Rapid Support Forces',
      nameAr: 'الدعم السريع',
      color: '#222222',
      order: 2,
      role: 'belligerent',
    },
  ],
};

/** GET /api/conflicts answers with `conflicts` (or never, when null); GET /api/camps never answers. */
function stubApi(conflicts: object[] | null) {
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL) => {
      const url = input instanceof Request ? new URL(input.url).pathname : String(input);
      if (url.startsWith('/api/conflicts') && conflicts)
        return Promise.resolve(
          new Response(JSON.stringify(conflicts), { headers: { 'Content-Type': 'application/json' } }),
        );
      return new Promise<Response>(() => undefined);
    }),
  );
}

function renderLegend(url: string) {
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <ConflictProvider>
            <CampsLegend />
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
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCurrentConflict(undefined);
});

describe('camps while the conflict’s camps load', () => {
  it('shows no camp at all, not the default conflict’s, before the conflict or its camps are known', () => {
    stubApi(null);
    renderLegend('/?conflict=sudan-2023');
    const legend = screen.getByRole('complementary', { name: 'Camps' });
    expect(within(legend).queryAllByRole('listitem')).toEqual([]);
    expect(legend).not.toHaveTextContent(/LNA|GNA|Libyan|National Accord/);
  });

  it('shows the conflict’s own camps from the conflict list while GET /api/camps is pending', async () => {
    stubApi([SUDAN]);
    renderLegend('/?conflict=sudan-2023');
    const legend = await screen.findByRole('complementary', { name: 'Camps' });
    await waitFor(() =>
      expect(
        within(legend)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(['Sudanese Armed Forces', 'Rapid Support Forces']),
    );
    expect(legend).not.toHaveTextContent(/Libyan|National Accord/);
  });

  it('shows a camp the list does not hold as its own id in a neutral grey', () => {
    expect(findCamp(undefined, 'LNA')).toMatchObject({ id: 'LNA', nameEn: 'LNA', color: NEUTRAL_CAMP_COLOR });
    expect(findCamp([{ ...SUDAN.camps[0], descriptionEn: '', role: 'belligerent' }], 'SAF').color).toBe('#111111');
  });
});
