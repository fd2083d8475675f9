import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { apiPost, signInTo } from './support/journey';

// A Sudan report of our own (El Fasher), one claim for each side, named as the sudan-2023 pack names them.
const SUDAN_BODY = [
  'الفاشر، 12 مايو 2024 — تصاعد القتال في مدينة الفاشر بشمال دارفور خلال اليومين الماضيين.',
  'قال المتحدث باسم الجيش السوداني نبيل عبد الله إن القوات المسلحة صدت هجومًا واسعًا على المدينة من محورها الشرقي.',
  'وقالت قوات الدعم السريع في بيان إنها سيطرت على مواقع جديدة قرب سوق الفاشر وأسرت عددًا من الجنود.',
  'ولم يتسنَّ التحقق من روايتي الطرفين من مصدر مستقل.',
].join('\n\n');
// Words only the Sudan article has, and words only the seed article (Tripoli, 2019) has.
const SUDAN_WORDS = 'الفاشر';
const SEED_WORDS = 'قوات الوفاق';

type ClaimPage = { items: { id: number; text: string }[]; total: number };

const idsOf = (claims: ClaimPage) => claims.items.map((claim) => claim.id);

async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  if (!response.ok()) throw new Error(`GET ${path} → ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The claims list's text once it shows exactly the expected claims (its rows, not its worded total). */
async function claimRowsText(page: Page, expectedIds: number[]): Promise<string> {
  const selector = expectedIds.map((id) => `[data-testid="claim-row-${id}"]`).join(', ');
  await page.waitForFunction(
    ({ rows, count }) =>
      document.querySelectorAll(rows).length === count &&
      document.querySelectorAll('[data-testid^="claim-row-"]').length === count,
    { rows: selector, count: expectedIds.length },
    { timeout: 15_000 },
  );
  return (await page.locator('[data-testid="claims-table"]').textContent()) ?? '';
}

async function switchTo(page: Page, conflict: string): Promise<void> {
  await page.selectOption('[data-testid="conflict-switcher"]', conflict);
  await page.waitForURL((url) => url.searchParams.get('conflict') === conflict);
}

describe('conflicts: switcher, scoped pages, admin packs', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let sudan: ClaimPage;
  let libya: ClaimPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser));
    await signInTo(page, '/dashboard');
    await apiPost(page, '/api/articles', {
      title: `[journey] El Fasher ${Date.now()}`,
      outlet: 'Journey Wire',
      body: SUDAN_BODY,
      publishedAt: '2024-05-12',
      language: 'ar',
      conflict: 'sudan-2023',
    });
    // The first page of each list, as the claims page shows it (50 a page).
    sudan = await apiGet<ClaimPage>(page, '/api/claims?conflict=sudan-2023&limit=50');
    libya = await apiGet<ClaimPage>(page, '/api/claims?conflict=libya-2019&limit=50');
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('the API keeps the Sudan article out of the default conflict', () => {
    expect(sudan.total).toBeGreaterThanOrEqual(2);
    expect(sudan.items.every((claim) => !claim.text.includes(SEED_WORDS))).toBe(true);
    expect(libya.items.some((claim) => claim.text.includes(SUDAN_WORDS))).toBe(false);
  });

  it('opens on the default conflict, kept in the URL, and switching to Sudan shows SAF and RSF on the dashboard', async () => {
    await page.waitForURL((url) => url.searchParams.get('conflict') === 'libya-2019');
    await page.getByTestId('camp-LNA').waitFor();
    await switchTo(page, 'sudan-2023');
    await page.getByTestId('camp-RSF').waitFor();
    await page.getByTestId('camp-SAF').waitFor();
    expect(await page.getByTestId('camp-LNA').count()).toBe(0);
    await page.click('[data-testid="timeseries-card"] [data-testid="chart-table"] summary');
    await page.waitForSelector('[data-testid="timeseries-table"] thead th[data-key="RSF"]');
    const keys = await page.$$eval('[data-testid="timeseries-table"] thead th[data-key]', (cells) =>
      cells.map((cell) => cell.getAttribute('data-key')),
    );
    expect(keys).toEqual(expect.arrayContaining(['SAF', 'RSF']));
    expect(keys).not.toContain('LNA');
    await page.waitForFunction(
      (total) => document.querySelector('[data-testid="dashboard-total"]')?.getAttribute('data-total') === total,
      String(sudan.total),
    );
    await screenshot(page, 'conflicts-dashboard-sudan');
  });

  it('the claims list, reached through the nav, shows only the Sudan claims; back on Libya the seed claims', async () => {
    await page.click('nav.app-nav a[href^="/claims"]');
    await page.waitForURL((url) => url.pathname === '/claims' && url.searchParams.get('conflict') === 'sudan-2023');
    const sudanRows = await claimRowsText(page, idsOf(sudan));
    expect(sudanRows).toContain(SUDAN_WORDS);
    expect(sudanRows).not.toContain(SEED_WORDS);

    await switchTo(page, 'libya-2019');
    const libyaRows = await claimRowsText(page, idsOf(libya));
    expect(libyaRows).toContain(SEED_WORDS);
    expect(libyaRows).not.toContain(SUDAN_WORDS);
  });

  it('in Arabic the switcher names the conflicts in Arabic and the legend follows Sudan', async () => {
    await page.click('[data-testid="language-switch"]');
    await page.waitForSelector('html[dir="rtl"][lang="ar"]');
    const options = await page.$$eval('[data-testid="conflict-switcher"] option', (items) =>
      items.map((item) => item.textContent ?? ''),
    );
    expect(options.every((name) => /[\u0600-\u06FF]/.test(name))).toBe(true);
    await switchTo(page, 'sudan-2023');
    const rsf = page.getByTestId('camp-RSF');
    await rsf.waitFor();
    expect(await rsf.textContent()).toMatch(/[\u0600-\u06FF]/);
    const sudanRows = await claimRowsText(page, idsOf(sudan));
    expect(sudanRows).toContain(SUDAN_WORDS);
    await screenshot(page, 'conflicts-claims-sudan-ar');
  });

  it('the admin page shows an invalid pack’s errors with their line, in Arabic then in English', async () => {
    await page.goto('/admin/conflicts');
    await page.getByTestId('conflict-sudan-2023').waitFor();
    expect(new URL(page.url()).searchParams.get('conflict')).toBe('sudan-2023');
    const pack = ['schemaVersion: 1', 'id: Not Kebab', 'camps:', '  - id: SAF', '    role: nonsense', ''].join('\n');
    await page.setInputFiles('[data-testid="pack-file"]', {
      name: 'broken.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(pack, 'utf8'),
    });
    const errors = page.getByTestId('pack-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toMatch(/السطر \d+/);
    await page.click('[data-testid="language-switch"]');
    await page.waitForSelector('html[dir="ltr"][lang="en"]');
    expect(await errors.textContent()).toMatch(/line \d+/);
    await screenshot(page, 'conflicts-admin-pack-errors');
  });

  it("the export link answers the conflict's pack as YAML", async () => {
    const href = await page.getByTestId('pack-export-sudan-2023').getAttribute('href');
    expect(href).toBe('/api/conflicts/sudan-2023/pack');
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/yaml/);
    const text = await response.text();
    expect(text).toMatch(/^id: sudan-2023$/m);
    expect(text).toContain('RSF');
  });
});
