import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { signInTo } from './support/journey';

const BOM = [0xef, 0xbb, 0xbf];

/** "12 claims · showing 10" → 12 (thousands separators removed). */
function leadingNumber(text: string | null): number {
  const match = /\d[\d,.\u066C\u00A0]*/.exec(text ?? '');
  return match ? Number(match[0].replace(/\D/g, '')) : Number.NaN;
}

/** The list's total once its first page has arrived (it reads 0 while loading). */
async function claimsTotal(page: Page): Promise<number> {
  await page.waitForSelector('[data-testid="claims-table"], [data-testid="claims-total"]');
  await page.waitForLoadState('networkidle');
  await page
    .waitForFunction(
      () => /[1-9]/.test(document.querySelector('[data-testid="claims-total"]')?.textContent ?? ''),
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  return leadingNumber(await page.textContent('[data-testid="claims-total"]'));
}

function readCsv(path: string): { bytes: Buffer; records: string[][] } {
  const bytes = readFileSync(path);
  const records: string[][] = parse(bytes.subarray(3).toString('utf8'), { relax_column_count: false });
  return { bytes, records };
}

describe('CSV exports (seed article)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser));
    await signInTo(page, '/claims');
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it("downloads the claims list's CSV: BOM, header, Arabic intact, one row per claim", async () => {
    const total = await claimsTotal(page);
    expect(total).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="claims-csv"]')]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const { bytes, records } = readCsv(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    const [header, ...rows] = records;
    expect(header.map((cell) => cell.toLowerCase())).toEqual(expect.arrayContaining(['id']));
    expect(header.length).toBeGreaterThan(5);
    expect(rows).toHaveLength(total);
    const text = bytes.toString('utf8');
    expect(text).toContain('وادي الربيع');
    expect(text).toContain('قوات الوفاق');
    expect(text).not.toContain('\uFFFD');
    // CRLF records, as Excel expects.
    expect(text.split('\r\n').length).toBeGreaterThan(total);
  });

  it('exports the same filtered claims from the exports page, showing the rows it streamed', async () => {
    await page.goto('/claims?camp=LNA');
    const total = await claimsTotal(page);
    expect(total).toBeGreaterThan(0);

    await page.goto('/exports?camp=LNA');
    await page.waitForSelector('[data-testid="exports-filters"] [data-key="camp"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="download-claims"]'),
    ]);
    const { bytes, records } = readCsv(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    expect(records.length - 1).toBe(total);
    const status = page.locator('[data-testid="export-status-claims"] [data-rows]');
    await status.waitFor();
    expect(Number(await status.getAttribute('data-rows'))).toBe(total + 1);
    await screenshot(page, 'exports-claims-lna');
  });

  it('exports the time series with its bucket and grouping', async () => {
    await page.goto('/exports');
    await page.waitForSelector('[data-testid="exports-no-filters"]');
    await page.selectOption('[data-testid="export-timeseries"] select >> nth=0', 'day');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="download-timeseries"]'),
    ]);
    const { bytes, records } = readCsv(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    expect(records.length).toBeGreaterThan(1);
  });

  it('exports the articles with their claim counts', async () => {
    await page.goto('/exports?camp=LNA&from=2019-10-01');
    await page.waitForSelector('[data-testid="exports-filters"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="download-articles"]'),
    ]);
    const { bytes, records } = readCsv(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    const [header, ...rows] = records;
    expect(header).toEqual(expect.arrayContaining(['id', 'claims']));
    // Camp does not apply to articles.csv; the publication date does. Other journeys may have added
    // articles to the shared server, so compare with what the API lists for the same window.
    const listed = await page.evaluate(async () => {
      const response = await fetch('/api/articles?limit=100', { credentials: 'same-origin' });
      const body = (await response.json()) as { items: { id: number; publishedAt: string }[] };
      return body.items.filter((article) => article.publishedAt >= '2019-10-01').map((article) => String(article.id));
    });
    expect(rows.map((row) => row[header.indexOf('id')]).sort()).toEqual(listed.sort());
    expect(rows.every((row) => Number(row[header.indexOf('claims')]) > 0)).toBe(true);
  });
});
