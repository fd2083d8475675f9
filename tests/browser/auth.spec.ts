import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { BROWSER_ADMIN } from './support/global-setup';
import { signIn, signOut } from './support/journey';

describe('auth: admin creates an analyst who then signs in', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('creates an analyst, signs out and signs in as the analyst', async () => {
    const { context, page } = await newPage(browser);
    const analyst = { email: `analyst-${Date.now()}@claimline.test`, password: 'analyst-password-123' };
    try {
      await page.goto('/admin/users');
      await page.waitForURL(/\/sign-in\?next=/);
      await signIn(page, BROWSER_ADMIN.email, BROWSER_ADMIN.password);
      // Back where we wanted to go.
      await page.waitForURL(/\/admin\/users/);
      expect(await page.getByTestId('current-role').textContent()).toBe('admin');

      await page.getByTestId('new-user-email').fill(analyst.email);
      await page.getByTestId('new-user-role').selectOption('analyst');
      await page.getByTestId('new-user-password').fill(analyst.password);
      await page.getByTestId('new-user-submit').click();
      await page.getByTestId('user-created').waitFor();
      await page.getByTestId(`user-row-${analyst.email}`).waitFor();
      expect(await page.getByTestId(`user-role-${analyst.email}`).inputValue()).toBe('analyst');
      await screenshot(page, 'auth-users');

      await signOut(page);
      // Signed out for real: a protected page sends us back to sign in.
      await page.goto('/claims');
      await page.waitForURL(/\/sign-in/);

      // A wrong password is refused with a message.
      await page.locator('input[name="email"]').fill(analyst.email);
      await page.locator('input[name="password"]').fill('not-the-password');
      await page.locator('form.sign-in-form button[type="submit"]').click();
      await page.getByTestId('sign-in-error').waitFor();

      await signIn(page, analyst.email, analyst.password);
      await page.waitForURL(/\/claims/);
      expect(await page.getByTestId('current-user').textContent()).toContain(analyst.email);
      expect(await page.getByTestId('current-role').textContent()).toBe('analyst');
      // Analysts do not see the admin area.
      expect(await page.locator('a.nav-link[href="/admin/users"]').count()).toBe(0);
      await page.goto('/admin/users');
      expect(await page.getByTestId('users-table').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
