import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { MapPlace } from './api/get-places';
import { PlacesMap } from './places-map';
import { PlacesTable } from './places-table';

const places: MapPlace[] = [
  {
    id: 3,
    nameEn: 'Tripoli',
    nameAr: 'طرابلس',
    lat: 32.89,
    lon: 13.19,
    abroad: false,
    total: 4,
    counts: { LNA: 3, GNA: 1 },
  },
  { id: 7, nameEn: 'Gharyan', nameAr: 'غريان', lat: 32.17, lon: 13.02, abroad: false, total: 1, counts: { GNA: 1 } },
];
/** A claim about talks abroad: listed in the table, not drawn. */
const berlin: MapPlace = {
  id: 90,
  nameEn: 'Berlin',
  nameAr: 'برلين',
  lat: 52.52,
  lon: 13.4,
  abroad: true,
  total: 2,
  counts: { GNA: 2 },
};

// Colours and names come from the API's camps, not from constants.
const camps = [
  { id: 'LNA', nameEn: 'Army', nameAr: 'الجيش', descriptionEn: '', color: '#111111' },
  { id: 'GNA', nameEn: 'Government', nameAr: 'الحكومة', descriptionEn: '', color: '#222222' },
];

function stubApi() {
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL) => {
      const url = input instanceof Request ? new URL(input.url).pathname : String(input);
      const found = url.startsWith('/api/camps');
      return Promise.resolve(
        new Response(JSON.stringify(found ? camps : { message: 'not found' }), {
          status: found ? 200 : 404,
          headers: { 'Content-Type': 'application/json' },
        }),
      );
    }),
  );
}

function Opened() {
  const { pathname, search } = useLocation();
  return <p data-testid="opened">{pathname + search}</p>;
}

function renderMap(shown: MapPlace[] = places) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const hrefFor = (place: { id: number }) => `/claims?location=${place.id}`;
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={['/map']}>
        <Routes>
          <Route
            path="/map"
            element={
              <>
                <PlacesMap places={shown} hrefFor={hrefFor} testId="places-map" />
                <PlacesTable places={shown} hrefFor={hrefFor} />
              </>
            }
          />
          <Route path="/claims" element={<Opened />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('PlacesMap', () => {
  it('draws each place as a named link split into camp-coloured segments, the base map from the package', async () => {
    stubApi();
    renderMap();
    const map = screen.getByTestId('places-map');
    await waitFor(() => expect(map.querySelector('svg')).toHaveAttribute('data-base-map', 'loaded'), {
      timeout: 10_000,
    });
    // Clipped to the frame: Libya and its neighbours, not the world.
    expect(map.querySelectorAll('.places-map-countries path').length).toBeGreaterThanOrEqual(2);

    const tripoli = within(map).getByRole('link', { name: /^Tripoli: 4 claims \(Army 3, Government 1\)/ });
    expect(tripoli).toHaveAttribute('href', '/claims?location=3');
    await waitFor(() =>
      expect([...tripoli.querySelectorAll('path[data-camp]')].map((path) => path.getAttribute('fill'))).toEqual([
        '#111111',
        '#222222',
      ]),
    );
    // The larger place is drawn first, so the smaller one lies on top of it.
    expect(
      within(map)
        .getAllByTestId('map-place')
        .map((link) => link.getAttribute('data-place-id')),
    ).toEqual(['3', '7']);
  });

  it('frames the country’s places and leaves the places abroad to the table, saying so', () => {
    stubApi();
    renderMap([...places, berlin]);
    const map = screen.getByTestId('places-map');
    expect(
      within(map)
        .getAllByTestId('map-place')
        .map((link) => link.getAttribute('data-place-id')),
    ).toEqual(['3', '7']);
    expect(within(map).getByTestId('map-abroad-note')).toHaveTextContent(
      '1 place abroad not drawn: listed in the table of the Map page',
    );
    const rows = within(screen.getByTestId('map-table')).getAllByTestId('map-table-row');
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual(['Tripoli', 'Gharyan', 'Berlin']);
  });

  it('draws the places abroad when only they have claims', () => {
    stubApi();
    renderMap([berlin]);
    const map = screen.getByTestId('places-map');
    expect(
      within(map)
        .getAllByTestId('map-place')
        .map((link) => link.getAttribute('data-place-id')),
    ).toEqual(['90']);
    expect(within(map).queryByTestId('map-abroad-note')).toBeNull();
  });

  it('shows a tooltip on focus and opens the place’s claims on click', async () => {
    stubApi();
    renderMap();
    const gharyan = within(screen.getByTestId('places-map')).getByRole('link', { name: /^Gharyan/ });
    fireEvent.focus(gharyan);
    expect(screen.getByTestId('map-tooltip')).toHaveTextContent('Gharyan · 1');
    fireEvent.click(gharyan);
    expect(await screen.findByTestId('opened')).toHaveTextContent('/claims?location=7');
  });
});

describe('PlacesTable', () => {
  it('has a row per place with its total and a column per camp', async () => {
    stubApi();
    renderMap();
    const table = screen.getByTestId('map-table');
    await waitFor(() => expect(within(table).getByRole('columnheader', { name: 'Army' })).toBeInTheDocument());
    const rows = within(table).getAllByTestId('map-table-row');
    expect(rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))).toEqual([
      ['Tripoli', '4', '3', '1'],
      ['Gharyan', '1', '0', '1'],
    ]);
  });
});
