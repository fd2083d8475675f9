import { Link } from 'react-router';
import { downloadUrl } from '../../../lib/api-client';
import { useI18n, useMessages } from '../../../lib/i18n';
import { CampBadge } from '../../../components/ui/camp-badge';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Spinner } from '../../../components/ui/spinner';
import { useTopSources } from '../api/get-top-sources';
import { dashboardMessages } from '../messages';
import { claimFiltersToQuery, claimFiltersToSearchParams, type ClaimFilters } from '@claimline/contracts';
import { placeName } from '../utils/lists';
import { ChartCard } from './chart-card';

export type TopSourcesCardProps = { filters: ClaimFilters };

export function TopSourcesCard({ filters }: TopSourcesCardProps) {
  const t = useMessages(dashboardMessages);
  const { lang, formatNumber } = useI18n();
  const { data = [], error, isPending } = useTopSources(filters, 10);
  const max = Math.max(1, ...data.map((source) => source.claims));

  return (
    <ChartCard
      title={t.topSourcesTitle}
      help={t.topSourcesHelp}
      testId="top-sources-card"
      csvHref={downloadUrl('/exports/claims.csv', claimFiltersToQuery(filters))}
    >
      {error ? <ErrorMessage error={error} /> : null}
      {isPending ? <Spinner label={t.loading} /> : null}
      {!isPending && !error && data.length === 0 ? <p className="muted">{t.noSources}</p> : null}
      {data.length > 0 ? (
        <div className="top-sources-wrap">
          <table className="table top-sources">
            <caption className="visually-hidden">{t.topSourcesTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.source}</th>
                <th scope="col">{t.camp}</th>
                <th scope="col">{t.claims}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((source) => {
                const link = `/claims?${claimFiltersToSearchParams({ ...filters, source: [source.sourceId] })}`;
                return (
                  <tr key={source.sourceId} data-camp={source.camp}>
                    <th scope="row">
                      <Link to={link}>
                        <bdi>{placeName(source, lang)}</bdi>
                      </Link>
                    </th>
                    <td>
                      <CampBadge camp={String(source.camp)} />
                    </td>
                    <td className="count-cell">
                      <span
                        className="count-bar"
                        style={{ inlineSize: `${(source.claims / max) * 100}%` }}
                        aria-hidden="true"
                      />
                      <span className="count-value">{formatNumber(source.claims)}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </ChartCard>
  );
}
