/** The floor pages' data: the points of a Rasd site's core file (bench/floor.bench.ts), read with no Rasd code. */
interface Column {
  key: string;
  values?: number[];
  columns?: Column[];
}

interface CoreFile {
  tables: { places: { columns: Column[] } };
}

/**
 * Fetches and parses the site's `data/core.json`, as the app does first, and returns one point per placed place.
 * A floor, not the app: no check, no incidents, no clustering; only the bytes the app would parse and points to draw.
 */
export async function placedPoints(): Promise<Array<[number, number]>> {
  const core = (await (await fetch('./data/core.json')).json()) as CoreFile;
  const coordinates = core.tables.places.columns.find((c) => c.key === 'coordinates')?.columns ?? [];
  const lat = coordinates.find((c) => c.key === 'lat')?.values ?? [];
  const lon = coordinates.find((c) => c.key === 'lon')?.values ?? [];
  return lat.map((y, i) => [y, lon[i] ?? 0]);
}

/** How the floor pages frame their points: as Rasd frames its incidents (features/map/MapPanel.tsx). */
export const FIT = { padding: [40, 40] as [number, number], maxZoom: 11 };
