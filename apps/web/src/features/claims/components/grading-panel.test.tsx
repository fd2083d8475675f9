import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { I18nProvider } from '../../../lib/i18n';
import { GradingPanel } from './grading-panel';
import type { ClaimGrading } from '../api/types';

function renderPanel(grading: ClaimGrading) {
  // The camp badges ask for the camps; an empty answer falls back to the ids.
  vi.stubGlobal(
    'fetch',
    vi.fn().mockResolvedValue(new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } })),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <I18nProvider>
        <MemoryRouter>
          <GradingPanel grading={grading} />
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('GradingPanel', () => {
  it('names the contradicting claims with links to them', () => {
    renderPanel({
      derived: 'contested',
      explanation: 'Contradicted by claim #14 (GNA)',
      contestedBy: [{ linkId: 3, claimId: 14, camp: 'GNA' }],
      corroboratedBy: [],
    });
    expect(screen.getByText(/Contested/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /#14/ })).toHaveAttribute('href', '/claims/14');
  });

  it('says so when no link grades the claim', () => {
    renderPanel({ derived: null, explanation: 'No links', contestedBy: [], corroboratedBy: [] });
    expect(screen.getByText(/No link to a claim of another camp/)).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
