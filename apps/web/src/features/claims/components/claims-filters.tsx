import { useState, type FormEvent } from 'react';
import { CLAIM_STATUSES, formatClaimFilter, type ClaimFilterKey } from '@claimline/contracts';
import { useCamps } from '../../../lib/camps';
import { defineMessages, useI18n, useMessages } from '../../../lib/i18n';
import {
  localName,
  locationSearchQueryOptions,
  sourceSearchQueryOptions,
  type NamedEntity,
  useAllLocations,
  useAllSources,
  useNarratives,
  useOutlets,
} from '../../../lib/lookups';
import { useStatusLabel } from '../../../lib/domain-labels';
import { Button } from '../../../components/ui/button';
import { RemovableChip } from '../../../components/ui/removable-chip';
import { Typeahead } from '../../../components/ui/typeahead';
import { activeFilterCount, type ClaimListQuery } from '../utils/claim-filters';

const messages = defineMessages({
  search: { en: 'Search claims', ar: 'ابحث في الادعاءات' },
  searchPlaceholder: { en: 'Words in the claim, source or place…', ar: 'كلمات من الادعاء أو المصدر أو المكان…' },
  searchButton: { en: 'Search', ar: 'بحث' },
  camp: { en: 'Camp', ar: 'المعسكر' },
  status: { en: 'Status', ar: 'الحالة' },
  narrative: { en: 'Narrative', ar: 'الرواية' },
  source: { en: 'Source', ar: 'المصدر' },
  location: { en: 'Place', ar: 'المكان' },
  from: { en: 'From', ar: 'من' },
  to: { en: 'To', ar: 'إلى' },
  article: { en: 'Article id', ar: 'رقم المقال' },
  outlet: { en: 'Outlet', ar: 'الوسيلة الإعلامية' },
  any: { en: 'Any', ar: 'الكل' },
  clear: { en: 'Clear filters', ar: 'مسح عوامل التصفية' },
  noResults: { en: 'No match', ar: 'لا نتائج' },
});

export type ClaimsFiltersProps = {
  filters: ClaimListQuery;
  onChange: (key: ClaimFilterKey, value: string | undefined) => void;
  onClear: () => void;
};

