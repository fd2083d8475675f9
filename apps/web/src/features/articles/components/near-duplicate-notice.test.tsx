import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { I18nProvider, type Lang } from '../../../lib/i18n';
import { NearDuplicateNotice } from './near-duplicate-notice';
import type { NearDuplicate } from '../utils/near-duplicate';

const NEAR: NearDuplicate = {
  articleId: 12,
  similarity: 0.934,
  rule: 'light-edit',
  title: null,
  outlet: 'Libya Observer',
  publishedAt: '2019-10-07',
};

function renderNotice(lang: Lang, separate = false) {
  const onSeparateChange = vi.fn();
  render(
    <MemoryRouter>
      <I18nProvider initialLang={lang}>
        <NearDuplicateNotice near={NEAR} separate={separate} onSeparateChange={onSeparateChange} />
      </I18nProvider>
    </MemoryRouter>,
  );
  return onSeparateChange;
}

afterEach(() => {
  localStorage.clear();
});

describe('NearDuplicateNotice', () => {
  it('says how much of which article it repeats, with attach chosen by default', () => {
    const onSeparateChange = renderNotice('en');
    expect(screen.getByTestId('near-duplicate')).toHaveTextContent(
      /93 % the same as article #12 \(Libya Observer, .*2019\)/,
    );
    expect(screen.getByRole('link', { name: 'Open article #12' })).toHaveAttribute('href', '/articles/12');
    expect(screen.getByLabelText('Attach to story')).toBeChecked();
    fireEvent.click(screen.getByLabelText('Save as separate'));
    expect(onSeparateChange).toHaveBeenCalledExactlyOnceWith(true);
  });

  it('speaks Arabic', () => {
    renderNotice('ar', true);
    expect(screen.getByTestId('near-duplicate')).toHaveTextContent('مطابق بنسبة');
    expect(screen.getByLabelText('حفظ كمقال مستقل')).toBeChecked();
  });
});
