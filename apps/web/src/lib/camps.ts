import { useMemo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
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

/**
 * The current conflict's camps (GET /api/camps?conflict=). Until they arrive, the camps the conflict list
 * (already loaded by ConflictProvider) gives for this conflict stand in, so names and colours are the
 * conflict's own from the first render; with neither, `data` is undefined and pages show no camp at all —
 * never another conflict's.
 */
export function useCamps() {
  const { conflict, current } = useConflict();
  // One list per conflict record: components memoize on the camps they get.
  const placeholder = useMemo(() => current?.camps.map(fromConflictCamp), [current]);
  return useQuery({ ...campsQueryOptions(conflict), placeholderData: placeholder });
}

function fromConflictCamp(camp: Schemas['ConflictCampDto']): Camp {
  return { ...camp, descriptionEn: '' };
}

/** The grey of a camp not (yet) known: no camp's colour stands in for another's. */
export const NEUTRAL_CAMP_COLOR = '#7F7F7F';

/**
 * The camp `id` of the list; an absent id is the list's unknown camp. A camp the list does not hold (yet: the
 * camps are loading) is shown as its own id in a neutral grey, not as some other conflict's camp.
 */
export function findCamp(camps: readonly Camp[] | undefined, id: string | null | undefined): Camp {
  const found = id ? camps?.find((camp) => camp.id === id) : camps?.find((camp) => camp.role === 'unknown');
  if (found) return found;
  const name = id ?? '';
  return {
    id: name,
    nameEn: name,
    nameAr: name,
    descriptionEn: '',
    color: NEUTRAL_CAMP_COLOR,
    order: 0,
    role: 'unknown',
  };
}

export function campColor(id: string | null | undefined, camps?: readonly Camp[]): string {
  return findCamp(camps, id).color;
}
