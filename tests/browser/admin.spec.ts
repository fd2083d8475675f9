import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { BROWSER_ADMIN } from './support/global-setup';
import { signIn } from './support/journey';

describe('admin: narratives, the audit log and extraction quality', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('creates a narrative, sees it listed, and finds its create event in the audit log', async () => {
    const { context, page } = await newPage(browser);
    const nameEn = `Foreign mercenaries ${Date.now()}`;
    const nameAr = 'المرتزقة الأجانب';
    try {
      await page.goto('/sign-in');
      await signIn(page, BROWSER_ADMIN.email, BROWSER_ADMIN.password);

      // Reached through the admin navigation, not a typed URL.
      await page.locator('a.nav-link[href="/admin/users"]').click();
      await page.getByTestId('admin-nav-narratives').click();
      await page.waitForURL(/\/admin\/narratives/);

      // Both names are required before anything is sent.
      await page.getByTestId('narrative-submit').click();
      expect(await page.locator('[data-testid="narrative-form"] .field-error').count()).toBe(2);

      await page.getByTestId('narrative-name-en').fill(nameEn);
      await page.getByTestId('narrative-name-ar').fill(nameAr);
      await page.getByTestId('narrative-color').fill('#0072b2');
      await page.getByTestId('narrative-description').fill('Each side says the other fights with foreign fighters.');
      await page.getByTestId('narrative-submit').click();
      await page.getByTestId('narrative-notice').waitFor();

      const row = page.locator('[data-testid^="narrative-row-"]', { hasText: nameEn });
      await row.waitFor();
      expect(await row.textContent()).toContain(nameAr);
      expect(await row.textContent()).toContain('#0072B2');
      const narrativeId = (await row.getAttribute('data-testid'))!.replace('narrative-row-', '');
      // The form is empty again for the next narrative.
      expect(await page.getByTestId('narrative-name-en').inputValue()).toBe('');

      // The same English name again is refused by the API, next to the field.
      await page.getByTestId('narrative-name-en').fill(nameEn);
      await page.getByTestId('narrative-name-ar').fill('مرتزقة');
      await page.getByTestId('narrative-submit').click();
      await page.locator('[data-testid="narrative-form"] .field-error').waitFor();
      expect(await page.getByTestId('narrative-name-en').getAttribute('aria-invalid')).toBe('true');
      await screenshot(page, 'admin-narratives');

      await page.getByTestId('admin-nav-audit').click();
      await page.waitForURL(/\/admin\/audit/);
      await page.getByTestId('audit-entity').selectOption('narrative');
      const event = page.locator(`[data-entity="narrative"][data-entity-id="${narrativeId}"][data-action="create"]`);
      await event.waitFor();
      const text = (await event.textContent()) ?? '';
      expect(text).toContain(BROWSER_ADMIN.email);
      expect(text).toContain(nameEn);
      expect(text).toContain(nameAr);
      // Newest first: the narrative's creation is the latest narrative event.
      expect(await page.locator('[data-testid="audit-table"] tbody tr').first().getAttribute('data-entity-id')).toBe(
        narrativeId,
      );
      await screenshot(page, 'admin-audit');

      // Extraction quality: the figures from the analysts' reviews (the seed's claims are still unreviewed at start,
      // other journeys may have reviewed some), a gold-set download, in both languages.
      await page.getByTestId('admin-nav-quality').click();
      await page.waitForURL(/\/admin\/extraction-quality/);
      await page.getByTestId('quality-figures').waitFor();
      expect(await page.locator('h1').textContent()).toBe('Extraction quality');
      expect(await page.getByTestId('quality-by-camp').count()).toBe(1);
      await page.getByTestId('quality-from').fill('2019-10-01');
      await page.waitForURL(/from=2019-10-01/);
      // The link follows the URL on the next render: wait for it rather than read it once (a flake seen in CI).
      const goldZip = '/api/extraction/gold.zip?from=2019-10-01';
      await page.locator(`[data-testid="quality-gold-zip"][href="${goldZip}"]`).waitFor();
      expect(await page.getByTestId('quality-gold-zip').getAttribute('href')).toBe(goldZip);
      const zip = await page.request.get(goldZip);
      expect(zip.status()).toBe(200);
      expect(zip.headers()['content-type']).toBe('application/zip');
      await page.getByTestId('language-switch').click();
      await page.waitForSelector('html[dir="rtl"][lang="ar"]');
      expect(await page.locator('h1').textContent()).toBe('جودة الاستخراج');
      await screenshot(page, 'admin-extraction-quality-ar');
    } finally {
      await context.close();
    }
  });
});
