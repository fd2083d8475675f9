import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { findCamp, useCamps } from '../../../lib/camps';
import { useI18n, useMessages } from '../../../lib/i18n';
import { useNarratives } from '../../../lib/lookups';
import { exportsMessages } from '../messages';
import {
  activeClaimFilterKeys,
  claimFiltersFromSearchParams,
  formatClaimFilter,
  type ClaimFilterKey,
} from '@claimline/contracts';
import { exportQuery, type TimeseriesExportOptions } from '../utils/export-query';
import { ExportItem } from './export-item';
import { ExportsFilters } from './exports-filters';
import '../exports.css';

const BUCKETS = ['day', 'week', 'month'] as const;
const GROUP_BYS = ['camp', 'source', 'narrative', 'status'] as const;

export function ExportsPage() {
  const t = useMessages(exportsMessages);
  const { lang, dir, formatDate } = useI18n();
  const [searchParams] = useSearchParams();
  const filters = useMemo(() => claimFiltersFromSearchParams(searchParams), [searchParams]);
  const { data: camps } = useCamps();
  const { data: narratives = [] } = useNarratives();
  const bucketParam = searchParams.get('bucket');
  const groupByParam = searchParams.get('groupBy');
  const [options, setOptions] = useState<TimeseriesExportOptions>({
    bucket: (BUCKETS as readonly string[]).includes(bucketParam ?? '')
      ? (bucketParam as TimeseriesExportOptions['bucket'])
      : 'week',
    groupBy: (GROUP_BYS as readonly string[]).includes(groupByParam ?? '')
      ? (groupByParam as TimeseriesExportOptions['groupBy'])
      : 'camp',
  });
  const query = new URLSearchParams(exportQuery('claims', filters)).toString();

  /** A readable value for the summary: camp and narrative names, dates in the locale; other ids as they are. */
  function describe(key: ClaimFilterKey, value: string): string {
    if (key === 'from' || key === 'to') return formatDate(value);
    const items = value.split(',');
    if (key === 'camp')
      return items.map((id) => (lang === 'ar' ? findCamp(camps, id).nameAr : findCamp(camps, id).nameEn)).join('، ');
    if (key === 'narrative') {
      return items
        .map((id) => {
          const found = narratives.find((narrative) => String(narrative.id) === id);
          return found ? (lang === 'ar' ? found.nameAr : found.nameEn) : `#${id}`;
        })
        .join('، ');
    }
    if (key === 'q') return `“${value}”`;
    if (key === 'status') return items.join('، ');
    return items.map((id) => `#${id}`).join('، ');
  }

  // The conflict is in every page's URL (the header's switcher), not a filter of this export.
  const active = activeClaimFilterKeys(filters).filter((key) => key !== 'conflict');

  return (
    <div className="page exports" dir={dir} data-testid="exports-page">
      <header className="page-header">
        <h1>{t.title}</h1>
        <p className="help-line">{t.intro}</p>
      </header>
      <section className="panel stack" aria-labelledby="exports-filters">
        <h2 id="exports-filters">{t.filtersTitle}</h2>
        {active.length === 0 ? (
          <p className="muted" data-testid="exports-no-filters">
            {t.noFilters}
          </p>
        ) : (
          <ul className="filter-summary" data-testid="exports-filters">
            {active.map((key) => (
              <li key={key} className="chip" data-key={key}>
                {t[`label_${key}`]}: <bdi>{describe(key, formatClaimFilter(filters[key]) ?? '')}</bdi>
              </li>
            ))}
          </ul>
        )}
        <ExportsFilters filters={filters} />
        <Link to={`/dashboard${query ? `?${query}` : ''}`}>{t.changeFilters}</Link>
      </section>
      <ul className="exports-list">
        <ExportItem
          kind="claims"
          title={t.claimsTitle}
          body={t.claimsBody}
          query={{ ...exportQuery('claims', filters), lang }}
        />
        <ExportItem
          kind="timeseries"
          title={t.timeseriesTitle}
          body={t.timeseriesBody}
          query={{ ...exportQuery('timeseries', filters, options), lang }}
        >
          <div className="row">
            <label className="field-inline">
              {t.bucket}{' '}
              <select
                value={options.bucket}
                onChange={(event) =>
                  setOptions({ ...options, bucket: event.target.value as TimeseriesExportOptions['bucket'] })
                }
              >
                {BUCKETS.map((bucket) => (
                  <option key={bucket} value={bucket}>
                    {t[`bucket_${bucket}`]}
                  </option>
                ))}
              </select>
            </label>
            <label className="field-inline">
              {t.groupBy}{' '}
              <select
                value={options.groupBy}
                onChange={(event) =>
                  setOptions({ ...options, groupBy: event.target.value as TimeseriesExportOptions['groupBy'] })
                }
              >
                {GROUP_BYS.map((groupBy) => (
                  <option key={groupBy} value={groupBy}>
                    {t[`groupBy_${groupBy}`]}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </ExportItem>
        <ExportItem
          kind="articles"
          title={t.articlesTitle}
          body={t.articlesBody}
          query={{ ...exportQuery('articles', filters), lang }}
        />
      </ul>
      <section className="panel" aria-labelledby="exports-format">
        <h2 id="exports-format">{t.formatTitle}</h2>
        <ul>
          <li>{t.formatUtf8}</li>
          <li>{t.formatCsv}</li>
          <li>{t.formatFormula}</li>
          <li>{t.formatDates}</li>
        </ul>
      </section>
    </div>
  );
}
