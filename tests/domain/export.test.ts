import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/dataset/model';
import { datasetSubset, incidentsGeoJson, incidentsTable, claimsTable, type Table } from '../../src/domain/export';
import { applyFilters, EMPTY_FILTERS } from '../../src/domain/filter';
import { Dataset } from '../../src/domain/schema';
import { validateDataset } from '../../src/domain/validate';
import { toCsv, UTF8_BOM } from '../../src/lib/csv';

const result = validateDataset(JSON.parse(readFileSync('tests/fixtures/dataset-v2/dataset.json', 'utf8')));
if (!result.ok) throw new Error(result.detail);
const model = buildModel(result.dataset);
const idlib = applyFilters(model, { ...EMPTY_FILTERS, places: ['gov-SY07'], from: '2024-12-01', to: '2024-12-01' });
const everything = applyFilters(model, EMPTY_FILTERS);

/** Writes a table the way the app does, then reads it back as a spreadsheet would. */
function roundTrip(table: Table): { bom: boolean; header: string[]; rows: string[][] } {
  const csv = toCsv(table.rows, table.columns);
  const parsed = Papa.parse<string[]>(csv.slice(UTF8_BOM.length), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header = [], ...rows] = parsed.data;
  return { bom: csv.startsWith(UTF8_BOM), header, rows };
}
const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));

describe('claims CSV', () => {
  it('has a BOM, one row per claim of the selected events, and Arabic quotes intact', () => {
    const table = claimsTable(idlib, model);
    const { bom, header, rows } = roundTrip(table);
    expect(bom).toBe(true);
    expect(header).toEqual(table.columns.map((c) => c.header));
    const expectedClaims = idlib.incidents.flatMap((e) => e.claim_ids);
    expect(rows.map((r) => r[header.indexOf('claim_id')])).toEqual(expectedClaims);
    // Every cell reads back exactly as written, the Arabic quote included.
    rows.forEach((r, i) => expect(r).toEqual(table.columns.map((c) => cell(table.rows[i]?.[c.key]))));
    const quote = model.claimsById.get(expectedClaims[0]!)!.quote;
    expect(rows[0]?.[header.indexOf('quote')]).toBe(quote);
  });

  it('marks superseded claims as not current', () => {
    const table = claimsTable(everything, model);
    const revisedEvent = model.eventsById.get('raqqa-2017-08-20-harat-al-badu-coalition-strike')!;
    const superseded = revisedEvent.claim_ids.filter((id) => !revisedEvent.current_claim_ids.includes(id));
    expect(superseded.length).toBeGreaterThan(0);
    for (const id of superseded) expect(table.rows.find((r) => r.claim_id === id)?.current).toBe(false);
  });
});

describe('incidents CSV', () => {
  it('reads back with the figures and place of each incident', () => {
    const { header, rows } = roundTrip(incidentsTable(idlib, model));
    const get = (r: string[] | undefined, k: string) => r?.[header.indexOf(k)];
    expect(rows.map((r) => get(r, 'event_id'))).toEqual([
      'idlib-city-2024-12-01-qusour-khamara-shamali-strikes',
      'idlib-city-2024-12-01-earlier-airstrikes',
    ]);
    expect(rows.map((r) => [get(r, 'killed_min'), get(r, 'killed_max'), get(r, 'governorate')])).toEqual([
      ['16', '', 'Idlib'],
      ['8', '8', 'Idlib'],
    ]);
    // The neighbourhood has no coordinates: it is drawn at Idlib city.
    const city = model.placesById.get('gn-169389')!;
    expect([get(rows[0], 'lat'), get(rows[0], 'lon'), get(rows[0], 'located_at')]).toEqual([
      String(city.coordinates!.lat),
      String(city.coordinates!.lon),
      'gn-169389',
    ]);
    expect(get(rows[0], 'place_ar')).toBe('أحياء القصور والخمارة والشمالي');
  });

  it('with HXL, the row under the header holds the hashtags', () => {
    const { header, rows } = roundTrip(incidentsTable(idlib, model, { hxl: true }));
    const tags = rows[0]!;
    const tagOf = (k: string) => tags[header.indexOf(k)];
    expect(
      ['date_from', 'governorate', 'place', 'lat', 'lon', 'killed_min', 'killed_max', 'sources'].map(tagOf),
    ).toEqual([
      '#date',
      '#adm1+name',
      '#loc+name',
      '#geo+lat',
      '#geo+lon',
      '#affected+killed+min',
      '#affected+killed+max',
      '#meta+source',
    ]);
    expect(rows).toHaveLength(3);
  });

  it('lists tallies after incidents, told apart by kind', () => {
    const kinds = incidentsTable(everything, model).rows.map((r) => r.kind);
    expect(kinds).toEqual([...model.incidents.map(() => 'incident'), ...model.tallies.map(() => 'tally')]);
  });
});

describe('GeoJSON', () => {
  it('has one point per incident in [lon, lat] order, and null geometry where nothing is located', () => {
    const geo = JSON.parse(JSON.stringify(incidentsGeoJson(everything, model))) as ReturnType<typeof incidentsGeoJson>;
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f) => f.id)).toEqual(model.incidents.map((e) => e.id));
    const hajin = geo.features.find((f) => f.id === 'hajin-2017-06-coalition-drone-isis-car')!;
    const place = model.placesById.get('gn-174506')!;
    expect(hajin.geometry).toEqual({ type: 'Point', coordinates: [place.coordinates!.lon, place.coordinates!.lat] });
    for (const f of geo.features) {
      if (f.geometry === null) continue;
      const [lon, lat] = f.geometry.coordinates;
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      expect(lon).toBeGreaterThan(35); // Syria lies east of 35°E and north of 32°N: a swap would fail
      expect(lat).toBeGreaterThan(32);
    }
  });
});

describe('JSON dataset subset', () => {
  it('is valid against the published schema and loads back with the same events', () => {
    const subset = datasetSubset(idlib, model, { generatedAt: '2026-11-22T00:00:00Z', title: 'Idlib, 1 Dec 2024' });
    const text = JSON.stringify(subset);
    expect(Dataset.safeParse(JSON.parse(text)).success).toBe(true);
    const back = validateDataset(JSON.parse(text));
    if (!back.ok) throw new Error(back.detail);
    expect(back.dataset.rejected).toEqual([]);
    expect(back.dataset.incidents).toEqual(idlib.incidents);
    expect(back.dataset.tallies).toEqual([]);
    // Places come with their ancestors, so the place filter still works on the subset.
    expect(subset.places.map((p) => p.id).sort()).toEqual([
      'gn-169389',
      'gov-SY07',
      'rasd-idlib-qusour-khamara-shamali',
    ]);
    expect(subset.reports.length).toBe(1);
  });

  it('the whole selection round-trips to the whole dataset', () => {
    const subset = datasetSubset(everything, model, { generatedAt: 'now' });
    const back = validateDataset(JSON.parse(JSON.stringify(subset)));
    if (!back.ok) throw new Error(back.detail);
    expect(back.dataset.incidents).toEqual(model.incidents);
    expect(back.dataset.tallies).toEqual(model.tallies);
    expect(back.dataset.claims).toHaveLength(model.claims.length);
  });
});
