import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { ChartLegend } from './chart-legend';

describe('ChartLegend', () => {
  it('offers each series as a toggle button that says whether it is shown', () => {
    const onToggle = vi.fn();
    render(
      <ChartLegend
        items={[
          { id: 'LNA', label: 'Libyan National Army', color: '#D55E00', hidden: false },
          { id: 'GNA', label: 'Government of National Accord', color: '#0072B2', hidden: true },
        ]}
        onToggle={onToggle}
      />,
    );
    const lna = screen.getByRole('button', { name: 'Libyan National Army' });
    expect(lna).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Government of National Accord' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    // A native button: Enter and Space click it, so the keyboard reaches every series.
    lna.focus();
    expect(lna).toHaveFocus();
    fireEvent.click(lna);
    expect(onToggle).toHaveBeenCalledWith('LNA');
  });
});
