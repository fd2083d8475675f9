import { statusMessages } from '../../../lib/domain-labels';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { findCamp, useCamps } from '../../../lib/camps';
import { format, useI18n, useMessages } from '../../../lib/i18n';
import { locationSearchQueryOptions } from '../../../lib/lookups';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Spinner } from '../../../components/ui/spinner';
import { Typeahead } from '../../../components/ui/typeahead';
import { useCompare } from '../api/get-compare';
import { compareMessages } from '../messages';
import type { CompareClaim, ComparePlace } from '../types';
import {
  compareParamsToSearchParams,
  eventDateOptions,
  searchParamsToCompareParams,
  toCampColumns,
} from '../utils/compare-params';
import '../compare.css';

function localName(item: { nameAr?: string; nameEn?: string } | undefined, lang: 'en' | 'ar'): string {
  if (!item) return '';
  return (lang === 'ar' ? item.nameAr || item.nameEn : item.nameEn || item.nameAr) ?? '';
}

export function ComparePage() {
  const t = useMessages(compareMessages);
  const { lang, dir, formatDate, formatNumber } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => searchParamsToCompareParams(searchParams), [searchParams]);
  const { data: camps } = useCamps();
  const { data, error, isFetching } = useCompare(params);
  const columns = useMemo(() => toCampColumns(data?.camps), [data]);

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
      <ErrorMessage error={error} />
      {!params.location ? (
        <EmptyState title={t.pickPlace}>{t.pickPlaceBody}</EmptyState>
      ) : data ? (
        <>
          <p className="muted" data-testid="compare-window">
            <bdi>{placeLabel}</bdi> · {windowLabel}
          </p>
          <div className="compare-grid" data-testid="compare-grid">
            {columns.map((column) => {
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
                    <h2 id={`compare-${column.camp}`}>{lang === 'ar' ? camp.nameAr : camp.nameEn}</h2>
                    <span>{format(t.claimsOf, { n: formatNumber(column.claims.length) })}</span>
                  </header>
                  {column.claims.length === 0 ? (
                    <p className="compare-empty">{t.noClaims}</p>
                  ) : (
                    <ul className="compare-claims">
                      {column.claims.map((claim) => (
                        <CompareClaimItem key={claim.id} claim={claim} />
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        </>
      ) : null}
    </div>
  );
}

type CompareClaimItemProps = { claim: CompareClaim };

function CompareClaimItem({ claim }: CompareClaimItemProps) {
  const t = useMessages(compareMessages);
  const { lang, formatDate } = useI18n();
  const source =
    (lang === 'ar' ? claim.sourceNameAr || claim.sourceName : claim.sourceName || claim.sourceNameAr) ||
    claim.sourceMention;
  const precisionKey = `precision_${claim.datePrecision}` as keyof typeof t;
  const statusLabels = useMessages(statusMessages);
  return (
    <li className="compare-claim" data-testid="compare-claim">
      <p className="compare-claim-text" dir="auto">
        {claim.text}
      </p>
      <dl className="compare-claim-meta">
        <div>
          <dt className="visually-hidden">{t.source}</dt>
          <dd>
            <bdi>{source}</bdi>
          </dd>
        </div>
        <div>
          <dt className="visually-hidden">{t.cue}</dt>
          <dd>
            «<bdi>{claim.cue}</bdi>»
          </dd>
        </div>
        <div>
          <dt className="visually-hidden">{t.eventDate}</dt>
          <dd>
            <time dateTime={claim.eventDate}>{formatDate(claim.eventDate, eventDateOptions(claim.datePrecision))}</time>{' '}
            ({t[precisionKey] ?? claim.datePrecision})
          </dd>
        </div>
        <div>
          <dt className="visually-hidden">{t.status}</dt>
          <dd>{statusLabels[claim.status]}</dd>
        </div>
      </dl>
      <Link to={`/claims/${claim.id}`}>{t.openClaim}</Link>
    </li>
  );
}
