import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '../../lib/i18n';
import { RemovableChip } from './removable-chip';

describe('RemovableChip', () => {
  it('names its remove button after the value, in English', () => {
    const onRemove = vi.fn();
    render(
      <>
        <RemovableChip label="Tripoli" onRemove={onRemove} />
        <RemovableChip label="Ain Zara" onRemove={() => undefined} />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove Tripoli' }));
    expect(onRemove).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Remove Ain Zara' })).toBeInTheDocument();
  });

  it('and in Arabic', () => {
    render(
      <I18nProvider initialLang="ar">
        <RemovableChip label="طرابلس" onRemove={() => undefined} />
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: 'إزالة طرابلس' })).toBeInTheDocument();
  });
});
