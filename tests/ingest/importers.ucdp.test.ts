/**
 * The UCDP GED importer: a real row becomes exactly the claim documented in data/ucdp/README.md, broken rows are
 * reported at their line with a reason while the rest import, and the whole 16,566-row file imports cleanly into the
 * dataset shipped at public/datasets/ucdp-ged-syria.json, byte for byte.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFigures } from '../../src/domain/datasetFigures';
import { Claim } from '../../src/domain/schema';
import { readCsv } from '../../src/ingest/importers/csv';
import { loadImportResources } from '../../src/ingest/importers/resources';
import { toDataset, type ImportResult } from '../../src/ingest/importers/shared';
import { importUcdp, UCDP_COLUMNS, weaponOfHeadline } from '../../src/ingest/importers/ucdp';

const CSV = 'data/ucdp/ucdp-ged-syria-2016-2019.csv';
const resources = loadImportResources('data');
const options = { version: '19.1', file: 'ucdp-ged-syria-2016-2019.csv' };
const text = readFileSync(CSV, 'utf8');
const rowsById = new Map(readCsv(text).records.map((r) => [r.fields.id, r.fields]));

/** A small GED file: the header and the given rows, each a real row with some fields changed. */
function gedFile(rows: Record<string, string>[]): string {
  return Papa.unparse({ fields: [...UCDP_COLUMNS], data: rows.map((r) => UCDP_COLUMNS.map((c) => r[c] ?? '')) });
}
const real = (id: string, changes: Record<string, string> = {}) => ({ ...rowsById.get(id), ...changes });

describe('a UCDP GED row as a claim', () => {
  const result = importUcdp(gedFile([real('247119')]), resources, options);
  const claim = result.claims[0] as Claim;

  it('is one schema-valid incident claim marked ucdp-ged, with the release as its report and UCDP as its source', () => {
    expect(result.claims).toHaveLength(1);
    expect(Claim.safeParse(claim).success).toBe(true);
    expect(claim).toMatchObject({
      id: 'ucdp-247119',
      event: 'ucdp-247119',
      kind: 'incident',
      dataset: 'ucdp-ged',
      report_id: 'ucdp-ged-19.1',
      source: 'UCDP GED',
      source_id: 'ucdp-ged',
      source_ar: null,
      status: 'reported',
      supersedes: null,
      injured: null,
    });
    expect(result.report).toMatchObject({ id: 'ucdp-ged-19.1', outlet: 'UCDP GED 19.1', published: null });
  });

  it('keeps low–high as killed, best and the civilians in notes, and the sources UCDP coded from', () => {
    expect(claim.killed).toEqual({ min: 24, max: 52, qualifier: 'approx' });
    expect(claim.victims).toBe('civilians');
    expect(readFigures(claim)).toEqual({
      figure: 27,
      measure: 'best',
      low: 24,
      high: 52,
      civilians: 27,
      uncertaintyKm: 25,
      sources: ['SOHR', 'Airwars'],
    });
  });

  it('quotes the source headline whole, as its provenance', () => {
    expect(claim.quote).toMatch(/^190 were killed yesterday/);
    expect(claim.quote).toContain('حارة البدو');
    expect([claim.quote_start, claim.quote_end]).toEqual([0, claim.quote.length]);
  });

  it('places it at a point of its own, parented to Raqqa governorate, to the precision where_prec 2 allows', () => {
    expect(claim.date).toEqual({ from: '2017-08-20', to: '2017-08-20', basis: 'UCDP date_prec 1: exact day' });
    expect(claim.place).toEqual({
      governorate: 'Raqqa',
      city: 'Ar Raqqah',
      neighborhood: null,
      text_ar: null,
      precision: 'city',
    });
    const place = result.places.find((p) => p.id === claim.place_id);
    expect(place).toMatchObject({
      name_en: 'Ar Raqqah town',
      kind: 'town',
      coordinates: { lat: 35.952829, lon: 39.007879 },
      parent: 'gov-SY11',
    });
    expect(claim.place_id).toMatch(/^ucdp-loc-[0-9a-f]{12}$/);
    expect(result.places.map((p) => p.id)).toContain('gov-SY11');
  });

  it('names no perpetrator for a dyad (IS – SDF): UCDP says who fought, not who killed', () => {
    expect(claim.perpetrator).toBe('unknown');
    expect(claim.notes).toContain('sides: IS – SDF (type 2, non-state)');
  });
});

