import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { InlineStatusSelect } from './inline-status-select';

function renderSelect() {
  const onCommit = vi.fn();
  render(
    <InlineStatusSelect
      status="unreviewed"
      label="Status of claim 1"
      disabled={false}
      testId="s"
      onCommit={onCommit}
    />,
  );
  return { onCommit, select: screen.getByTestId<HTMLSelectElement>('s') };
}

describe('InlineStatusSelect', () => {
  it('saves a mouse pick at once', () => {
    const { onCommit, select } = renderSelect();
    fireEvent.change(select, { target: { value: 'confirmed' } });
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('confirmed');
  });

  it('saves nothing while arrowing through the options, then the one chosen with Enter', () => {
    const { onCommit, select } = renderSelect();
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    fireEvent.change(select, { target: { value: 'single-source' } });
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    fireEvent.change(select, { target: { value: 'confirmed' } });
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.keyDown(select, { key: 'Enter' });
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('confirmed');
  });

  it('saves the arrowed choice when the select loses focus, and nothing after Escape', () => {
    const { onCommit, select } = renderSelect();
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    fireEvent.change(select, { target: { value: 'discounted' } });
    fireEvent.keyDown(select, { key: 'Escape' });
    fireEvent.blur(select);
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    fireEvent.change(select, { target: { value: 'discounted' } });
    fireEvent.blur(select);
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('discounted');
  });

  it('does not offer the statuses that come from links', () => {
    const { select } = renderSelect();
    const values = [...select.options].map((option) => option.value);
    expect(values).not.toContain('contested');
    expect(values).not.toContain('corroborated');
  });
});
