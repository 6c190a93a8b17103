import { queryOptions } from '@tanstack/react-query';
import { feature, mesh } from 'topojson-client';
import type { FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The offline basemap written by scripts/build-basemap.ts into public/basemap/ (relative: any sub-path works). */
export const BASEMAP_URL = './basemap/base.json';

/** A place the basemap labels (governorates, cities, towns; never villages). */
export interface LabelPlace {
  id: string;
  kind: 'governorate' | 'city' | 'town';
  en: string;
  ar: string;
  lat: number;
  lon: number;
}

/** A city with neighbourhood outlines, fetched only when the map is zoomed into it. */
export interface NeighbourhoodCity {
  pcode: string;
  name_en: string;
  name_ar: string;
  /** [west, south, east, north], degrees. */
  bbox: [number, number, number, number];
  /** Path under public/basemap/. */
  file: string;
}

export interface NamedProps {
  pcode?: string;
  name_en?: string;
  name_ar?: string;
  lat?: number;
  lon?: number;
}

export interface Basemap {
  governorates: FeatureCollection<Geometry, NamedProps>;
  neighbours: FeatureCollection<Geometry, NamedProps>;
  rivers: FeatureCollection<Geometry, NamedProps>;
  /** Syria's outer border and the borders between governorates, each drawn once (no doubled shared edges). */
  border: MultiLineString;
  internalBorders: MultiLineString;
  places: LabelPlace[];
  cities: NeighbourhoodCity[];
}

type BaseTopology = Topology<Record<string, GeometryCollection<NamedProps>>> & {
  rasd?: { places?: LabelPlace[]; cities?: NeighbourhoodCity[] };
};

const EMPTY_LINES: MultiLineString = { type: 'MultiLineString', coordinates: [] };

function collection(topo: BaseTopology, name: string): FeatureCollection<Geometry, NamedProps> {
  const object = topo.objects[name];
  if (!object) return { type: 'FeatureCollection', features: [] };
  return feature(topo, object) as FeatureCollection<Geometry, NamedProps>;
}

async function fetchJson(url: string, signal: AbortSignal): Promise<BaseTopology> {
  const response = await fetch(url, { signal });
  // A static host may answer a missing file with index.html and 200.
  if (!response.ok || (response.headers.get('content-type') ?? '').includes('text/html')) {
    throw new Error(`HTTP ${response.status} for ${url}`);
  }
  return (await response.json()) as BaseTopology;
}

export const basemapQuery = queryOptions({
  queryKey: ['basemap', BASEMAP_URL],
  queryFn: async ({ signal }): Promise<Basemap> => {
    const topo = await fetchJson(BASEMAP_URL, signal);
    return {
      governorates: collection(topo, 'governorates'),
      neighbours: collection(topo, 'neighbours'),
      rivers: collection(topo, 'rivers'),
      border: topo.objects.governorates ? mesh(topo, topo.objects.governorates, (a, b) => a === b) : EMPTY_LINES,
      internalBorders: topo.objects.governorates
        ? mesh(topo, topo.objects.governorates, (a, b) => a !== b)
        : EMPTY_LINES,
      places: topo.rasd?.places ?? [],
      cities: topo.rasd?.cities ?? [],
    };
  },
  staleTime: Infinity,
  retry: false,
});

export const neighbourhoodsQuery = (city: NeighbourhoodCity) =>
  queryOptions({
    queryKey: ['basemap-neighbourhoods', city.file],
    queryFn: async ({ signal }) => collection(await fetchJson(`./basemap/${city.file}`, signal), 'neighbourhoods'),
    staleTime: Infinity,
    retry: false,
  });
