import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { apiPost, signInTo } from './support/journey';

/** Two camps' statements about the same event, in an article of this journey's own. */
const BODY =
  'قال المتحدث باسم القوات المسلحة إن وحداته سيطرت على المطار صباح اليوم. ' +
  'ونفت قوات الحكومة ذلك، وقالت إن المطار ما زال تحت سيطرتها الكاملة.';

describe('grades that stick: a link regrades the claim and the tagging form follows', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the contested grade after a link, offers it only then, and saves the form without a false conflict', async () => {
    const { context, page } = await newPage(browser);
    try {
      await signInTo(page, '/claims');
      const first = BODY.indexOf('وحداته');
      const second = BODY.indexOf('المطار ما زال');
      const article = await apiPost<{ id: number; claimIds?: number[] }>(page, '/api/articles', {
        title: `[journey] grading ${Date.now()}`,
        body: `${BODY} (${Date.now()})`,
        publishedAt: '2019-10-07',
        language: 'ar',
        claims: [
          {
            text: BODY.slice(first, BODY.indexOf('.', first)),
            start: first,
            end: BODY.indexOf('.', first),
            camp: 'LNA',
            cue: 'قال',
          },
          {
            text: BODY.slice(second, BODY.indexOf('.', second)),
            start: second,
            end: BODY.indexOf('.', second),
            camp: 'GNA',
            cue: 'قالت',
          },
        ],
      });
      const list = await page.request.get(`/api/claims?article=${article.id}&sort=createdAt`);
      const [claimA, claimB] = ((await list.json()) as { items: { id: number }[] }).items;

      await page.goto(`/claims/${claimA.id}`);
      const status = page.getByTestId('tag-status');
      await status.waitFor();
      // No link yet: contested is not a choice the server would accept, and the form says how it is reached.
      expect(await status.locator('option').allTextContents()).not.toContain('Contested');
      expect(await page.getByTestId('tag-status-hint').textContent()).toContain('link');

      // The analyst starts a note, then links the claim to the other camp's denial.
      await page.getByTestId('tag-note').fill('The airport claim is denied by the other side.');
      await page.getByTestId('link-relation').selectOption('contradicts');
      await page.getByTestId('link-other-id').fill(String(claimB.id));
      await page.getByTestId('link-submit').click();
      await page.locator('li[data-testid^="link-"]').first().waitFor({ timeout: 15_000 });

      // The form takes the new grade in without losing the note being typed.
      await page.waitForFunction(
        () => document.querySelector<HTMLSelectElement>('[data-testid="tag-status"]')?.value === 'contested',
      );
      expect(await page.getByTestId('tag-note').inputValue()).toBe('The airport claim is denied by the other side.');

      // Saving now is not a "changed by someone else" conflict and does not revert the grade.
      await page.getByTestId('tag-save').click();
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="tagging-notice"]')?.textContent?.includes('Saved'),
      );
      const stored = (await (await page.request.get(`/api/claims/${claimA.id}`)).json()) as {
        status: string;
        note: string;
      };
      expect(stored).toMatchObject({ status: 'contested', note: 'The airport claim is denied by the other side.' });
      await screenshot(page, 'grading-sticks');
    } finally {
      await context.close();
    }
  });
});
