import { Link } from 'react-router';
import { activeClaimFilterKeys } from '@claimline/contracts';
import { useI18n, useMessages } from '../../../lib/i18n';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Spinner } from '../../../components/ui/spinner';
import { usePlaces } from '../../../components/map/api/get-places';
import { PlacesMap } from '../../../components/map/places-map';
import { PlacesTable } from '../../../components/map/places-table';
import { useEventMonths } from '../api/get-event-months';
import { claimsHrefFor, useMapParams } from '../hooks/use-map-params';
import { mapPageMessages } from '../messages';
import { filtersOfWindow, windowOf } from '../utils/time-window';
import { TimeWindow } from './time-window';
import '../map.css';

export function MapPage() {
  const t = useMessages(mapPageMessages);
  const { dir } = useI18n();
  const { filters, setWindow } = useMapParams();
  const places = usePlaces(filters);
  const months = useEventMonths(filters);
  const monthList = months.data ?? [];
  const monthWindow = windowOf(monthList, filters.from, filters.to);
  const others = activeClaimFilterKeys(filters).filter((key) => key !== 'from' && key !== 'to' && key !== 'conflict');
  const hrefFor = (place: { id: number }) => claimsHrefFor(filters, place.id);
  const items = places.data ?? [];

  return (
    <div className="page map-page" dir={dir} data-testid="map-page">
      <header className="page-header">
        <h1>{t.title}</h1>
        <p className="help-line">{t.intro}</p>
      </header>
      <div className="map-controls">
        {monthList.length > 0 ? (
          <TimeWindow
            months={monthList}
            value={monthWindow}
            onChange={(next) => setWindow(filtersOfWindow(monthList, next))}
          />
        ) : null}
        {months.data && monthList.length === 0 ? <p className="muted">{t.noDates}</p> : null}
        {others.length > 0 ? (
          <p className="muted map-other-filters" data-testid="map-other-filters">
            {t.otherFilters} <Link to="/map">{t.clearOtherFilters}</Link>
          </p>
        ) : null}
      </div>
      {places.error ? <ErrorMessage error={places.error} /> : null}
      {places.isPending ? <Spinner label={t.loading} /> : null}
      {places.data ? (
        <section className="panel map-panel" aria-busy={places.isFetching}>
          <PlacesMap places={items} hrefFor={hrefFor} width={1200} height={620} maxRadius={32} testId="places-map" />
          <details className="chart-table" data-testid="chart-table" open>
            <summary>{t.table}</summary>
            <PlacesTable places={items} hrefFor={hrefFor} />
          </details>
        </section>
      ) : null}
    </div>
  );
}
