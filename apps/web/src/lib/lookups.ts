/** Registry look-ups several features share (narratives, sources, places): read-only fetchers and their queries. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CampId, SourceKind } from '@claimline/contracts';
import { apiFetch } from './api-client';

export type Narrative = { id: number; nameEn: string; nameAr: string; color: string; description?: string | null };
export type SourceSummary = {
  id: number;
  nameAr: string;
  nameEn: string;
  camp: CampId;
  kind: SourceKind;
  aliases: string[];
  status?: string;
  claimCount?: number;
};
export type LocationSummary = {
  id: number;
  nameAr: string;
  nameEn: string;
  kind?: string;
  lat?: number;
  lon?: number;
  key?: string;
};

export async function getNarratives(signal?: AbortSignal): Promise<Narrative[]> {
  return itemsOf(await apiFetch<Narrative[] | { items: Narrative[] }>('/narratives', { signal }));
}
export const narrativesQueryOptions = () =>
  queryOptions({ queryKey: ['narratives'], queryFn: ({ signal }) => getNarratives(signal), staleTime: 5 * 60_000 });
export function useNarratives() {
  return useQuery(narrativesQueryOptions());
}

/** The list endpoints answer either a bare array or a page `{ items, nextCursor }`. */
export function itemsOf<T>(response: T[] | { items: T[] } | null | undefined): T[] {
  if (!response) return [];
  return Array.isArray(response) ? response : (response.items ?? []);
}

export async function searchSources(q: string, signal?: AbortSignal, limit = 20): Promise<SourceSummary[]> {
  return itemsOf(
    await apiFetch<SourceSummary[] | { items: SourceSummary[] }>('/sources', { query: { q, limit }, signal }),
  );
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

export async function searchLocations(q: string, signal?: AbortSignal, limit = 20): Promise<LocationSummary[]> {
  return itemsOf(
    await apiFetch<LocationSummary[] | { items: LocationSummary[] }>('/locations', { query: { q, limit }, signal }),
  );
}

export type Outlet = { id: number; name: string; url?: string | null; articleCount?: number };

export async function getOutlets(signal?: AbortSignal): Promise<Outlet[]> {
  return itemsOf(await apiFetch<Outlet[] | { items: Outlet[] }>('/outlets', { signal }));
}
export const outletsQueryOptions = () =>
  queryOptions({ queryKey: ['outlets'], queryFn: ({ signal }) => getOutlets(signal), staleTime: 5 * 60_000 });
export function useOutlets() {
  return useQuery(outletsQueryOptions());
}

/** Outlets arrive as `{ id, name }` from the API, as a bare name in older payloads. */
export function outletName(outlet: { name: string } | string | null | undefined): string {
  if (!outlet) return '';
  return typeof outlet === 'string' ? outlet : outlet.name;
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
