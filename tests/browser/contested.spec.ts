import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { apiPost, signInTo } from './support/journey';

/** A day of its own, so the seed article's pairs stay out of this journey's window. */
const DAY = '2019-12-03';
const TAKEN = 'قالت القيادة العامة إن قواتها سيطرت على مطار معيتيقة';
const REPELLED = 'وقالت قوات الحكومة إنها صدت الهجوم على مطار معيتيقة';
const DENIED = 'ونفت قوات الحكومة سقوط مطار معيتيقة';

describe('contested pairs: evidence, a confirmed link, a remembered dismissal', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('links only after a confirmation showing both claims, and a dismissed pair stays gone after reload', async () => {
    const { context, page } = await newPage(browser);
    try {
      await signInTo(page, '/compare');
      const places = (await (await page.request.get('/api/locations?q=Mitiga&limit=1')).json()) as { id: number }[];
      const locationIds = [places[0].id];
      const body = `${TAKEN}. ${REPELLED}. ${DENIED}. (${Date.now()})`;
      const claim = (text: string, camp: string) => ({
        text,
        start: body.indexOf(text),
        end: body.indexOf(text) + text.length,
        camp,
        cue: 'قالت',
        eventDate: { date: DAY, precision: 'day' },
        locationIds,
      });
      await apiPost(page, '/api/articles', {
        title: `[journey] contested ${Date.now()}`,
        outlet: 'Journey Wire',
        url: 'https://example.org/journey-contested',
        body,
        publishedAt: DAY,
        language: 'ar',
        claims: [claim(TAKEN, 'LNA'), claim(REPELLED, 'GNA'), claim(DENIED, 'GNA')],
      });

      await page.goto(`/compare?view=contested&location=${locationIds[0]}&from=${DAY}&to=${DAY}`);
      const pairs = page.getByTestId('contested-pair');
      await pairs.nth(1).waitFor();
      expect(await pairs.count()).toBe(2);
      const repelledPair = pairs.filter({ hasText: 'صدت' });
      const deniedPair = pairs.filter({ hasText: 'ونفت' });
      // The evidence is shown with the words that fired it.
      expect(await repelledPair.getByTestId('contested-evidence').textContent()).toContain('took control ↔ repelled');
      expect(await deniedPair.getByTestId('contested-evidence').textContent()).toContain('Denial');
      expect(await repelledPair.getByTestId('claim-outlet').first().textContent()).toBe('Journey Wire');

      // Dismiss one suggestion: it leaves at once and is still gone after a reload, listed as dismissed.
      await deniedPair.getByTestId('dismiss-pair').click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="contested-pair"]').length === 1);
      await page.reload();
      await page.getByTestId('dismissed-pairs').waitFor();
      await pairs.first().waitFor();
      expect(await pairs.count()).toBe(1);
      await page.getByTestId('dismissed-pairs').locator('summary').click();
      expect(await page.getByTestId('dismissed-pair').first().textContent()).toContain('ونفت');

      // In Arabic, "link as contradicts" opens a confirmation with both claims; nothing is linked before it.
      await page.click('[data-testid="language-switch"]');
      await page.waitForSelector('html[dir="rtl"][lang="ar"]');
      await repelledPair.getByTestId('link-contradicts').click();
      const dialog = page.getByTestId('confirm-link-dialog');
      await dialog.waitFor();
      expect(await dialog.locator('h2').textContent()).toBe('ربط هذين الادعاءين كمتناقضين؟');
      const sides = await dialog.getByTestId('contested-claim').allTextContents();
      expect(sides).toHaveLength(2);
      expect(sides[0]).toContain('سيطرت');
      expect(sides[1]).toContain('صدت');
      await screenshot(page, 'contested-confirm-ar');
      await dialog.getByTestId('confirm-link-cancel').click();
      await dialog.waitFor({ state: 'detached' });
      expect(await repelledPair.getByTestId('pair-linked').count()).toBe(0);

      await repelledPair.getByTestId('link-contradicts').click();
      await dialog.getByTestId('confirm-link').click();
      await repelledPair.getByTestId('pair-linked').waitFor();
      await dialog.waitFor({ state: 'detached' });

      // Side by side: only the two camps with claims get a column; the others are named in one line.
      await page.getByTestId('compare-view-columns').click();
      await page.getByTestId('compare-column').nth(1).waitFor();
      expect(await page.getByTestId('compare-column').count()).toBe(2);
      expect(await page.getByTestId('compare-empty-camps').textContent()).toContain('لا ادعاءات هنا من');
      await screenshot(page, 'compare-columns-ar');
    } finally {
      await context.close();
    }
  });
});