export function ClaimsFilters({ filters, onChange, onClear }: ClaimsFiltersProps) {
  const t = useMessages(messages);
  const { lang } = useI18n();
  const statusLabel = useStatusLabel();
  const { data: camps = [] } = useCamps();
  const { data: narratives = [] } = useNarratives();
  const { data: outlets = [] } = useOutlets();
  const [q, setQ] = useState(filters.q ?? '');
  /** A filter as its form control shows it: the URL text ('LNA,GNA' from a dashboard link matches no single option). */
  const shown = (key: ClaimFilterKey) => formatClaimFilter(filters[key]) ?? '';
  const [sourceLabel, setSourceLabel] = useState<string>('');
  const [locationLabel, setLocationLabel] = useState<string>('');
  // A source or place picked in a URL (a dashboard link, a reload) has no label yet: named from the registry.
  const { data: allSources = [] } = useAllSources(Boolean(shown('source')) && !sourceLabel);
  const { data: allLocations = [] } = useAllLocations(Boolean(shown('location')) && !locationLabel);
  // A dashboard link may carry several ids ('7,9'): each named, '#7' only for one the registry lacks.
  const named = (list: readonly NamedEntity[], ids: string) =>
    ids
      .split(',')
      .map(
        (id) =>
          localName(
            list.find((item) => String(item.id) === id),
            lang,
          ) || `#${id}`,
      )
      .join(', ');

  // Back/forward navigation changes the URL under us: the box follows it (adjusted while rendering,
  // as React recommends, rather than in an effect that would render twice).
  const [syncedQ, setSyncedQ] = useState(filters.q);
  if (filters.q !== syncedQ) {
    setSyncedQ(filters.q);
    setQ(filters.q ?? '');
  }

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChange('q', q.trim() || undefined);
  }

  return (
    <div className="panel stack claims-filters">
      <form role="search" className="row" onSubmit={handleSearch}>
        <input
          type="search"
          dir="auto"
          aria-label={t.search}
          placeholder={t.searchPlaceholder}
          value={q}
          onChange={(event) => setQ(event.target.value)}
          data-testid="claims-search"
          style={{ flex: 1, minInlineSize: '16rem' }}
        />
        <Button type="submit" variant="primary">
          {t.searchButton}
        </Button>
      </form>
      <div className="form-grid">
        <label className="field">
          <span>{t.camp}</span>
          <select
            value={shown('camp')}
            onChange={(event) => onChange('camp', event.target.value)}
            data-testid="filter-camp"
          >
            <option value="">{t.any}</option>
            {camps.map((camp) => (
              <option key={camp.id} value={camp.id}>
                {lang === 'ar' ? camp.nameAr : camp.nameEn}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.status}</span>
          <select
            value={shown('status')}
            onChange={(event) => onChange('status', event.target.value)}
            data-testid="filter-status"
          >
            <option value="">{t.any}</option>
            {CLAIM_STATUSES.map((status) => (
              <option key={status} value={status}>
                {statusLabel(status)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.narrative}</span>
          <select
            value={shown('narrative')}
            onChange={(event) => onChange('narrative', event.target.value)}
            data-testid="filter-narrative"
          >
            <option value="">{t.any}</option>
            {narratives.map((narrative) => (
              <option key={narrative.id} value={String(narrative.id)}>
                {localName(narrative, lang)}
              </option>
            ))}
          </select>
        </label>
        <div className="field">
          <span>{t.source}</span>
          {shown('source') ? (
            <RemovableChip
              label={sourceLabel || named(allSources, shown('source'))}
              onRemove={() => onChange('source', undefined)}
            />
          ) : (
            <Typeahead
              label={t.source}
              noResults={t.noResults}
              queryFor={sourceSearchQueryOptions}
              getKey={(item) => item.id}
              renderOption={(item) => <bdi>{localName(item, lang)}</bdi>}
              onSelect={(item) => {
                setSourceLabel(localName(item, lang));
                onChange('source', String(item.id));
              }}
              clearOnSelect
            />
          )}
        </div>
        <div className="field">
          <span>{t.location}</span>
          {shown('location') ? (
            <RemovableChip
              label={locationLabel || named(allLocations, shown('location'))}
              onRemove={() => onChange('location', undefined)}
            />
          ) : (
            <Typeahead
              label={t.location}
              noResults={t.noResults}
              queryFor={locationSearchQueryOptions}
              getKey={(item) => item.id}
              renderOption={(item) => <bdi>{localName(item, lang)}</bdi>}
              onSelect={(item) => {
                setLocationLabel(localName(item, lang));
                onChange('location', String(item.id));
              }}
              clearOnSelect
            />
          )}
        </div>
        <label className="field">
          <span>{t.from}</span>
          <input
            type="date"
            value={shown('from')}
            onChange={(event) => onChange('from', event.target.value)}
            data-testid="filter-from"
          />
        </label>
        <label className="field">
          <span>{t.to}</span>
          <input
            type="date"
            value={shown('to')}
            onChange={(event) => onChange('to', event.target.value)}
            data-testid="filter-to"
          />
        </label>
        <label className="field">
          <span>{t.article}</span>
          <input
            type="number"
            min={1}
            value={shown('article')}
            onChange={(event) => onChange('article', event.target.value)}
            data-testid="filter-article"
          />
        </label>
        <label className="field">
          <span>{t.outlet}</span>
          <select
            value={shown('outlet')}
            onChange={(event) => onChange('outlet', event.target.value)}
            data-testid="filter-outlet"
          >
            <option value="">{t.any}</option>
            {outlets.map((outlet) => (
              <option key={outlet.id} value={String(outlet.id)}>
                {outlet.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {activeFilterCount(filters) > 0 ? (
        <div className="row row-end">
          <Button variant="link" onClick={onClear}>
            {t.clear}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
