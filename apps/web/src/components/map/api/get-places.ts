import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ClaimFilters } from '@claimline/contracts';
import { api, unwrap, type Schemas } from '../../../lib/api/client';

export type MapPlace = Schemas['PlaceCountsDto'];

/** Places with coordinates and their claims per camp for the claim filters (the list's, the charts'). */
export async function getPlaces(filters: ClaimFilters, signal?: AbortSignal): Promise<MapPlace[]> {
  const body = await unwrap(api.GET('/api/analytics/places', { params: { query: filters }, signal }));
  return body.items;
}

export const placesQueryOptions = (filters: ClaimFilters) =>
  queryOptions({
    queryKey: ['analytics', 'places', filters],
    queryFn: ({ signal }) => getPlaces(filters, signal),
    // Moving the time window keeps the old circles until the new ones arrive instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });

export function usePlaces(filters: ClaimFilters) {
  return useQuery(placesQueryOptions(filters));
}
