import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type BaseMap = FeatureCollection<Geometry, { name?: string }>;

/**
 * Country boundaries from Natural Earth (public domain) at 1:50m, as packaged by world-atlas. The
 * TopoJSON is imported, not fetched: Vite bundles it as its own chunk of the app, loaded on the first
 * map shown, so the base map works offline and needs no tile server, and the dashboard's first chunk
 * does not carry its ~750 kB.
 */
export async function loadBaseMap(): Promise<BaseMap> {
  const { default: topology } = (await import('world-atlas/countries-50m.json')) as unknown as {
    default: Topology<{ countries: GeometryCollection<{ name?: string }> }>;
  };
  return feature(topology, topology.objects.countries);
}

export const baseMapQueryOptions = () =>
  queryOptions({ queryKey: ['base-map'], queryFn: loadBaseMap, staleTime: Infinity, gcTime: Infinity });

export function useBaseMap() {
  return useQuery(baseMapQueryOptions());
}
