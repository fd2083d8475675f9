import { Link } from 'react-router';
import { useI18n, useMessages } from '../../../lib/i18n';
import { EmptyState } from '../../../components/ui/empty-state';
import { useCan } from '../../../lib/auth';
import { useTimeseries } from '../api/get-timeseries';
import { useDashboardParams } from '../hooks/use-dashboard-params';
import { dashboardMessages, dashboardPlurals } from '../messages';
import { claimFiltersToSearchParams } from '@claimline/contracts';
import { countActiveFilters, EMPTY_FILTERS } from '../utils/filters';
import { BlindSpotsCard } from './blind-spots-card';
import { ContestedPairsCard } from './contested-pairs-card';
import { FilterBar } from './filter-bar';
import { FramingCard } from './framing-card';
import { MapCard } from './map-card';
import { NarrativeShareCard } from './narrative-share-card';
import { TimeseriesCard } from './timeseries-card';
import { TopSourcesCard } from './top-sources-card';
import '../dashboard.css';

export function DashboardPage() {
  const t = useMessages(dashboardMessages);
  const { dir, plural } = useI18n();
  const canEdit = useCan('edit');
  const { filters, bucket, groupBy, setFilters, setBucket, setGroupBy } = useDashboardParams();
  // Shares the timeseries query (same key) to know the total and whether anything exists at all.
  const { data } = useTimeseries({ filters, bucket, groupBy });
  const filtered = countActiveFilters(filters) > 0;
  const nothing = data !== undefined && data.total === 0;
  const query = claimFiltersToSearchParams(filters).toString();

  return (
    <div className="page dashboard" dir={dir} data-testid="dashboard-page">
      <header className="page-header dashboard-header">
        <div>
          <h1>{t.title}</h1>
          <p className="help-line">{t.intro}</p>
        </div>
        <div className="dashboard-summary">
          {data ? (
            <span data-testid="dashboard-total" data-total={data.total}>
              {plural(dashboardPlurals.totalClaims, data.total)}
            </span>
          ) : null}
          <Link
            to={`/exports${query ? `?${query}` : ''}`}
            className="btn btn-secondary btn-sm"
            data-testid="exports-link"
          >
            {t.exportsLink}
          </Link>
        </div>
      </header>
      <FilterBar filters={filters} onChange={setFilters} />
      {nothing && !filtered ? (
        <EmptyState
          title={t.noClaims}
          action={
            canEdit ? (
              <Link to="/articles/new" className="btn btn-primary">
                {t.addArticle}
              </Link>
            ) : (
              <Link to="/articles/new">{t.addArticle}</Link>
            )
          }
        >
          {t.noClaimsBody}
        </EmptyState>
      ) : null}
      {nothing && filtered ? (
        <EmptyState
          title={t.noMatch}
          action={
            <button type="button" className="btn btn-secondary" onClick={() => setFilters(EMPTY_FILTERS)}>
              {t.clearFilters}
            </button>
          }
        >
          {t.noMatchBody}
        </EmptyState>
      ) : null}
      <div className="dashboard-grid">
        <TimeseriesCard
          filters={filters}
          bucket={bucket}
          groupBy={groupBy}
          onBucketChange={setBucket}
          onGroupByChange={setGroupBy}
        />
        <NarrativeShareCard filters={filters} />
        <TopSourcesCard filters={filters} />
        <ContestedPairsCard filters={filters} />
        <FramingCard filters={filters} />
        <BlindSpotsCard filters={filters} />
        <MapCard filters={filters} />
      </div>
    </div>
  );
}
