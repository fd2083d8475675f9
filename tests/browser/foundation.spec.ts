import type { Browser } from 'playwright-core';
import { CAMPS } from '@claimline/contracts';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { BROWSER_ADMIN } from './support/global-setup';
import { signIn } from './support/journey';

describe('foundation: shell, sign-in and Arabic', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs in, switches to Arabic right-to-left and shows the five camps in Arabic', async () => {
    const { context, page } = await newPage(browser);
    try {
      await page.goto('/');
      // No session yet: the app sends us to sign in, remembering where we were going.
      await page.waitForURL(/\/sign-in/);
      await signIn(page, BROWSER_ADMIN.email, BROWSER_ADMIN.password);
      await page.waitForURL(/\/dashboard/);
      expect(await page.getByTestId('current-user').textContent()).toContain(BROWSER_ADMIN.email);

      await page.getByTestId('language-switch').click();
      await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      expect(await page.evaluate(() => document.documentElement.getAttribute('dir'))).toBe('rtl');
      expect(await page.evaluate(() => document.documentElement.getAttribute('lang'))).toBe('ar');
      expect(await page.getByTestId('language-switch').textContent()).toBe('English');

      for (const camp of CAMPS) {
        const item = page.getByTestId(`camp-${camp.id}`);
        await item.waitFor();
        expect((await item.textContent())?.trim()).toBe(camp.nameAr);
        expect(await item.isVisible()).toBe(true);
      }

      // The Arabic face is the bundled Noto Naskh Arabic, not a system fallback or a CDN.
      const fontLoaded = await page.evaluate(async () => {
        await document.fonts.ready;
        return document.fonts.check('16px "Noto Naskh Arabic"', 'العربية');
      });
      expect(fontLoaded).toBe(true);

      // The choice survives a reload.
      await page.reload();
      await page.getByTestId('camp-LNA').waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await screenshot(page, 'foundation-arabic-rtl');
    } finally {
      await context.close();
    }
  });
});
