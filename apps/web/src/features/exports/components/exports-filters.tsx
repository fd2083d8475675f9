import { useSearchParams } from 'react-router';
import { CLAIM_STATUSES, type ClaimFilters } from '@claimline/contracts';
import { useCamps } from '../../../lib/camps';
import { useStatusLabel } from '../../../lib/domain-labels';
import { useI18n, useMessages } from '../../../lib/i18n';
import { exportsMessages } from '../messages';
import { toggled, withExportFilter } from '../utils/filter-params';

export type ExportsFiltersProps = { filters: ClaimFilters };

/**
 * The claim filters the exports use, edited on this page and kept in the URL (same keys as the claims
 * list and the dashboard, so a link carries them between the three). Replacing the history entry keeps
 * Back leaving the page rather than undoing one click at a time.
 */
export function ExportsFilters({ filters }: ExportsFiltersProps) {
  const t = useMessages(exportsMessages);
  const { lang } = useI18n();
  const statusLabel = useStatusLabel();
  const { data: camps = [] } = useCamps();
  const [searchParams, setSearchParams] = useSearchParams();

  function set<K extends keyof ClaimFilters>(key: K, value: ClaimFilters[K] | undefined) {
    setSearchParams(withExportFilter(searchParams, key, value), { replace: true });
  }

  return (
    <div className="stack" data-testid="exports-filter-controls">
      <fieldset className="row">
        <legend>{t.label_camp}</legend>
        {camps.map((camp) => (
          <label key={camp.id} className="field-inline">
            <input
              type="checkbox"
              checked={filters.camp?.includes(camp.id) ?? false}
              onChange={(event) => set('camp', toggled(filters.camp, camp.id, event.target.checked))}
              data-testid={`exports-camp-${camp.id}`}
            />{' '}
            {lang === 'ar' ? camp.nameAr : camp.nameEn}
          </label>
        ))}
      </fieldset>
      <fieldset className="row">
        <legend>{t.label_status}</legend>
        {CLAIM_STATUSES.map((status) => (
          <label key={status} className="field-inline">
            <input
              type="checkbox"
              checked={filters.status?.includes(status) ?? false}
              onChange={(event) => set('status', toggled(filters.status, status, event.target.checked))}
              data-testid={`exports-status-${status}`}
            />{' '}
            {statusLabel(status)}
          </label>
        ))}
      </fieldset>
      <div className="row">
        <label className="field-inline">
          {t.label_from}{' '}
          <input
            type="date"
            value={filters.from ?? ''}
            onChange={(event) => set('from', event.target.value || undefined)}
            data-testid="exports-from"
          />
        </label>
        <label className="field-inline">
          {t.label_to}{' '}
          <input
            type="date"
            value={filters.to ?? ''}
            onChange={(event) => set('to', event.target.value || undefined)}
            data-testid="exports-to"
          />
        </label>
        <label className="field-inline">
          {t.label_q}{' '}
          <input
            type="search"
            dir="auto"
            defaultValue={filters.q ?? ''}
            onBlur={(event) => set('q', event.target.value.trim() || undefined)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') set('q', event.currentTarget.value.trim() || undefined);
            }}
            data-testid="exports-q"
          />
        </label>
      </div>
    </div>
  );
}