describe('UCDP codes mapped to Rasd', () => {
  const one = (changes: Record<string, string>) =>
    importUcdp(gedFile([real('247119', changes)]), resources, options).claims[0] as Claim;

  it.each([
    ['1', 'city'],
    ['2', 'city'],
    ['3', 'district'],
    ['4', 'governorate'],
    ['5', 'region'],
    ['6', 'region'],
  ])('where_prec %s → precision %s', (wherePrec, precision) => {
    expect(one({ where_prec: wherePrec }).place.precision).toBe(precision);
  });

  it('draws a governorate-level row at our governorate and gives a country-level row no place', () => {
    expect(one({ where_prec: '4' }).place_id).toBe('gov-SY11');
    expect(one({ where_prec: '6', adm_1: '' }).place_id).toBeNull();
  });

  it('takes the perpetrator from side A only for one-sided violence', () => {
    expect(one({ type_of_violence: '3', side_a: 'IS', side_b: 'Civilians' }).perpetrator).toBe('isis');
    expect(one({ type_of_violence: '3', side_a: 'Government of Syria', side_b: 'Civilians' }).perpetrator).toBe(
      'regime',
    );
    expect(one({ type_of_violence: '1', side_a: 'Government of Syria' }).perpetrator).toBe('unknown');
  });

  it('spans the date over date_start…date_end, with date_prec as its basis', () => {
    expect(one({ date_prec: '3', date_start: '2017-08-14', date_end: '2017-08-20' }).date).toEqual({
      from: '2017-08-14',
      to: '2017-08-20',
      basis: 'UCDP date_prec 3: only the week is known',
    });
  });

  it('is exact when low = best = high', () => {
    expect(one({ low: '15', best: '15', high: '15' }).killed).toEqual({ min: 15, max: 15, qualifier: 'exact' });
  });

  it.each([
    ['Russian warplanes target the countryside of Idlib', 'airstrike'],
    ['Helicopters drop barrel bombs on Daraya', 'airstrike'],
    ['14 shells hit Dahya al-Assad', 'artillery'],
    ['A drone strike kills 3 in Idlib', 'drone'],
    ['A car bomb explodes in Azaz', 'vbied'],
    ['A mine explosion kills a person', 'landmine'],
    ['Warplanes raid and shells target Douma', 'unknown'],
    ['190 were killed yesterday', 'unknown'],
  ])('headline "%s" → weapon %s', (headline, weapon) => {
    expect(weaponOfHeadline(headline)).toBe(weapon);
  });
});

describe('UCDP rows that fail', () => {
  const file = gedFile([
    real('242988'),
    real('247119', { id: '900001', date_start: '' }),
    real('247119', { id: '900002', latitude: '95.1' }),
    real('247119', { id: '900003', low: '30', best: '27', high: '29' }),
    real('247119', { id: '900004', best: 'many' }),
    real('247119', { id: '900005', where_prec: '9' }),
    real('247119', { id: '900006', source_headline: '  ' }),
    real('242988'),
  ]);
  const result = importUcdp(file, resources, options);

  it('are reported with their line and a reason; the rest import', () => {
    const errors = result.messages.filter((m) => m.severity === 'error');
    expect(errors.map((m) => [m.line, m.rule, m.record_id])).toEqual([
      [3, 'date-missing', '900001'],
      [4, 'latitude-out-of-range', '900002'],
      [6, 'best-invalid', '900004'],
      [7, 'where_prec-invalid', '900005'],
      [8, 'headline-missing', '900006'],
      [9, 'id-duplicate', '242988'],
    ]);
    expect(errors[1]?.reason).toBe('latitude 95.1 is outside ±90');
    expect(result.claims.map((c) => c.id)).toEqual(['ucdp-242988', 'ucdp-900003']);
  });

  it('import with a warning when low, best and high are out of order, the count spanning all three', () => {
    expect(result.messages.filter((m) => m.severity === 'warning').map((m) => [m.line, m.rule])).toEqual([
      [5, 'estimates-out-of-order'],
    ]);
    expect(result.claims[1]?.killed).toEqual({ min: 27, max: 30, qualifier: 'approx' });
  });

  it('give the offsets of the row in the file', () => {
    const m = result.messages[0];
    expect(file.slice(m?.start, m?.end).startsWith('900001,')).toBe(true);
  });

  it('leave a file that is not GED unimported, with one reason', () => {
    const wrong = importUcdp('a,b\n1,2\n', resources, options);
    expect(wrong.claims).toEqual([]);
    expect(wrong.messages).toMatchObject([{ line: 1, rule: 'columns-missing', severity: 'error' }]);
  });
});

describe('the whole GED Syria file', () => {
  let result: ImportResult;
  beforeAll(() => {
    result = importUcdp(text, resources, options);
  });

  it('imports all 16,566 events, with no row failing', () => {
    expect(result.rows).toBe(16_566);
    expect(result.claims).toHaveLength(16_566);
    expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(result.messages.every((m) => m.rule === 'estimates-out-of-order')).toBe(true);
    expect(result.messages).toHaveLength(101);
  });

  it('is shipped as public/datasets/ucdp-ged-syria.json, valid, minified and up to date (see data/ucdp/README.md)', () => {
    const shipped = readFileSync('public/datasets/ucdp-ged-syria.json', 'utf8');
    const fresh = toDataset(result, { title: 'UCDP GED 19.1: Syria 2016–2019', generatedAt: '2020-01-10T00:00:00Z' });
    // toDataset validates the whole dataset against the schema, so equal to it means valid too.
    expect(shipped).toBe(JSON.stringify(fresh) + '\n');
  });
});
