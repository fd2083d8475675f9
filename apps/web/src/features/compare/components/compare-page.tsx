import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { findCamp, useCamps } from '../../../lib/camps';
import { format, useI18n, useMessages } from '../../../lib/i18n';
import { locationSearchQueryOptions } from '../../../lib/lookups';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Spinner } from '../../../components/ui/spinner';
import { Typeahead } from '../../../components/ui/typeahead';
import { useCompare } from '../api/get-compare';
import { compareMessages, comparePlurals } from '../messages';
import type { ComparePlace, CompareView } from '../types';
import { articlesById } from '../utils/contested-pairs';
import { ClaimCard } from './claim-card';
import { ContestedPairs } from './contested-pairs';
import { compareParamsToSearchParams, searchParamsToCompareParams, toCampColumns } from '../utils/compare-params';
import '../compare.css';

function localName(item: { nameAr?: string; nameEn?: string } | undefined, lang: 'en' | 'ar'): string {
  if (!item) return '';
  return (lang === 'ar' ? item.nameAr || item.nameEn : item.nameEn || item.nameAr) ?? '';
}

export function ComparePage() {
  const t = useMessages(compareMessages);
  const { lang, dir, formatDate, plural } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => searchParamsToCompareParams(searchParams), [searchParams]);
  const { data: camps } = useCamps();
  const view: CompareView = params.view ?? 'columns';
  const { data, error, isFetching } = useCompare(params);
  const columns = useMemo(() => toCampColumns(data?.camps), [data]);
  const articles = useMemo(() => articlesById(data?.articles), [data]);
  const campName = (id: string) => {
    const camp = findCamp(camps, id);
    return lang === 'ar' ? camp.nameAr : camp.nameEn;
  };

  function update(patch: Partial<typeof params>) {
    setSearchParams(compareParamsToSearchParams({ ...params, ...patch }), { replace: true });
  }

  function handlePickPlace(place: ComparePlace) {
    update({ location: String(place.id) });
  }

  const placeLabel = data ? localName(data.location, lang) : '';
  const windowLabel =
    data?.window.from || data?.window.to
      ? format(t.window, { from: formatDate(data.window.from) || '…', to: formatDate(data.window.to) || '…' })
      : t.allDates;

  return (
    <div className="page compare" dir={dir} data-testid="compare-page">
      <header className="page-header">
        <h1>{placeLabel ? `${t.title}: ${placeLabel}` : t.title}</h1>
        <p className="help-line">{t.intro}</p>
      </header>
      <div className="compare-controls">
        <div className="compare-field">
          <label htmlFor="compare-place">{t.place}</label>
          <Typeahead<ComparePlace>
            id="compare-place"
            key={data?.location.id ?? 'none'}
            label={t.place}
            placeholder={t.placePlaceholder}
            noResults={t.noResults}
            initialText={placeLabel}
            queryFor={locationSearchQueryOptions}
            getKey={(item) => item.id}
            renderOption={(item) => (
              <>
                <bdi>{localName(item, lang)}</bdi>{' '}
                <span className="muted">{localName(item, lang === 'ar' ? 'en' : 'ar')}</span>
              </>
            )}
            textFor={(item) => localName(item, lang)}
            onSelect={handlePickPlace}
            testId="compare-place"
          />
        </div>
        <label className="compare-field">
          <span>{t.from}</span>
          <input
            type="date"
            value={params.from ?? ''}
            max={params.to}
            onChange={(event) => update({ from: event.target.value || undefined })}
            data-testid="compare-from"
          />
        </label>
        <label className="compare-field">
          <span>{t.to}</span>
          <input
            type="date"
            value={params.to ?? ''}
            min={params.from}
            onChange={(event) => update({ to: event.target.value || undefined })}
            data-testid="compare-to"
          />
        </label>
        {params.from || params.to ? (
          <button
            type="button"
            className="btn btn-link btn-sm"
            onClick={() => update({ from: undefined, to: undefined })}
          >
            {t.clearWindow}
          </button>
        ) : null}
        {isFetching ? <Spinner label={t.loading} /> : null}
      </div>
      <div className="compare-tabs" role="group" aria-label={t.views}>
        {(['columns', 'contested'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className={`btn btn-sm ${view === option ? 'btn-primary' : 'btn-secondary'}`}
            aria-pressed={view === option}
            onClick={() => update({ view: option === 'contested' ? 'contested' : undefined })}
            data-testid={`compare-view-${option}`}
          >
            {option === 'contested' ? t.viewContested : t.viewColumns}
          </button>
        ))}
      </div>
      <ErrorMessage error={view === 'columns' ? error : null} />
      {view === 'contested' ? (
        <ContestedPairs params={params} />
      ) : !params.location ? (
        <EmptyState title={t.pickPlace}>{t.pickPlaceBody}</EmptyState>
      ) : data ? (
        <>
          <p className="muted" data-testid="compare-window">
            <bdi>{placeLabel}</bdi> · {windowLabel}
          </p>
          <div
            className="compare-grid"
            data-testid="compare-grid"
            style={{ gridTemplateColumns: `repeat(${Math.max(columns.shown.length, 1)}, minmax(14rem, 1fr))` }}
          >
            {columns.shown.map((column) => {
              const camp = findCamp(camps, String(column.camp));
              return (
                <section
                  key={column.camp}
                  className="compare-column"
                  data-camp={column.camp}
                  aria-labelledby={`compare-${column.camp}`}
                  data-testid="compare-column"
                >
                  <header className="compare-column-header" style={{ borderBlockStartColor: camp.color }}>
                    <span className="camp-swatch" style={{ backgroundColor: camp.color }} aria-hidden="true" />
                    <h2 id={`compare-${column.camp}`}>{campName(String(column.camp))}</h2>
                    <span>{plural(comparePlurals.claimsOf, column.claims.length)}</span>
                  </header>
                  <ul className="compare-claims">
                    {column.claims.map((claim) => (
                      <li key={claim.id}>
                        <ClaimCard claim={claim} article={articles.get(claim.articleId)} />
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
          {columns.shown.length === 0 ? <p className="compare-empty">{t.noClaims}</p> : null}
          {columns.empty.length ? (
            <p className="muted" data-testid="compare-empty-camps">
              {format(t.emptyCamps, {
                camps: columns.empty.map((id) => campName(String(id))).join(t.listSeparator),
              })}
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
