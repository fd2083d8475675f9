import { queryOptions, useQuery } from '@tanstack/react-query';
import { CAMP_IDS, CAMPS } from '@claimline/contracts';
import { api, unwrap, type Schemas } from './api/client';

export type Camp = Schemas['CampDto'];
/** A camp id as the API's DTOs spell it: the camps it validates against (the default pack's). */
export type ApiCampId = Camp['id'];

/** The API's camp id for a string from a form control or a URL, or undefined when the API knows no such camp. */
export function toApiCampId(value: string | null | undefined): ApiCampId | undefined {
  return CAMP_IDS.find((id) => id === value);
}

export function getCamps(signal?: AbortSignal): Promise<Camp[]> {
  return unwrap(api.GET('/api/camps', { signal }));
}

export const campsQueryOptions = () =>
  queryOptions({ queryKey: ['camps'], queryFn: ({ signal }) => getCamps(signal), staleTime: Infinity });

export function useCamps() {
  return useQuery(campsQueryOptions());
}

/** The shared constants until (or if) the API answers, so colours never flicker. */
export const FALLBACK_CAMPS: Camp[] = CAMPS.flatMap(({ id, nameEn, nameAr, descriptionEn, color }) => {
  const apiId = toApiCampId(id);
  return apiId ? [{ id: apiId, nameEn, nameAr, descriptionEn, color }] : [];
});

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
