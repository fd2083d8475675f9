import { statusMessages } from '../../../lib/domain-labels';
import { useEffect, useState, type FormEvent } from 'react';
import { CLAIM_STATUSES } from '@claimline/contracts';
import { FALLBACK_CAMPS, useCamps } from '../../../lib/camps';
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
import { filterMessages } from '../messages';
import { countActiveFilters, EMPTY_FILTERS, type ClaimFilters, type ListFilterKey } from '../utils/filters';
import { placeName } from '../utils/lists';
import { CheckMenu, type CheckMenuOption } from './check-menu';

export type FilterBarProps = { filters: ClaimFilters; onChange: (filters: ClaimFilters) => void };

type Named = { id: number; nameAr: string; nameEn: string };

export function FilterBar({ filters, onChange }: FilterBarProps) {
  const t = useMessages(filterMessages);
  const statusLabels = useMessages(statusMessages);
  const { lang } = useI18n();
  const { data: camps = FALLBACK_CAMPS } = useCamps();
  const { data: narratives = [] } = useNarratives();
  const { data: outlets = [] } = useOutlets();
  // Names for ids that arrive in the URL; only fetched when some are picked.
  const { data: allSources = [] } = useAllSources(filters.source.length > 0);
  const { data: allLocations = [] } = useAllLocations(filters.location.length > 0);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [q, setQ] = useState(filters.q ?? '');

  useEffect(() => setQ(filters.q ?? ''), [filters.q]);

  function update(patch: Partial<ClaimFilters>) {
    onChange({ ...filters, ...patch });
  }

  function handleList(key: ListFilterKey) {
    return (values: string[]) => update({ [key]: values });
  }

  function handlePick(key: 'source' | 'location', item: Named) {
    setPicked((current) => ({ ...current, [`${key}:${item.id}`]: placeName(item, lang) }));
    const id = String(item.id);
    if (!filters[key].includes(id)) update({ [key]: [...filters[key], id] });
  }

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update({ q: q.trim() || undefined });
  }

  function nameOf(key: 'source' | 'location', id: string): string {
    const list: Named[] = key === 'source' ? allSources : allLocations;
    const found = list.find((item) => String(item.id) === id);
    return found ? placeName(found, lang) : (picked[`${key}:${id}`] ?? `#${id}`);
  }

  const summary = (values: readonly string[]) => (values.length ? format(t.selected, { n: values.length }) : t.any);
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
          summary={summary(filters.camp)}
          options={campOptions}
          selected={filters.camp}
          onChange={handleList('camp')}
          testId="filter-camp"
        />
        <CheckMenu
          label={t.statuses}
          summary={summary(filters.status)}
          options={statusOptions}
          selected={filters.status}
          onChange={handleList('status')}
          testId="filter-status"
        />
        {narrativeOptions.length > 0 ? (
          <CheckMenu
            label={t.narratives}
            summary={summary(filters.narrative)}
            options={narrativeOptions}
            selected={filters.narrative}
            onChange={handleList('narrative')}
            testId="filter-narrative"
          />
        ) : null}
        {outletOptions.length > 0 ? (
          <CheckMenu
            label={t.outlets}
            summary={summary(filters.outlet)}
            options={outletOptions}
            selected={filters.outlet}
            onChange={handleList('outlet')}
            testId="filter-outlet"
          />
        ) : null}
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
            filters[key].map((id) => {
              const name = nameOf(key, id);
              return (
                <li key={`${key}:${id}`} className="chip">
                  <bdi>{name}</bdi>
                  <button
                    type="button"
                    className="chip-remove"
                    aria-label={format(t.remove, { name })}
                    onClick={() => update({ [key]: filters[key].filter((item) => item !== id) })}
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
