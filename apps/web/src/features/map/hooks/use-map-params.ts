import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { claimFiltersFromSearchParams, claimFiltersToSearchParams, type ClaimFilters } from '@claimline/contracts';

/** The map's filters live in the URL like the list's and the dashboard's: the view is a link. */
export function useMapParams() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => claimFiltersFromSearchParams(params), [params]);
  const setWindow = useCallback(
    (window: { from?: string; to?: string }) =>
      setParams((current) => claimFiltersToSearchParams({ ...claimFiltersFromSearchParams(current), ...window }), {
        replace: true,
      }),
    [setParams],
  );
  return { filters, setWindow };
}

/** A place's claims: the view's filters narrowed to that place. */
export function claimsHrefFor(filters: ClaimFilters, placeId: number): string {
  return `/claims?${claimFiltersToSearchParams({ ...filters, location: [placeId] }).toString()}`;
}
