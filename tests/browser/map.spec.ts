import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, newPage, screenshot } from './support/browser';
import { signInTo } from './support/journey';

type Place = {
  id: number;
  nameEn: string;
  nameAr: string;
  abroad: boolean;
  total: number;
  counts: Record<string, number>;
};

/** The places the map draws (the web's mappedPlaces): those in the country, or all when only places abroad have claims. */
function mapped(places: readonly Place[]): readonly Place[] {
  const inCountry = places.filter((place) => !place.abroad);
  return inCountry.length ? inCountry : places;
}

async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  if (!response.ok()) throw new Error(`GET ${path} → ${response.status()}`);
  return (await response.json()) as T;
}

/** What the map draws: one entry per circle. */
async function drawnPlaces(page: Page) {
  return page.$$eval('[data-testid="places-map"] [data-testid="map-place"]', (links) =>
    links.map((link) => ({
      id: Number(link.getAttribute('data-place-id')),
      name: link.getAttribute('data-name'),
      total: Number(link.getAttribute('data-total')),
      camps: link.getAttribute('data-camps'),
      label: link.getAttribute('aria-label') ?? '',
      segments: link.querySelectorAll('path[data-camp]').length,
    })),
  );
}

describe('map journey (seed article)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let places: Place[];
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser));
    // The base map ships with the app: nothing may be requested from another origin.
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl()) && !request.url().startsWith('data:')) {
        foreignRequests.push(request.url());
      }
    });
    await signInTo(page, '/map');
    places = (await apiGet<{ items: Place[] }>(page, '/api/analytics/places')).items;
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('draws a circle for every Libyan place of the seed, split by camp, on the offline base map', async () => {
    await page.waitForSelector('[data-testid="places-map"] svg[data-base-map="loaded"]');
    expect(await page.locator('.places-map-countries path').count()).toBeGreaterThanOrEqual(2);
    const drawn = await drawnPlaces(page);
    expect(places.map((place) => place.nameEn)).toContain('Tripoli');
    // The seed also names places abroad (Moscow, France): in the table, counted under the map.
    const inLibya = mapped(places);
    const abroad = places.length - inLibya.length;
    expect(abroad).toBeGreaterThan(0);
    expect(drawn.map((item) => item.id).sort()).toEqual(inLibya.map((place) => place.id).sort());
    await expect(page.getByTestId('map-abroad-note').textContent()).resolves.toContain(
      `${abroad} place${abroad === 1 ? '' : 's'} abroad not drawn`,
    );
    for (const place of inLibya) {
      const circle = drawn.find((item) => item.id === place.id)!;
      expect(circle.total).toBe(place.total);
      expect(circle.name).toBe(place.nameEn);
      expect(circle.segments).toBe(Object.keys(place.counts).length);
      expect(circle.label).toContain(place.nameEn);
    }
    expect(foreignRequests).toEqual([]);
    await screenshot(page, 'map-en');
  });

  it('lists the same places with their counts per camp in the table', async () => {
    const rows = await page.$$eval('[data-testid="map-table"] [data-testid="map-table-row"]', (trs) =>
      trs.map((tr) => ({
        id: Number(tr.getAttribute('data-place-id')),
        name: tr.querySelector('th')?.textContent,
        cells: Object.fromEntries(
          [...tr.querySelectorAll('td[data-key]')].map((td) => [td.getAttribute('data-key'), td.textContent]),
        ),
      })),
    );
    expect(rows.map((row) => row.id)).toEqual(places.map((place) => place.id));
    const tripoli = places.find((place) => place.nameEn === 'Tripoli')!;
    const row = rows.find((item) => item.id === tripoli.id)!;
    expect(row.name).toBe('Tripoli');
    expect(row.cells.total).toBe(String(tripoli.total));
    for (const [camp, count] of Object.entries(tripoli.counts)) expect(row.cells[camp]).toBe(String(count));
  });

  it('narrows the places to a time window kept in the URL', async () => {
    const from = page.getByTestId('map-window-from');
    // The seed's claims span July to October 2019.
    expect(Number(await from.getAttribute('max'))).toBeGreaterThan(0);
    await from.focus();
    await page.keyboard.press('End');
    await page.waitForURL((url) => url.searchParams.has('from'));
    const url = new URL(page.url());
    // Both thumbs on the last month: that whole month, as days.
    expect(url.searchParams.get('from')).toBe('2019-10-01');
    expect(url.searchParams.get('to')).toBe('2019-10-31');
    // The label follows the URL on the next render (the conflict provider may rewrite the URL first): wait for it.
    await page.waitForFunction(
      () => document.querySelector('[data-testid="map-window-range"]')?.textContent === 'October 2019 – October 2019',
    );
    const windowed = (await apiGet<{ items: Place[] }>(page, `/api/analytics/places?${url.searchParams.toString()}`))
      .items;
    // The old circles stay until the new ones arrive: wait for the window's own figures.
    const expected = mapped(windowed)
      .map((place) => `${place.id}:${place.total}`)
      .sort()
      .join(',');
    await page.waitForFunction(
      (want) =>
        [...document.querySelectorAll('[data-testid="places-map"] [data-testid="map-place"]')]
          .map((link) => `${link.getAttribute('data-place-id')}:${link.getAttribute('data-total')}`)
          .sort()
          .join(',') === want,
      expected,
    );
    expect(windowed.length).toBeGreaterThan(0);
    await page.getByTestId('map-window-all').click();
    await page.waitForURL((next) => !next.searchParams.has('from') && !next.searchParams.has('to'));
  });

  it('opens the claims of a place from its circle, by keyboard', async () => {
    const tripoli = places.find((place) => place.nameEn === 'Tripoli')!;
    const circle = page.locator(`[data-testid="places-map"] [data-testid="map-place"][data-place-id="${tripoli.id}"]`);
    await circle.waitFor();
    await circle.focus();
    await page.getByTestId('map-tooltip').waitFor();
    expect(await page.getByTestId('map-tooltip').textContent()).toContain('Tripoli');
    await Promise.all([page.waitForURL(/\/claims\?/), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('location')).toBe(String(tripoli.id));
    await page.waitForFunction(
      (total) => document.querySelector('[data-testid="claims-total"]')?.textContent?.startsWith(String(total)),
      tripoli.total,
    );
  });

  it('shows the map in Arabic, right to left, and a click opens the place’s claims', async () => {
    await page.goto('/map');
    await page.getByTestId('language-switch').click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.waitForSelector('[data-testid="places-map"] svg[data-base-map="loaded"]');
    const tripoli = places.find((place) => place.nameEn === 'Tripoli')!;
    const drawn = await drawnPlaces(page);
    expect(drawn.find((item) => item.id === tripoli.id)!.name).toBe(tripoli.nameAr);
    // The names printed on the map (those with room) are the Arabic ones.
    const labels = await page.locator('.places-map-labels text').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(places.map((place) => place.nameAr)).toContain(label);
    expect(await page.locator('[data-testid="map-table"] thead th').first().textContent()).toBe('المكان');
    await screenshot(page, 'map-ar');

    // Districts of Tripoli overlap; click a place whose centre no smaller circle covers.
    const clear = await page.$$eval('[data-testid="places-map"] [data-testid="map-place"]', (links) =>
      links
        .filter((link) => {
          const box = link.getBoundingClientRect();
          const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
          return hit?.closest('[data-testid="map-place"]') === link;
        })
        .map((link) => link.getAttribute('data-place-id')),
    );
    expect(clear.length).toBeGreaterThan(0);
    const circle = page.locator(`[data-testid="places-map"] [data-testid="map-place"][data-place-id="${clear[0]}"]`);
    await Promise.all([page.waitForURL(/\/claims\?/), circle.click()]);
    expect(new URL(page.url()).searchParams.get('location')).toBe(clear[0]);
    await page.getByTestId('language-switch').click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
  });

  it('puts a map card on the dashboard that opens the Map page with the filters', async () => {
    await page.goto('/dashboard?camp=LNA');
    const card = page.getByTestId('map-card');
    await card.locator('svg[data-base-map="loaded"]').waitFor();
    const lna = (await apiGet<{ items: Place[] }>(page, '/api/analytics/places?camp=LNA')).items;
    expect(await card.locator('[data-testid="map-place"]').count()).toBe(mapped(lna).length);
    await screenshot(page, 'dashboard-map-card-en');
    await Promise.all([page.waitForURL(/\/map\?/), card.getByTestId('open-map').click()]);
    expect(new URL(page.url()).searchParams.get('camp')).toBe('LNA');
    await page.getByTestId('map-other-filters').waitFor();
    expect(foreignRequests).toEqual([]);
  });
});
