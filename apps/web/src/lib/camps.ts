import { queryOptions, useQuery } from '@tanstack/react-query';
import { CAMPS, type CampId } from '@claimline/contracts';
import { apiFetch } from './api-client';

export type Camp = { id: CampId; nameEn: string; nameAr: string; descriptionEn: string; color: string };

export function getCamps(signal?: AbortSignal): Promise<Camp[]> {
  return apiFetch<Camp[]>('/camps', { signal });
}

export const campsQueryOptions = () =>
  queryOptions({ queryKey: ['camps'], queryFn: ({ signal }) => getCamps(signal), staleTime: Infinity });

export function useCamps() {
  return useQuery(campsQueryOptions());
}

/** The shared constants until (or if) the API answers, so colours never flicker. */
export const FALLBACK_CAMPS: Camp[] = CAMPS.map(({ id, nameEn, nameAr, descriptionEn, color }) => ({
  id,
  nameEn,
  nameAr,
  descriptionEn,
  color,
}));

export function findCamp(camps: readonly Camp[] | undefined, id: string | null | undefined): Camp {
  const list = camps && camps.length > 0 ? camps : FALLBACK_CAMPS;
  return (
    list.find((camp) => camp.id === id) ??
    FALLBACK_CAMPS.find((camp) => camp.id === id) ??
    FALLBACK_CAMPS[FALLBACK_CAMPS.length - 1]
  );
}

export function campColor(id: string | null | undefined, camps?: readonly Camp[]): string {
  return findCamp(camps, id).color;
}
