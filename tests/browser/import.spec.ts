import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { BROWSER_ADMIN } from './support/global-setup';
import { signIn } from './support/journey';

const ARTICLES = [
  {
    title: 'UN envoy calls for ceasefire around Tripoli',
    body: 'The UN envoy Ghassan Salame said on Monday that both sides must return to talks. "There is no military solution," he told reporters in Tripoli.',
    publishedAt: '2019-10-07',
    language: 'en',
    outlet: 'Import Journey Wire',
    url: 'https://example.org/import/1',
  },
  {
    title: 'قوات الوفاق تعلن صد هجوم جنوب طرابلس',
    body: 'أعلن المتحدث باسم عملية بركان الغضب أن القوات صدت هجوما على محور عين زارة جنوب العاصمة طرابلس يوم الأحد.',
    publishedAt: '2019-10-06',
    language: 'ar',
    outlet: 'Import Journey Wire',
    url: 'https://example.org/import/2',
  },
  {
    title: 'الجيش الوطني يعلن تقدمه في محور صلاح الدين',
    body: 'قال المركز الإعلامي لغرفة عمليات الكرامة إن وحدات الجيش تقدمت في محور صلاح الدين وسيطرت على مواقع جديدة.',
    publishedAt: '2019-10-05',
    language: 'ar',
    outlet: 'Import Journey Wire',
    url: 'https://example.org/import/3',
  },
];

describe('import: a JSONL file of three articles', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('uploads the file and watches the progress reach 100%', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimline-import-'));
    const file = join(dir, 'articles.jsonl');
    writeFileSync(file, `${ARTICLES.map((article) => JSON.stringify(article)).join('\n')}\n`, 'utf8');

    const { context, page } = await newPage(browser);
    try {
      await page.goto('/sign-in?next=/articles');
      await signIn(page, BROWSER_ADMIN.email, BROWSER_ADMIN.password);
      await page.waitForURL(/\/articles(\?|$)/);
      await page.getByTestId('import-file').setInputFiles(file);
      await page.getByTestId('import-start').click();
      const bar = page.locator('[data-testid="import-progress"] [role="progressbar"]');
      await Promise.race([
        bar.waitFor({ timeout: 15_000 }),
        page
          .getByTestId('import-error')
          .waitFor({ timeout: 15_000 })
          .then(async () => {
            throw new Error(`The import did not start: ${await page.getByTestId('import-error').textContent()}`);
          }),
      ]);
      await page.waitForFunction(
        () =>
          document
            .querySelector('[data-testid="import-progress"] [role="progressbar"]')
            ?.getAttribute('aria-valuenow') === '100',
        undefined,
        { timeout: 45_000 },
      );
      await page.getByTestId('import-finished').waitFor();
      expect(await page.getByTestId('import-counts').textContent()).toContain('3');
      // The imported articles show up in the list.
      await page.waitForFunction(
        () => document.querySelector('[data-testid="articles-table"]')?.textContent?.includes('Import Journey Wire'),
        undefined,
        {
          timeout: 15_000,
        },
      );
      await screenshot(page, 'import-done');
    } finally {
      await context.close();
    }
  });
});
