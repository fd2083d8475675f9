import { useCamps, findCamp } from '../../../lib/camps';
import { useState } from 'react';
import { defineMessages, useI18n, useMessages } from '../../../lib/i18n';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Spinner } from '../../../components/ui/spinner';
import type { ClaimFilters } from '@claimline/contracts';
import { useFraming } from '../api/get-framing';
import { dashboardMessages } from '../messages';
import { toFramingRows } from '../utils/lists';
import { ChartCard } from './chart-card';

export type FramingCardProps = { filters: ClaimFilters };

const TONES = ['pejorative', 'neutral', 'legitimising'] as const;

const copyMessages = defineMessages({
  perOutlet: {
    en: 'Per outlet: count reprints of a story for each outlet that ran them',
    ar: 'لكل وسيلة: احتساب إعادة نشر القصة لكل وسيلة نشرتها',
  },
});

export function FramingCard({ filters }: FramingCardProps) {
  const t = useMessages(dashboardMessages);
  const { lang, formatNumber } = useI18n();
  const { data: camps } = useCamps();
  // The current conflict's camps in their order (LNA/GNA for Libya, SAF/RSF for Sudan).
  const campOrder = [...(camps ?? [])].sort((a, b) => a.order - b.order).map((camp) => camp.id);
  const copyText = useMessages(copyMessages);
  // On by default: each outlet's wording of a reprint is its own framing. Off: each story counted once.
  const [perOutlet, setPerOutlet] = useState(true);
  const {
    data = [],
    error,
    isPending,
  } = useFraming({
    outlet: filters.outlet,
    from: filters.from,
    to: filters.to,
    copies: perOutlet ? 'include' : 'exclude',
  });

  function toneLabel(tone: string) {
    return (TONES as readonly string[]).includes(tone) ? t[`tone_${tone as (typeof TONES)[number]}`] : tone;
  }

  return (
    <ChartCard title={t.framingTitle} help={t.framingHelp} testId="framing-card">
      <label className="row">
        <input
          type="checkbox"
          checked={perOutlet}
          onChange={(event) => setPerOutlet(event.target.checked)}
          data-testid="framing-copies"
        />{' '}
        {copyText.perOutlet}
      </label>
      {error ? <ErrorMessage error={error} /> : null}
      {isPending ? <Spinner label={t.loading} /> : null}
      {!isPending && !error && data.every((outlet) => outlet.labels.length === 0) ? (
        <p className="muted">{t.noFraming}</p>
      ) : null}
      {data
        .filter((outlet) => outlet.labels.length > 0)
        .map((outlet) => {
          const name = outlet.outletName || t.noOutlet;
          return (
            <div className="table-wrap framing-outlet" key={outlet.outletId ?? 'none'}>
              <table className="table" data-testid="framing-table">
                <caption>
                  <bdi>{name}</bdi>
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t.label}</th>
                    <th scope="col">{t.camp}</th>
                    <th scope="col">{t.tone}</th>
                    <th scope="col">{t.narration}</th>
                    <th scope="col">{t.quote}</th>
                  </tr>
                </thead>
                <tbody>
                  {toFramingRows(outlet, campOrder).map((row) => {
                    const camp = findCamp(camps, row.camp);
                    return (
                      <tr key={`${row.camp}:${row.label}:${row.tone}`} data-tone={row.tone}>
                        <th scope="row" dir="auto">
                          {row.label}
                        </th>
                        <td>
                          <span className="camp-swatch" style={{ backgroundColor: camp.color }} aria-hidden="true" />{' '}
                          <bdi>{lang === 'ar' ? camp.nameAr : camp.nameEn}</bdi>
                        </td>
                        <td>
                          <span className={`tone tone-${row.tone}`}>{toneLabel(row.tone)}</span>
                        </td>
                        <td>{formatNumber(row.narration)}</td>
                        <td>{formatNumber(row.quote)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          );
        })}
    </ChartCard>
  );
}
