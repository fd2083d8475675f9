import { Link } from 'react-router';
import { claimFiltersToSearchParams, type ClaimFilters } from '@claimline/contracts';
import { useMessages } from '../../../lib/i18n';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Spinner } from '../../../components/ui/spinner';
import { usePlaces } from '../../../components/map/api/get-places';
import { PlacesMap } from '../../../components/map/places-map';
import { PlacesTable } from '../../../components/map/places-table';
import { mapMessages } from '../../../components/map/map-messages';
import { dashboardMessages } from '../messages';
import { ChartCard } from './chart-card';

export type MapCardProps = { filters: ClaimFilters };

/** The places of the filtered claims on the offline base map; the Map page adds the time window. */
export function MapCard({ filters }: MapCardProps) {
  const t = useMessages(dashboardMessages);
  const m = useMessages(mapMessages);
  const { data, error, isPending } = usePlaces(filters);
  const query = claimFiltersToSearchParams(filters).toString();
  const hrefFor = (place: { id: number }) =>
    `/claims?${claimFiltersToSearchParams({ ...filters, location: [place.id] }).toString()}`;

  return (
    <ChartCard
      title={m.cardTitle}
      help={m.cardHelp}
      testId="map-card"
      className="map-card"
      controls={
        <Link to={`/map${query ? `?${query}` : ''}`} className="btn btn-secondary btn-sm" data-testid="open-map">
          {m.openMap}
        </Link>
      }
      table={data ? <PlacesTable places={data} hrefFor={hrefFor} testId="map-card-table" /> : undefined}
    >
      {error ? <ErrorMessage error={error} /> : null}
      {isPending ? <Spinner label={t.loading} /> : null}
      {data ? <PlacesMap places={data} hrefFor={hrefFor} width={640} height={400} maxRadius={24} /> : null}
    </ChartCard>
  );
}
