import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { signIn } from './support/journey';
import { BROWSER_ADMIN } from './support/global-setup';

/** WCAG relative luminance of `rgb(r, g, b)`. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

/** Pixels of the canvas painted exactly `hex` (a series' colour). */
function countColour(page: Page, selector: string, hex: string): Promise<number> {
  return page.$eval(
    selector,
    (canvas, color) => {
      const element = canvas as HTMLCanvasElement;
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
      const pixels = element.getContext('2d')!.getImageData(0, 0, element.width, element.height).data;
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) count += 1;
      }
      return count;
    },
    hex,
  );
}

async function setLanguage(page: Page, lang: 'en' | 'ar') {
  const current = await page.evaluate(() => document.documentElement.lang);
  if (current === lang) return;
  await page.getByTestId('language-switch').click();
  await page.waitForFunction((wanted) => document.documentElement.lang === wanted, lang);
}

describe('polish: titles, console, keyboard legends, focus ring, 1024 px, PNG captions', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads the sign-in page without console errors or warnings, and titles each page in the UI language', async () => {
    const { context, page } = await newPage(browser);
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
    });
    try {
      await page.goto('/');
      await page.waitForURL(/\/sign-in/);
      await page.locator('form.sign-in-form').waitFor();
      await page.waitForFunction(() => document.title === 'Sign in · Claimline');
      // Neither the session probe's 401 nor react-router's HydrateFallback warning.
      expect(messages).toEqual([]);

      await signIn(page, BROWSER_ADMIN.email, BROWSER_ADMIN.password);
      await page.waitForFunction(() => document.title === 'Dashboard · Claimline');
      await page.getByRole('link', { name: 'Claims', exact: true }).click();
      await page.waitForFunction(() => document.title === 'Claims · Claimline');
      await setLanguage(page, 'ar');
      await page.waitForFunction(() => document.title === 'الادعاءات · Claimline');
      await page.goto('/no-such-page');
      await page.getByRole('heading', { level: 1, name: 'الصفحة غير موجودة' }).waitFor();
      expect(await page.title()).toBe('الصفحة غير موجودة · Claimline');
      expect(messages.filter((text) => text.includes('HydrateFallback'))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('toggles chart series from the keyboard, shows a ≥3:1 focus ring, and never scrolls sideways at 1024 px', async () => {
    const { context, page } = await newPage(browser);
    try {
      await page.setViewportSize({ width: 1024, height: 800 });
      await signIn(page, BROWSER_ADMIN.email, BROWSER_ADMIN.password);
      for (const lang of ['en', 'ar'] as const) {
        await setLanguage(page, lang);
        await page.goto('/dashboard');
        await page.locator('[data-testid="top-sources-card"] table').waitFor();
        await page.locator('[data-testid="timeseries-chart"]').waitFor();
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          inner: window.innerWidth,
          // What sticks out, so a failure names the culprit.
          // (The skip link waits off-screen on the start side, which never scrolls.)
          wide: [...document.querySelectorAll('body *')]
            .filter((element) => {
              const box = element.getBoundingClientRect();
              const out = document.documentElement.dir === 'rtl' ? box.left < -1 : box.right > window.innerWidth + 1;
              // Inside a box that scrolls (a wide table's wrapper), sticking out is that box's business.
              let parent = element.parentElement;
              while (out && parent && parent !== document.body) {
                if (getComputedStyle(parent).overflowX !== 'visible') return false;
                parent = parent.parentElement;
              }
              return out;
            })
            .slice(0, 3)
            .map(
              (element) =>
                `${element.tagName.toLowerCase()}.${element.className} in ${element.closest('[data-testid]')?.getAttribute('data-testid')}: ${Math.round(element.getBoundingClientRect().width)}px`,
            ),
        }));
        const fits = widths.scroll <= widths.inner;
        // The page must not scroll sideways; when it does, the failure names what sticks out.
        expect({ lang, fits, wide: fits ? [] : widths.wide }).toEqual({ lang, fits: true, wide: [] });
        await screenshot(page, `polish-dashboard-1024-${lang}`);
      }

      // The LNA series: a legend button reached and toggled by keyboard hides its bars, and says so.
      const lna = page.locator('[data-testid="timeseries-legend"] button[data-series="LNA"]');
      expect(await lna.getAttribute('aria-pressed')).toBe('true');
      const before = await countColour(page, '[data-testid="timeseries-chart"]', '#D55E00');
      expect(before).toBeGreaterThan(0);
      await lna.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () =>
          document
            .querySelector('[data-testid="timeseries-legend"] button[data-series="LNA"]')
            ?.getAttribute('aria-pressed') === 'false',
      );
      await page.waitForFunction(
        () => {
          const canvas = document.querySelector('[data-testid="timeseries-chart"]') as HTMLCanvasElement;
          const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
          for (let i = 0; i < data.length; i += 4)
            if (data[i] === 0xd5 && data[i + 1] === 0x5e && data[i + 2] === 0x00) return false;
          return true;
        },
        undefined,
        { timeout: 5000 },
      );
      await page.keyboard.press('Space');
      await page.waitForFunction(
        () =>
          document
            .querySelector('[data-testid="timeseries-legend"] button[data-series="LNA"]')
            ?.getAttribute('aria-pressed') === 'true',
      );

      // The keyboard focus ring on a white card: WCAG 2.2 asks for 3:1 against what surrounds it.
      const ring = await lna.evaluate((element) => {
        const style = getComputedStyle(element);
        return { color: style.outlineColor, width: parseFloat(style.outlineWidth), style: style.outlineStyle };
      });
      expect(ring.style).toBe('solid');
      expect(ring.width).toBeGreaterThanOrEqual(2);
      expect(contrast(ring.color, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3);
    } finally {
      await context.close();
    }
  });

  it('writes title, filters, period and source onto the downloaded PNG', async () => {
    const { context, page } = await newPage(browser);
    try {
      await signIn(page, BROWSER_ADMIN.email, BROWSER_ADMIN.password);
      await page.goto('/dashboard?camp=LNA,GNA');
      const chart = page.locator('[data-testid="timeseries-chart"]');
      await chart.waitFor();
      const canvasHeight = await chart.evaluate((canvas) => (canvas as HTMLCanvasElement).height);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-testid="timeseries-card"] [data-testid="download-png"]'),
      ]);
      const file = readFileSync(await download.path());
      // IHDR: width and height are the big-endian words at bytes 16 and 20.
      const height = file.readUInt32BE(20);
      expect(height).toBeGreaterThan(canvasHeight + 60);
      // Draw the PNG back onto a page canvas and read its caption rows: not blank above and below the chart.
      const rows = await page.evaluate(
        async (dataUrl) => {
          const image = new Image();
          image.src = dataUrl;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width;
          canvas.height = image.height;
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(image, 0, 0);
          const inked = (y0: number, y1: number) => {
            const data = ctx.getImageData(0, y0, image.width, y1 - y0).data;
            for (let i = 0; i < data.length; i += 4) if (data[i] < 128) return true;
            return false;
          };
          return { header: inked(0, 50), footer: inked(image.height - 30, image.height) };
        },
        `data:image/png;base64,${file.toString('base64')}`,
      );
      expect(rows).toEqual({ header: true, footer: true });
    } finally {
      await context.close();
    }
  });
});
