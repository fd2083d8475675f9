import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { I18nProvider, type Lang } from '../../../lib/i18n';
import { ClaimCard } from './claim-card';
import type { CompareClaim } from '../types';

function claim(eventDate: string, datePrecision: CompareClaim['datePrecision']): CompareClaim {
  return {
    id: 5,
    articleId: 2,
    camp: 'GNA',
    cue: 'قال',
    datePrecision,
    eventDate,
    sourceMention: 'المتحدث',
    sourceName: 'Operations Room',
    sourceNameAr: 'غرفة العمليات',
    status: 'unreviewed',
    text: 'الوفاق: المطار تحت سيطرتنا',
  };
}

function dateShown(lang: Lang, eventDate: string, precision: CompareClaim['datePrecision']) {
  const { unmount } = render(
    <I18nProvider initialLang={lang}>
      <MemoryRouter>
        <ClaimCard claim={claim(eventDate, precision)} article={undefined} />
      </MemoryRouter>
    </I18nProvider>,
  );
  const time = screen.getByTestId('compare-claim').querySelector('time')!;
  const shown = { text: time.textContent, dateTime: time.getAttribute('dateTime') };
  unmount();
  return shown;
}

describe('ClaimCard event date', () => {
  it('shows the date only as precisely as it is known, in English', () => {
    expect(dateShown('en', '2019-07-15', 'month')).toEqual({ text: 'mid-July 2019', dateTime: '2019-07-15' });
    expect(dateShown('en', '2019-09-30', 'week').text).toBe('week of 30 Sept 2019');
    expect(dateShown('en', '2019-04-05', 'reported').text).toBe('5 April 2019 (reported)');
    expect(dateShown('en', '2019-04-05', 'day').text).toBe('5 April 2019');
  });

  it('and in Arabic', () => {
    expect(dateShown('ar', '2019-07-15', 'month').text).toBe('منتصف يوليو 2019');
    expect(dateShown('ar', '2019-04-05', 'reported').text).toBe('5 أبريل 2019 (تاريخ النشر)');
  });
});
