import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { I18nProvider } from '../../../lib/i18n';
import { SourcesPage } from './sources-page';

const proposal = {
  id: 41,
  key: null,
  nameAr: 'كتيبة المختبر',
  nameEn: '',
  camp: 'LNA',
  kind: 'other',
  status: 'proposed',
  mergedIntoId: null,
  aliases: ['كتيبة المختبر'],
  claimCount: 3,
  createdAt: '2019-10-07T00:00:00.000Z',
  updatedAt: '2019-10-07T00:00:00.000Z',
};

/** The typed client sends Requests: answer by method and path, and keep every request for the assertions. */
function stubApi() {
  const calls: { method: string; path: string }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL) => {
      const request = input instanceof Request ? input : new Request(String(input));
      const path = new URL(request.url).pathname;
      calls.push({ method: request.method, path });
      const analyst = { id: 1, email: 'a@b.c', role: 'analyst' };
      // The signed-in user, by either endpoint the auth hook has read (/me, or /session answering 200 always).
      const body =
        path === '/api/auth/me'
          ? analyst
          : path === '/api/auth/session'
            ? { user: analyst }
            : path === '/api/sources'
              ? { items: [proposal], nextCursor: null }
              : path === '/api/sources/41/reject'
                ? { ...proposal, status: 'rejected', claimCount: 0 }
                : [];
      return Promise.resolve(
        new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }),
      );
    }),
  );
  return calls;
}

function renderPage(lang: 'en' | 'ar') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <I18nProvider initialLang={lang}>
        <MemoryRouter>
          <SourcesPage />
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('SourcesPage proposals', () => {
  it.each([
    ['en', 'Reject', /Reject «كتيبة المختبر»\? It names no source: its 3 claims/],
    ['ar', 'رفض', /رفض «كتيبة المختبر»؟ لا يسمّي مصدرًا/],
  ] as const)('rejects a proposal after a confirmation (%s)', async (lang, label, question) => {
    const calls = stubApi();
    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    renderPage(lang);
    fireEvent.click(screen.getByTestId('tab-proposals'));
    const row = await screen.findByTestId('source-row-41');
    fireEvent.click(within(row).getByRole('button', { name: label }));
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(question));
    await waitFor(() => expect(calls).toContainEqual({ method: 'POST', path: '/api/sources/41/reject' }));
    expect(within(row).getByTestId('source-merge-41')).toBeTruthy();
    expect(within(row).getByTestId('source-rename-41')).toBeTruthy();
  });

  it('sends nothing when the analyst cancels the rejection', async () => {
    const calls = stubApi();
    vi.stubGlobal(
      'confirm',
      vi.fn(() => false),
    );
    renderPage('en');
    fireEvent.click(screen.getByTestId('tab-proposals'));
    fireEvent.click(await screen.findByTestId('source-reject-41'));
    expect(calls.some((call) => call.path.endsWith('/reject'))).toBe(false);
  });
});
