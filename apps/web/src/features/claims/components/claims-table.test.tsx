import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { ClaimsTable } from './claims-table';
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
  };
}

function renderTable(canEdit = true) {
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
});
