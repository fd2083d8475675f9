/** Registry look-ups several features share (narratives, sources, places): read-only fetchers and their queries. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from './api/client';

export type Narrative = Schemas['NarrativeDto'];
export type SourceSummary = Schemas['SourceDto'];
export type LocationSummary = Schemas['LocationDto'];
export type Outlet = Schemas['OutletDto'];

export function getNarratives(signal?: AbortSignal): Promise<Narrative[]> {
  return unwrap(api.GET('/api/narratives', { signal }));
}
export const narrativesQueryOptions = () =>
  queryOptions({ queryKey: ['narratives'], queryFn: ({ signal }) => getNarratives(signal), staleTime: 5 * 60_000 });
export function useNarratives() {
  return useQuery(narrativesQueryOptions());
}

export async function searchSources(q: string, signal?: AbortSignal, limit = 20): Promise<SourceSummary[]> {
  const page = await unwrap(api.GET('/api/sources', { params: { query: { q, limit } }, signal }));
  return page.items;
}
export const sourceSearchQueryOptions = (q: string, limit = 20) =>
  queryOptions({
    queryKey: ['sources', 'search', q, limit],
    queryFn: ({ signal }) => searchSources(q, signal, limit),
    staleTime: 60_000,
  });

/** Every source, to name the ones picked in a URL; the registry is a few hundred rows. */
export function useAllSources(enabled: boolean) {
  return useQuery({ ...sourceSearchQueryOptions('', 1000), enabled, staleTime: 5 * 60_000 });
}

export function searchLocations(q: string, signal?: AbortSignal, limit = 20): Promise<LocationSummary[]> {
  return unwrap(api.GET('/api/locations', { params: { query: { q, limit } }, signal }));
}

export function getOutlets(signal?: AbortSignal): Promise<Outlet[]> {
  return unwrap(api.GET('/api/outlets', { signal }));
}
export const outletsQueryOptions = () =>
  queryOptions({ queryKey: ['outlets'], queryFn: ({ signal }) => getOutlets(signal), staleTime: 5 * 60_000 });
export function useOutlets() {
  return useQuery(outletsQueryOptions());
}

/** An article's outlet name; articles without an outlet have none. */
export function outletName(outlet: { name: string } | null | undefined): string {
  return outlet?.name ?? '';
}
export const locationSearchQueryOptions = (q: string, limit = 20) =>
  queryOptions({
    queryKey: ['locations', 'search', q, limit],
    queryFn: ({ signal }) => searchLocations(q, signal, limit),
    staleTime: 60_000,
  });

/** The whole gazetteer (a few hundred places), to name the places picked in a URL. */
export function useAllLocations(enabled: boolean) {
  return useQuery({ ...locationSearchQueryOptions('', 500), enabled, staleTime: 5 * 60_000 });
}

/** The name to show for a registry entry in the current language, falling back to the other. */
export function localName(
  item: { nameEn?: string | null; nameAr?: string | null } | null | undefined,
  lang: 'en' | 'ar',
): string {
  if (!item) return '';
  return (lang === 'ar' ? item.nameAr || item.nameEn : item.nameEn || item.nameAr) ?? '';
}

/** Anything with an id and names in both languages (sources, places, narratives). */
export type NamedEntity = { id: number; nameAr: string; nameEn: string };
