import { statusMessages } from '../../../lib/domain-labels';
import { useState, type FormEvent } from 'react';
import { CLAIM_STATUSES, parseClaimFilter, withClaimFilter, type ClaimFilters } from '@claimline/contracts';
import { useCamps } from '../../../lib/camps';
import { format, useI18n, useMessages } from '../../../lib/i18n';
import {
  locationSearchQueryOptions,
  sourceSearchQueryOptions,
  useAllLocations,
  useAllSources,
  useNarratives,
  useOutlets,
  type LocationSummary,
  type SourceSummary,
} from '../../../lib/lookups';
import { Button } from '../../../components/ui/button';
import { Typeahead } from '../../../components/ui/typeahead';
import { dashboardPlurals, filterMessages } from '../messages';
import { countActiveFilters, EMPTY_FILTERS, excludesReportedDates } from '../utils/filters';
import { KNOWN_EVENT_DATES } from '../../../lib/event-date-label';
import { placeName } from '../utils/lists';
import { CheckMenu, type CheckMenuOption } from './check-menu';

export type FilterBarProps = { filters: ClaimFilters; onChange: (filters: ClaimFilters) => void };

type Named = { id: number; nameAr: string; nameEn: string };
/** The filters picked from a check menu: its options' values are the URL's text. */
type CheckedFilterKey = 'camp' | 'status' | 'narrative' | 'outlet';

