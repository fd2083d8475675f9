import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { signInTo } from './support/journey';

/** The status each listed claim shows, by claim id. */
async function shownStatuses(page: Page, ids: number[]): Promise<string[]> {
  return Promise.all(ids.map((id) => page.getByTestId(`status-select-${id}`).inputValue()));
}

describe('bulk review: tick claims with click and shift-click, set a status, undo it', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('changes three claims in one action and puts them back', async () => {
    const { context, page } = await newPage(browser);
    try {
      await signInTo(page, '/claims');
      await page.getByTestId('claims-table').waitFor();
      const ids = await page
        .locator('tbody tr[data-testid^="claim-row-"]')
        .evaluateAll((rows) =>
          rows.slice(0, 3).map((row) => Number(row.getAttribute('data-testid')!.split('-').pop())),
        );
      expect(ids).toHaveLength(3);

      // The Arabic seed claims read right to left in the English interface, underlined only on hover.
      const link = page.getByTestId(`claim-row-${ids[0]}`).locator('a.claim-link');
      const style = await link.evaluate((el) => {
        const css = getComputedStyle(el);
        return { direction: css.direction, display: css.display, underline: css.textDecorationLine };
      });
      expect(style).toEqual({ direction: 'rtl', display: 'block', underline: 'none' });

      const before = await shownStatuses(page, ids);
      await page.getByTestId(`select-claim-${ids[0]}`).click();
      await page.getByTestId(`select-claim-${ids[2]}`).click({ modifiers: ['Shift'] });
      for (const id of ids) expect(await page.getByTestId(`select-claim-${id}`).isChecked()).toBe(true);
      expect(await page.getByTestId('bulk-count').textContent()).toBe('3 claims selected');

      const target = before.includes('discounted') ? 'confirmed' : 'discounted';
      await page.getByTestId('bulk-status').selectOption(target);
      await page.getByTestId('bulk-apply').click();
      await page.getByTestId('bulk-summary').waitFor();
      expect(await page.getByTestId('bulk-summary').textContent()).toContain(
        `Changed ${before.filter((status) => status !== target).length}`,
      );
      await page.waitForFunction(
        ({ ids, target }) =>
          ids.every(
            (id) => document.querySelector<HTMLSelectElement>(`[data-testid="status-select-${id}"]`)?.value === target,
          ),
        { ids, target },
      );
      await screenshot(page, 'claims-bulk-applied');

      await page.getByTestId('bulk-undo').click();
      await page.getByTestId('bulk-undone').waitFor();
      await page.waitForFunction(
        ({ ids, before }) =>
          ids.every(
            (id, i) =>
              document.querySelector<HTMLSelectElement>(`[data-testid="status-select-${id}"]`)?.value === before[i],
          ),
        { ids, before },
      );
      expect(await shownStatuses(page, ids)).toEqual(before);
    } finally {
      await context.close();
    }
  });
});
