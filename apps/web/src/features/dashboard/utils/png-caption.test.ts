import { describe, expect, it } from 'vitest';
import { formatDateIn, formatNumberIn, pickMessages, type Lang } from '../../../lib/i18n';
import { dashboardMessages, filterMessages } from '../messages';
import { describeFilters, describePeriod, sourceLine, type CaptionNames, type CaptionTexts } from './png-caption';

function setup(lang: Lang): { texts: CaptionTexts; names: CaptionNames } {
  const t = pickMessages(dashboardMessages, lang);
  const f = pickMessages(filterMessages, lang);
  return {
    texts: {
      filters: t.captionFilters,
      noFilters: t.captionNoFilters,
      period: t.captionPeriod,
      allDates: t.captionAllDates,
      source: t.captionSource,
      separator: t.captionSeparator,
      labels: { camp: f.camps, source: f.sources, q: f.search },
    },
    names: {
      value: (key, value) => (key === 'camp' ? { LNA: lang === 'ar' ? 'الجيش' : 'LNA', GNA: 'GNA' }[value]! : value),
      formatDate: (day) => formatDateIn(lang, day),
      formatNumber: (n) => formatNumberIn(lang, n),
    },
  };
}

describe('PNG caption', () => {
  it('writes the filters, the period and the source line in English', () => {
    const { texts, names } = setup('en');
    const filters = { camp: ['LNA', 'GNA'], source: [3, 7], q: 'airport', from: '2019-10-01' };
    expect(describeFilters(filters, texts, names)).toBe('Filters: Camps: LNA, GNA · Sources (2) · Text: airport');
    expect(describePeriod(filters, { from: '2019-09-30', to: '2019-10-14' }, texts, names)).toBe(
      'Period: 1 Oct 2019 – 14 Oct 2019',
    );
    expect(describePeriod({}, {}, texts, names)).toBe('Period: all dates');
    expect(sourceLine(texts, names, new Date('2026-12-06T10:00:00Z'))).toBe('Source: Claimline, 6 Dec 2026');
  });

  it('writes them in Arabic', () => {
    const { texts, names } = setup('ar');
    expect(describeFilters({ camp: ['LNA', 'GNA'] }, texts, names)).toBe('عوامل التصفية: المعسكرات: الجيش، GNA');
    expect(describeFilters({}, texts, names)).toBe('عوامل التصفية: لا شيء');
    expect(sourceLine(texts, names, new Date('2026-12-06T10:00:00Z'))).toMatch(/^المصدر: Claimline، .+2026$/);
  });
});
