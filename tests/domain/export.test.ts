import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/dataset/model';
import {
  claimsTable,
  datasetSubset,
  exportFileStem,
  incidentsGeoJson,
  incidentsTable,
  type Table,
} from '../../src/domain/export';
import { dataDictionary, localizeTable, type CodeLabel } from '../../src/domain/dataDictionary';
import ar from '../../src/i18n/locales/ar.json';
import en from '../../src/i18n/locales/en.json';
import { applyFilters, EMPTY_FILTERS } from '../../src/domain/filter';
import { Dataset } from '../../src/domain/schema';
import { validateDataset } from '../../src/domain/validate';
import { toCsv, UTF8_BOM } from '../../src/lib/csv';

const result = validateDataset(JSON.parse(readFileSync('tests/fixtures/dataset-v2/dataset.json', 'utf8')));
if (!result.ok) throw new Error(result.detail);
const model = buildModel(result.dataset);
// The claims table and the dataset subset carry quotes and notes: they read whole claims, not the model's summaries.
const whole = { ...model, claimsById: new Map(result.dataset.claims.map((c) => [c.id, c])) };
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
    const table = claimsTable(idlib, whole);
    const { bom, header, rows } = roundTrip(table);
    expect(bom).toBe(true);
    expect(header).toEqual(table.columns.map((c) => c.header));
    const expectedClaims = idlib.incidents.flatMap((e) => e.claim_ids);
    expect(rows.map((r) => r[header.indexOf('claim_id')])).toEqual(expectedClaims);
    // Every cell reads back exactly as written, the Arabic quote included.
    rows.forEach((r, i) => expect(r).toEqual(table.columns.map((c) => cell(table.rows[i]?.[c.key]))));
    const quote = whole.claimsById.get(expectedClaims[0]!)!.quote;
    expect(rows[0]?.[header.indexOf('quote')]).toBe(quote);
  });

  it('marks superseded claims as not current', () => {
    const table = claimsTable(everything, whole);
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
  it('is valid against the published schema and loads back with the same events', async () => {
    const subset = await datasetSubset(idlib, whole, {
      generatedAt: '2026-11-22T00:00:00Z',
      title: 'Idlib, 1 Dec 2024',
    });
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

  it('the whole selection round-trips to the whole dataset', async () => {
    const subset = await datasetSubset(everything, whole, { generatedAt: 'now' });
    const back = validateDataset(JSON.parse(JSON.stringify(subset)));
    if (!back.ok) throw new Error(back.detail);
    expect(back.dataset.incidents).toEqual(model.incidents);
    expect(back.dataset.tallies).toEqual(model.tallies);
    expect(back.dataset.claims).toHaveLength(model.claims.length);
  });
});

describe('file names carry the filter', () => {
  it('names the date range, one open end, or all dates, and says when more is filtered', () => {
    const f = { ...EMPTY_FILTERS, from: '2017-08-01', to: '2017-09-30' };
    expect(exportFileStem('incidents', f)).toBe('rasd-incidents_2017-08-01_2017-09-30');
    expect(exportFileStem('claims', { ...EMPTY_FILTERS, from: '2017-08-01' })).toBe('rasd-claims_from-2017-08-01');
    expect(exportFileStem('claims', { ...EMPTY_FILTERS, to: '2017-09-30' })).toBe('rasd-claims_to-2017-09-30');
    expect(exportFileStem('dataset', EMPTY_FILTERS)).toBe('rasd-dataset_all-dates');
    expect(exportFileStem('incidents', { ...f, places: ['gov-SY07'] })).toBe(
      'rasd-incidents_2017-08-01_2017-09-30_filtered',
    );
    expect(exportFileStem('incidents', { ...EMPTY_FILTERS, query: 'الرقة' })).toBe('rasd-incidents_all-dates_filtered');
  });
});

/** The app's own vocabulary labels, as the export button passes them. */
const vocab = { ar: ar.vocab, en: en.vocab } as const;
const labelIn =
  (lng: 'ar' | 'en'): CodeLabel =>
  (group, code) =>
    group === 'governorate'
      ? code
      : ((vocab[lng] as unknown as Record<string, Record<string, string> | undefined>)[group]?.[code] ?? code);

describe('Arabic headers and values', () => {
  it('incidents CSV carries the Arabic names of its sources (source_ar)', () => {
    const table = incidentsTable(idlib, model);
    for (const row of table.rows) {
      const e = model.eventsById.get(String(row.event_id))!;
      const sources = e.source_ids.map((id) => model.sourcesById.get(id)!);
      // A source without an Arabic name (the unattributed one) keeps its English name.
      expect(row.source_ar).toBe(sources.map((s) => s.names_ar[0] ?? s.name_en).join('؛ '));
    }
    const named = table.rows.filter((r) =>
      model.eventsById
        .get(String(r.event_id))!
        .source_ids.every((id) => model.sourcesById.get(id)!.names_ar.length > 0),
    );
    expect(named.length).toBeGreaterThan(0);
    for (const r of named) expect(String(r.source_ar)).toMatch(/^[\u0600-\u06ff]/);
  });

  it('in Arabic: headers and coded values in Arabic; ids, dates and numbers as they are', () => {
    const table = incidentsTable(idlib, model);
    const shown = localizeTable(table, 'ar', labelIn('ar'));
    const { header, rows } = roundTrip(shown);
    expect(header).toContain('الجهة المنفذة');
    expect(header).toContain('معرّف الحدث');
    expect(header).not.toContain('perpetrator');
    const i = (k: string) => table.columns.findIndex((c) => c.key === k);
    const first = table.rows[0]!;
    expect(rows[0]?.[i('perpetrator')]).toBe(ar.vocab.perpetrator[first.perpetrator as 'regime']);
    expect(rows[0]?.[i('kind')]).toBe(ar.vocab.kind.incident);
    expect(rows[0]?.[i('preliminary')]).toMatch(/^(نعم|لا)$/);
    expect(rows[0]?.[i('event_id')]).toBe(first.event_id);
    expect(rows[0]?.[i('killed_min')]).toBe(String(first.killed_min));
  });

  it('in English the table is left as it is, and an HXL tag row stays tags', () => {
    const table = incidentsTable(idlib, model, { hxl: true });
    expect(localizeTable(table, 'en', labelIn('en'))).toBe(table);
    const shown = localizeTable(table, 'ar', labelIn('ar'), { hxl: true });
    expect(shown.rows[0]).toEqual(table.rows[0]);
  });
});

describe('data dictionary', () => {
  const table = incidentsTable(idlib, model);
  const make = (language: 'ar' | 'en') =>
    dataDictionary({
      language,
      files: ['rasd-incidents_2024-12-01_2024-12-01_filtered.csv'],
      tables: [table],
      label: labelIn(language),
      generatedAt: '2026-12-06T00:00:00Z',
      selection: 'incidents: 2, tallies: 0',
      filterQuery: '?from=2024-12-01&to=2024-12-01&place=gov-SY07',
    });

  it('in English: names the file and filter, every column once with its meaning, and every code of a coded column', () => {
    const text = make('en');
    expect(text).toContain('rasd-incidents_2024-12-01_2024-12-01_filtered.csv');
    expect(text).toContain('?from=2024-12-01&to=2024-12-01&place=gov-SY07');
    for (const { key } of table.columns)
      expect(text.match(new RegExp(`^\\| [^|]+ \\| \`${key}\` \\|`, 'gm'))).toHaveLength(1);
    expect(text).toMatch(/\| `source_ar` \| Source name\(s\) in Arabic/);
    expect(text).toContain(`| \`regime_russia\` | ${en.vocab.perpetrator.regime_russia} |`);
    expect(text).toMatch(/ISO 8601/);
    expect(text).toMatch(/never add the two/);
  });

  it('in Arabic: Arabic headings, column names and code labels, the English key beside each', () => {
    const text = make('ar');
    expect(text).toContain('# رصد: قاموس البيانات');
    expect(text).toContain('| الجهة المنفذة | `perpetrator` |');
    expect(text).toContain(`| \`regime_russia\` | ${ar.vocab.perpetrator.regime_russia} |`);
    expect(text).toContain('الخانة الفارغة تعني غير معروف');
  });
});
