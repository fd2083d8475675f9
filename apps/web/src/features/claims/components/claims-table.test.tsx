import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { I18nProvider, type Lang } from '../../../lib/i18n';
import { ClaimsTable, type ClaimsTableProps } from './claims-table';
import type { ClaimListItem } from '../api/types';

function claim(id: number, text: string): ClaimListItem {
  return {
    id,
    text,
    cue: 'قال',
    sourceMention: 'المتحدث',
    source: null,
    camp: 'LNA',
    channel: null,
    eventDate: '2019-04-05',
    datePrecision: 'day',
    status: 'unreviewed',
    claimType: null,
    articleId: 1,
    narratives: [],
    locations: [],
    updatedAt: '2019-04-05T10:00:00Z',
    storyOutlets: 1,
  };
}

function renderTable(canEdit = true, selection?: ClaimsTableProps['selection']) {
  const onOpen = vi.fn();
  const onStatusChange = vi.fn();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <ClaimsTable
          items={[claim(1, 'first claim'), claim(2, 'second claim'), claim(3, 'ادعاء ثالث')]}
          canEdit={canEdit}
          onOpen={onOpen}
          onStatusChange={onStatusChange}
          selection={selection}
        />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { onOpen, onStatusChange };
}

function selectedRow() {
  return document.querySelector('tr[aria-selected="true"]')?.getAttribute('data-testid');
}

describe('ClaimsTable keyboard navigation', () => {
  // The focused row is remembered for the tab; each test starts from a fresh one.
  beforeEach(() => sessionStorage.clear());

  it('moves the selection with j and k and opens with Enter', () => {
    const { onOpen } = renderTable();
    expect(selectedRow()).toBeUndefined();
    fireEvent.keyDown(document.body, { key: 'j' });
    expect(selectedRow()).toBe('claim-row-1');
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'j' });
    expect(selectedRow()).toBe('claim-row-3');
    fireEvent.keyDown(document.body, { key: 'k' });
    expect(selectedRow()).toBe('claim-row-2');
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith(2);
  });

  it('sets the status of the selected claim with its shortcut', () => {
    const { onStatusChange } = renderTable();
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'ي', code: 'KeyD' });
    expect(onStatusChange).toHaveBeenCalledWith(expect.objectContaining({ id: 1 }), 'discounted');
    expect(screen.getByTestId('keyboard-help')).toHaveTextContent('Discounted');
    expect(screen.getByTestId('keyboard-help')).not.toHaveTextContent('Contested:');
  });

  it('ignores shortcuts typed into a field and status keys for read-only roles', () => {
    const { onStatusChange } = renderTable(false);
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(screen.getByTestId('status-select-1'), { key: 'k' });
    expect(selectedRow()).toBe('claim-row-1');
    fireEvent.keyDown(document.body, { key: 'f' });
    expect(onStatusChange).not.toHaveBeenCalled();
    expect(screen.getByTestId('status-select-1')).toBeDisabled();
  });

  it('lands on the row it was on when the list comes back', () => {
    const first = renderTable();
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'j' });
    expect(selectedRow()).toBe('claim-row-2');
    expect(first.onOpen).not.toHaveBeenCalled();
    cleanup();
    renderTable();
    expect(selectedRow()).toBe('claim-row-2');
  });
});

describe('ClaimsTable bulk selection', () => {
  beforeEach(() => sessionStorage.clear());

  it('ticks rows by click, shift-click and x (any layout), and all from the header', () => {
    const onToggle = vi.fn();
    const onToggleAll = vi.fn();
    renderTable(true, { ids: new Set([2]), header: 'some', onToggle, onToggleAll });
    expect(screen.getByTestId('select-claim-2')).toBeChecked();
    expect(screen.getByTestId('select-claim-1')).not.toBeChecked();
    expect(screen.getByTestId<HTMLInputElement>('select-all-loaded').indeterminate).toBe(true);
    fireEvent.click(screen.getByTestId('select-claim-1'));
    expect(onToggle).toHaveBeenLastCalledWith(1, false);
    fireEvent.click(screen.getByTestId('select-claim-3'), { shiftKey: true });
    expect(onToggle).toHaveBeenLastCalledWith(3, true);
    // A click in a row also focuses it: k moves up from row 3 and x ticks that row.
    fireEvent.keyDown(document.body, { key: 'k' });
    fireEvent.keyDown(document.body, { key: 'ء', code: 'KeyX' });
    expect(onToggle).toHaveBeenLastCalledWith(2, false);
    fireEvent.click(screen.getByTestId('select-all-loaded'));
    expect(onToggleAll).toHaveBeenCalledTimes(1);
  });
});

describe('ClaimsTable event date', () => {
  function renderDated(lang: Lang, eventDate: string, datePrecision: ClaimListItem['datePrecision']) {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } });
    render(
      <QueryClientProvider client={client}>
        <I18nProvider initialLang={lang}>
          <MemoryRouter>
            <ClaimsTable
              items={[{ ...claim(1, 'first claim'), eventDate, datePrecision }]}
              canEdit={false}
              onOpen={vi.fn()}
              onStatusChange={vi.fn()}
            />
          </MemoryRouter>
        </I18nProvider>
      </QueryClientProvider>,
    );
    return screen.getByTestId('claim-row-1').querySelector('time');
  }

  afterEach(() => {
    cleanup();
    localStorage.clear();
  });

  it('never shows a month or a week as an exact day', () => {
    expect(renderDated('en', '2019-07-15', 'month')).toHaveTextContent(/^mid-July 2019$/);
    cleanup();
    expect(renderDated('en', '2019-09-30', 'week')).toHaveTextContent(/^week of 30 Sept 2019$/);
  });

  it('says in Arabic when the date is only the publication date', () => {
    const time = renderDated('ar', '2019-04-05', 'reported');
    expect(time).toHaveTextContent('5 أبريل 2019 (تاريخ النشر)');
    expect(time).toHaveAttribute('dateTime', '2019-04-05');
  });
});
