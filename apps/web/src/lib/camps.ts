import { queryOptions, useQuery } from '@tanstack/react-query';
import { CAMPS } from '@claimline/contracts';
import { api, unwrap, type Schemas } from './api/client';
import { useConflict } from './conflict/conflict-provider';

export type Camp = Schemas['CampDto'];
/** A camp id as the API's DTOs spell it: any camp of the current conflict (the API validates it). */
export type ApiCampId = Camp['id'];

/** The camp id for a string from a form control or a URL; undefined for an empty one. */
export function toApiCampId(value: string | null | undefined): ApiCampId | undefined {
  return value ? value : undefined;
}

/** The conflict's camps in their display order (each conflict has its own: LNA/GNA, SAF/RSF…). */
export function getCamps(conflict: string | undefined, signal?: AbortSignal): Promise<Camp[]> {
  return unwrap(api.GET('/api/camps', { params: { query: { conflict } }, signal }));
}

export const campsQueryOptions = (conflict: string | undefined) =>
  queryOptions({
    queryKey: ['camps', conflict ?? null],
    queryFn: ({ signal }) => getCamps(conflict, signal),
    staleTime: Infinity,
  });

/** The current conflict's camps (GET /api/camps?conflict=). */
export function useCamps() {
  const { conflict } = useConflict();
  return useQuery(campsQueryOptions(conflict));
}

/**
 * The default pack's camps until (or if) the API answers, so colours never flicker; only a placeholder: every
 * list and legend takes the current conflict's camps from useCamps.
 */
export const FALLBACK_CAMPS: Camp[] = CAMPS.map(({ id, nameEn, nameAr, descriptionEn, color }, index) => ({
  id,
  nameEn,
  nameAr,
  descriptionEn,
  color,
  order: index + 1,
  role: id === 'UN' ? 'un' : id === 'INTERNATIONAL' ? 'international' : id === 'UNKNOWN' ? 'unknown' : 'belligerent',
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
