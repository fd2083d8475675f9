import type { Page } from 'playwright-core';
import { BROWSER_ADMIN } from './global-setup';

/** Signs in through the real form and waits for the shell. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  if (!page.url().includes('/sign-in')) await page.goto('/sign-in');
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form.sign-in-form button[type="submit"]').click();
  await page.getByTestId('current-user').waitFor({ timeout: 15_000 });
}

/** Signs in from `/sign-in?next=<path>` and waits to land on that path, for journeys that start on one page. */
export async function signInTo(
  page: Page,
  next: string,
  user: { email: string; password: string } = BROWSER_ADMIN,
): Promise<void> {
  await page.goto(`/sign-in?next=${next}`);
  await page.fill('input[name="email"]', user.email);
  await page.fill('input[name="password"]', user.password);
  await Promise.all([
    page.waitForURL((url) => url.pathname === next),
    page.click('form.sign-in-form button[type="submit"]'),
  ]);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('sign-out').click();
  await page.waitForURL(/\/sign-in/);
}

/** A JSON write with the session's CSRF cookie, for journey setup the UI does not offer (narratives). */
export async function apiPost<T>(page: Page, path: string, body: unknown): Promise<T> {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((cookie) => cookie.name === 'claimline_csrf')?.value ?? '';
  const response = await page.request.post(path, { data: body, headers: { 'X-CSRF-Token': csrf } });
  if (!response.ok()) throw new Error(`POST ${path} → ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}
