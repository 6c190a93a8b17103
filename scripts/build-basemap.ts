/**
 * `npx tsx scripts/build-basemap.ts`: turns data/geo (OCHA boundaries, Natural Earth outlines, the gazetteer) into the
 * small offline basemap the map loads from public/basemap/.
 *
 * - base.json: one TopoJSON with governorates (OCHA adm1), neighbouring countries and rivers (Natural Earth),
 *   simplified with topojson-simplify, plus the label places (governorates, cities, towns; no villages) and the list of
 *   cities that have neighbourhood outlines. This is everything the first view loads.
 * - neighbourhoods/<city pcode>.json: one TopoJSON per city (OCHA city neighbourhoods), loaded only when zoomed in.
 *
 * Output is deterministic (sorted, fixed precision), so the committed files only change when the input does.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';

const GEO = 'data/geo';
const OUT = 'public/basemap';

/** Planar triangle area (degrees²) below which a boundary vertex is dropped: ~0.0004° ≈ 40 m × 40 m at 35°N. */
const BOUNDARY_MIN_WEIGHT = 1.5e-5;
/** Finer threshold for city neighbourhoods, which are seen at street zoom. */
const NEIGHBOURHOOD_MIN_WEIGHT = 1e-8;
/** Quantisation: 1e5 steps across the extent (a few metres over Syria). */
const QUANTIZATION = 1e5;

type Props = Record<string, unknown>;
const readJson = <T>(file: string): T => JSON.parse(readFileSync(`${GEO}/${file}`, 'utf8')) as T;
const round = (n: number, places = 5) => Math.round(n * 10 ** places) / 10 ** places;

/** Keeps only the named properties, so the basemap carries no unused attributes. */
function pick(fc: FeatureCollection<Geometry, Props>, keep: (p: Props) => Props): FeatureCollection<Geometry, Props> {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({ type: 'Feature', properties: keep(f.properties ?? {}), geometry: f.geometry })),
  };
}

function simplified(objects: Record<string, FeatureCollection<Geometry, Props>>, minWeight: number) {
  // topojson-server types its output with nullable properties; the simplifier's input type is the same topology.
  const topo = topology(objects, QUANTIZATION) as unknown as Topology<Objects<Props>>;
  return simplify(presimplify(topo), minWeight);
}

interface GazetteerRecord {
  id: string;
  name_en: string;
  names_ar: string[];
  kind: string;
  governorate: string | null;
  lat: number;
  lon: number;
  pcode?: string | null;
}

function bboxOf(features: Feature<Geometry>[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of features) if ('coordinates' in f.geometry) visit(f.geometry.coordinates);
  return [round(w, 4), round(s, 4), round(e, 4), round(n, 4)];
}

function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(`${OUT}/neighbourhoods`, { recursive: true });

  const adm1 = pick(readJson('syria-adm1.geojson'), (p) => ({
    pcode: p.ADM1_PCODE,
    name_en: p.gov_en,
    name_ar: p.ADM1_AR,
  }));
  // Syria itself is drawn from the OCHA governorates; Natural Earth's coarser Syria would not match them.
  const neighboursRaw = readJson<FeatureCollection<Geometry, Props>>('syria-neighbours-ne50m.geojson');
  const neighbours = pick(
    { ...neighboursRaw, features: neighboursRaw.features.filter((f) => f.properties?.adm0_a3 !== 'SYR') },
    (p) => ({ iso: p.adm0_a3, name_en: p.name }),
  );
  const rivers = pick(readJson('syria-rivers-ne50m.geojson'), (p) => ({ name_en: p.name_en, name_ar: p.name_ar }));

  const gazetteer = readJson<GazetteerRecord[]>('gazetteer.json');
  const LABEL_KINDS = new Set(['governorate', 'city', 'town']);
  const places = gazetteer
    .filter((g) => LABEL_KINDS.has(g.kind))
    .map((g) => ({
      id: g.id,
      kind: g.kind,
      en: g.name_en,
      ar: g.names_ar[0] ?? g.name_en,
      lat: round(g.lat),
      lon: round(g.lon),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));

  const hoods = readJson<FeatureCollection<Geometry, Props>>('syria-city-neighbourhoods.geojson');
  const byCity = new Map<string, Feature<Geometry, Props>[]>();
  for (const f of hoods.features) {
    const city = String(f.properties?.city_pcode);
    byCity.set(city, [...(byCity.get(city) ?? []), f]);
  }
  const cities = [...byCity.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([pcode, features]) => {
      const first = features[0]?.properties ?? {};
      const fc = pick({ type: 'FeatureCollection', features }, (p) => ({
        pcode: p.pcode,
        name_en: p.name_en,
        name_ar: p.name_ar,
        lat: round(Number(p.lat)),
        lon: round(Number(p.lon)),
      }));
      const file = `neighbourhoods/${pcode}.json`;
      writeFileSync(`${OUT}/${file}`, JSON.stringify(simplified({ neighbourhoods: fc }, NEIGHBOURHOOD_MIN_WEIGHT)));
      return { pcode, name_en: String(first.city_en), name_ar: String(first.city_ar), bbox: bboxOf(features), file };
    });

  const base = {
    ...simplified({ governorates: adm1, neighbours, rivers }, BOUNDARY_MIN_WEIGHT),
    // Foreign members (allowed by the TopoJSON spec): what the map labels and which cities have outlines.
    rasd: { places, cities },
  };
  writeFileSync(`${OUT}/base.json`, JSON.stringify(base));

  const size = (file: string) => {
    const raw = readFileSync(`${OUT}/${file}`);
    return { file, kb: round(raw.length / 1024, 1), gzipKb: round(gzipSync(raw).length / 1024, 1) };
  };
  console.log(JSON.stringify(size('base.json')));
  for (const c of cities) console.log(JSON.stringify(size(c.file)));
}

main();
