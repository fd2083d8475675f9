import { useCallback, useMemo } from 'react';
import type { ClaimFilterKey, ClaimFilters } from '@claimline/contracts';
import { findCamp, useCamps } from '../../../lib/camps';
import type { ChartPngCaption } from '../../../lib/chart-png';
import { statusMessages } from '../../../lib/domain-labels';
import { useI18n, useMessages } from '../../../lib/i18n';
import { dashboardMessages, filterMessages } from '../messages';
import {
  describeFilters,
  describePeriod,
  sourceLine,
  type CaptionNames,
  type CaptionTexts,
} from '../utils/png-caption';

/** Builds what a chart's PNG carries besides the chart: title, filters, period, legend, source line. */
export function usePngCaption(filters: ClaimFilters) {
  const t = useMessages(dashboardMessages);
  const f = useMessages(filterMessages);
  const statuses = useMessages(statusMessages);
  const { lang, dir, formatDate, formatNumber } = useI18n();
  const { data: camps } = useCamps();

  const texts = useMemo<CaptionTexts>(
    () => ({
      filters: t.captionFilters,
      noFilters: t.captionNoFilters,
      period: t.captionPeriod,
      allDates: t.captionAllDates,
      source: t.captionSource,
      separator: t.captionSeparator,
      labels: {
        camp: f.camps,
        source: f.sources,
        narrative: f.narratives,
        status: f.statuses,
        location: f.places,
        outlet: f.outlets,
        q: f.search,
        article: t.article,
      },
    }),
    [t, f],
  );
  const names = useMemo<CaptionNames>(
    () => ({
      value: (key: ClaimFilterKey, value: string) => {
        if (key === 'camp') {
          const camp = findCamp(camps, value);
          return lang === 'ar' ? camp.nameAr : camp.nameEn;
        }
        if (key === 'status') return statuses[value as keyof typeof statuses] ?? value;
        if (key === 'q') return `“${value}”`;
        return value;
      },
      formatDate: (day: string) => formatDate(day),
      formatNumber: (n: number) => formatNumber(n),
    }),
    [camps, lang, statuses, formatDate, formatNumber],
  );

  return useCallback(
    (title: string, drawn: { from?: string; to?: string }, legend: ChartPngCaption['legend']): ChartPngCaption => ({
      title,
      lines: [describeFilters(filters, texts, names), describePeriod(filters, drawn, texts, names)],
      legend,
      source: sourceLine(texts, names),
      dir,
    }),
    [filters, texts, names, dir],
  );
}
