import { queryOptions, useQuery } from '@tanstack/react-query';
import { feature } from 'topojson-client';

/** The TopoJSON topology type, taken from topojson-client's own signature. */
type Topology = Parameters<typeof feature>[0];

export type BaseMap = GeoJSON.FeatureCollection;

/**
 * Country boundaries from Natural Earth (public domain) at 1:50m, as packaged by world-atlas. The
 * TopoJSON is imported, not fetched from elsewhere: Vite bundles it as its own chunk of the app, loaded
 * on the first map shown, so the base map works offline and needs no tile server, and the dashboard's
 * first chunk does not carry its ~750 kB.
 */
export async function loadBaseMap(): Promise<BaseMap> {
  const { default: topology } = (await import('world-atlas/countries-50m.json')) as unknown as { default: Topology };
  const countries = feature(topology, topology.objects.countries);
  if (countries.type !== 'FeatureCollection') throw new Error('world-atlas: "countries" is not a collection');
  return countries;
}

export const baseMapQueryOptions = () =>
  queryOptions({ queryKey: ['base-map'], queryFn: loadBaseMap, staleTime: Infinity, gcTime: Infinity });

export function useBaseMap() {
  return useQuery(baseMapQueryOptions());
}