export function FilterBar({ filters, onChange }: FilterBarProps) {
  const t = useMessages(filterMessages);
  const statusLabels = useMessages(statusMessages);
  const { lang, plural } = useI18n();
  const { data: camps = [] } = useCamps();
  const { data: narratives = [] } = useNarratives();
  const { data: outlets = [] } = useOutlets();
  // Names for ids that arrive in the URL; only fetched when some are picked.
  const sourceIds = filters.source ?? [];
  const locationIds = filters.location ?? [];
  const { data: allSources = [] } = useAllSources(sourceIds.length > 0);
  const { data: allLocations = [] } = useAllLocations(locationIds.length > 0);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [q, setQ] = useState(filters.q ?? '');

  // Back/forward navigation changes the URL under us: the box follows it (adjusted while rendering,
  // as React recommends, rather than in an effect that would render twice).
  const [syncedQ, setSyncedQ] = useState(filters.q);
  if (filters.q !== syncedQ) {
    setSyncedQ(filters.q);
    setQ(filters.q ?? '');
  }

  function update(patch: Partial<ClaimFilters>) {
    onChange({ ...filters, ...patch });
  }

  function handleList(key: CheckedFilterKey) {
    return (values: string[]) => onChange(withClaimFilter(filters, key, parseClaimFilter(key, values)));
  }

  function handlePick(key: 'source' | 'location', item: Named) {
    setPicked((current) => ({ ...current, [`${key}:${item.id}`]: placeName(item, lang) }));
    const ids = filters[key] ?? [];
    if (!ids.includes(item.id)) update({ [key]: [...ids, item.id] });
  }

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update({ q: q.trim() || undefined });
  }

  /** What a check menu shows as picked: the URL's text of each value. */
  function checked(key: CheckedFilterKey): string[] {
    return (filters[key] ?? []).map(String);
  }

  function nameOf(key: 'source' | 'location', id: number): string {
    const list: Named[] = key === 'source' ? allSources : allLocations;
    const found = list.find((item) => item.id === id);
    return found ? placeName(found, lang) : (picked[`${key}:${id}`] ?? `#${id}`);
  }

  const summary = (values: readonly string[]) =>
    values.length ? plural(dashboardPlurals.selected, values.length) : t.any;
  const campOptions: CheckMenuOption[] = camps.map((camp) => ({
    value: camp.id,
    label: lang === 'ar' ? camp.nameAr : camp.nameEn,
    color: camp.color,
  }));
  const statusOptions: CheckMenuOption[] = CLAIM_STATUSES.map((status) => ({
    value: status,
    label: statusLabels[status],
  }));
  const narrativeOptions: CheckMenuOption[] = narratives.map((narrative) => ({
    value: String(narrative.id),
    label: placeName(narrative, lang),
    color: narrative.color,
  }));
  const outletOptions: CheckMenuOption[] = outlets.map((outlet) => ({ value: String(outlet.id), label: outlet.name }));

  return (
    <section className="filter-bar" aria-label={t.filters} data-testid="filter-bar">
      <div className="filter-bar-row">
        <label className="filter-field">
          <span>{t.from}</span>
          <input
            type="date"
            value={filters.from ?? ''}
            max={filters.to}
            data-testid="filter-from"
            onChange={(event) => update({ from: event.target.value || undefined })}
          />
        </label>
        <label className="filter-field">
          <span>{t.to}</span>
          <input
            type="date"
            value={filters.to ?? ''}
            min={filters.from}
            data-testid="filter-to"
            onChange={(event) => update({ to: event.target.value || undefined })}
          />
        </label>
        <CheckMenu
          label={t.camps}
          summary={summary(checked('camp'))}
          options={campOptions}
          selected={checked('camp')}
          onChange={handleList('camp')}
          testId="filter-camp"
        />
        <CheckMenu
          label={t.statuses}
          summary={summary(checked('status'))}
          options={statusOptions}
          selected={checked('status')}
          onChange={handleList('status')}
          testId="filter-status"
        />
        {narrativeOptions.length > 0 ? (
          <CheckMenu
            label={t.narratives}
            summary={summary(checked('narrative'))}
            options={narrativeOptions}
            selected={checked('narrative')}
            onChange={handleList('narrative')}
            testId="filter-narrative"
          />
        ) : null}
        {outletOptions.length > 0 ? (
          <CheckMenu
            label={t.outlets}
            summary={summary(checked('outlet'))}
            options={outletOptions}
            selected={checked('outlet')}
            onChange={handleList('outlet')}
            testId="filter-outlet"
          />
        ) : null}
        <label className="filter-field filter-switch">
          <input
            type="checkbox"
            checked={excludesReportedDates(filters)}
            data-testid="filter-known-dates"
            onChange={(event) =>
              onChange(withClaimFilter(filters, 'precision', event.target.checked ? [...KNOWN_EVENT_DATES] : undefined))
            }
          />
          <span>{t.knownDates}</span>
        </label>
        <form className="filter-field filter-search" role="search" onSubmit={handleSearch}>
          <label htmlFor="dashboard-q">{t.search}</label>
          <input
            id="dashboard-q"
            type="search"
            dir="auto"
            value={q}
            placeholder={t.searchPlaceholder}
            data-testid="filter-q"
            onChange={(event) => setQ(event.target.value)}
            onBlur={() => (q.trim() || undefined) !== filters.q && update({ q: q.trim() || undefined })}
          />
        </form>
      </div>
      <div className="filter-bar-row">
        <div className="filter-field filter-typeahead">
          <span id="filter-source-label">{t.sources}</span>
          <Typeahead<SourceSummary>
            label={t.sources}
            placeholder={t.addSource}
            noResults={t.noResults}
            queryFor={sourceSearchQueryOptions}
            getKey={(item) => item.id}
            renderOption={(item) => <bdi>{placeName(item, lang)}</bdi>}
            onSelect={(item) => handlePick('source', item)}
            clearOnSelect
            testId="filter-source"
          />
        </div>
        <div className="filter-field filter-typeahead">
          <span>{t.places}</span>
          <Typeahead<LocationSummary>
            label={t.places}
            placeholder={t.addPlace}
            noResults={t.noResults}
            queryFor={locationSearchQueryOptions}
            getKey={(item) => item.id}
            renderOption={(item) => <bdi>{placeName(item, lang)}</bdi>}
            onSelect={(item) => handlePick('location', item)}
            clearOnSelect
            testId="filter-location"
          />
        </div>
        <ul className="filter-chips" aria-label={t.filters}>
          {(['source', 'location'] as const).flatMap((key) =>
            (filters[key] ?? []).map((id) => {
              const name = nameOf(key, id);
              return (
                <li key={`${key}:${id}`} className="chip">
                  <bdi>{name}</bdi>
                  <button
                    type="button"
                    className="chip-remove"
                    aria-label={format(t.remove, { name })}
                    onClick={() =>
                      onChange(
                        withClaimFilter(
                          filters,
                          key,
                          filters[key]?.filter((item) => item !== id),
                        ),
                      )
                    }
                  >
                    ×
                  </button>
                </li>
              );
            }),
          )}
        </ul>
        {countActiveFilters(filters) > 0 ? (
          <Button size="sm" variant="link" onClick={() => onChange(EMPTY_FILTERS)} data-testid="filter-clear">
            {t.clear}
          </Button>
        ) : null}
      </div>
    </section>
  );
}
