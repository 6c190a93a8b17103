/**
 * The ACLED importer on a small SYNTHETIC ACLED-format file (tests/fixtures/acled-sample.csv; ACLED's own data may
 * not be redistributed), and the pieces both importers share: CSV positions, governorate spellings, actor names.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/domain/datasetFigures';
import { Claim, Dataset } from '../../src/domain/schema';
import { acledDate, importAcled } from '../../src/ingest/importers/acled';
import { importUcdp } from '../../src/ingest/importers/ucdp';
import { readCsv } from '../../src/ingest/importers/csv';
import { loadImportResources } from '../../src/ingest/importers/resources';
import { governorateOf, perpetratorOf, toDataset } from '../../src/ingest/importers/shared';

const resources = loadImportResources('data');
const sample = readFileSync('tests/fixtures/acled-sample.csv', 'utf8');
const result = importAcled(sample, resources, { version: 'export', file: 'acled-sample.csv' });
const byId = new Map(result.claims.map((c) => [c.id, c]));
const claim = (id: string) => byId.get(id) as Claim;

describe('readCsv', () => {
  it('gives each record the line it starts on, across quoted line breaks, blank lines, CRLF and a BOM', () => {
    const table = readCsv('\uFEFFa,b\r\n\r\n1,"x\r\ny"\r\n\r\n3,4\r\n5\r\n');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.records.map((r) => [r.line, r.fields, r.width])).toEqual([
      [3, { a: '1', b: 'x\r\ny' }, 2],
      [6, { a: '3', b: '4' }, 2],
      [7, { a: '5' }, 1],
    ]);
  });

  it('gives the offsets of each record, line break excluded', () => {
    const text = 'a,b\n1,2\n3,4';
    expect(readCsv(text).records.map((r) => text.slice(r.start, r.end))).toEqual(['1,2', '3,4']);
  });
});

describe('shared dictionaries', () => {
  it.each([
    ['Ar Raqqah Governorate', 'Raqqa'],
    ['Ar-Raqqa', 'Raqqa'],
    ['Deir ez Zor Governorate', 'Deir ez-Zor'],
    ['Deir-ez-Zor', 'Deir ez-Zor'],
    ['Rural Damascus', 'Rif Dimashq'],
    ['Rif Dimashq Governorate', 'Rif Dimashq'],
    ['Damascus Governorate', 'Damascus'],
    ['Idleb', 'Idlib'],
    ['Hamah Governorate', 'Hama'],
    ['Al Hasakah Governorate', 'Hasakah'],
    ['As-Sweida', 'Suwayda'],
    ['Lattakia', 'Latakia'],
    ['Tartous', 'Tartus'],
    ['Dara', 'Daraa'],
    ['Beirut', null],
  ])('governorate %s → %s', (name, governorate) => {
    expect(governorateOf(name)).toBe(governorate);
  });

  it.each([
    ['Government of Syria', 'regime'],
    ['Military Forces of Syria (2000-2024)', 'regime'],
    ['Military Forces of Russia (2000-)', 'russia'],
    ['Government of Syria, Military Forces of Russia (2000-)', 'regime_russia'],
    ['IS', 'isis'],
    ['Islamic State (Syria)', 'isis'],
    ['SDF', 'sdf'],
    ['SDF: Syrian Democratic Forces', 'sdf'],
    ['Government of United States of America', 'coalition'],
    ['Military Forces of the United States (2017-2021)', 'coalition'],
    ['Syrian insurgents', 'opposition'],
    ['Ahrar al-Sham, HTS, Southern Front', 'opposition'],
    ['Syrian National Coalition', 'opposition'],
    ['Government of Turkey', 'unknown'],
    ['IS, Government of Syria', 'unknown'],
  ])('actor %s → %s', (actor, perpetrator) => {
    expect(perpetratorOf(actor)).toBe(perpetrator);
  });

  it.each([
    ['2017-08-20', '2017-08-20'],
    ['20 August 2017', '2017-08-20'],
    ['5-Jun-2017', '2017-06-05'],
    ['31 June 2017', null],
    ['2017/08/20', null],
  ])('ACLED event_date %s → %s', (raw, iso) => {
    expect(acledDate(raw)).toBe(iso);
  });
});

describe('an ACLED export (synthetic sample)', () => {
  it('imports the good rows and reports each bad one with its line and reason', () => {
    expect(result.rows).toBe(8);
    expect(result.claims.map((c) => c.id)).toEqual([
      'acled-SYNTH0001',
      'acled-SYNTH0002',
      'acled-SYNTH0003',
      'acled-SYNTH0007',
    ]);
    expect(result.messages.map((m) => [m.line, m.severity, m.rule, m.reason])).toEqual([
      [6, 'error', 'date-missing', 'event_date is empty'],
      [7, 'error', 'fatalities-invalid', 'fatalities "several" is not a whole number ≥ 0'],
      [8, 'error', 'latitude-out-of-range', 'latitude 135.2 is outside ±90'],
      [10, 'error', 'id-duplicate', 'event_id_cnty SYNTH0001 appears on an earlier row'],
    ]);
  });

  it('makes schema-valid claims marked acled, with fatalities as an exact count and notes as the quote', () => {
    for (const c of result.claims) expect(Claim.safeParse(c).success).toBe(true);
    const strike = claim('acled-SYNTH0001');
    expect(strike).toMatchObject({
      dataset: 'acled',
      source_id: 'acled',
      report_id: 'acled-export',
      killed: { min: 12, max: 12, qualifier: 'exact' },
      perpetrator: 'coalition',
      weapon: 'airstrike',
      victims: 'civilians',
      place: { governorate: 'Raqqa', city: 'Ar-Raqqa', precision: 'city' },
    });
    expect(strike.quote).toMatch(/^SYNTHETIC test row\. On 20 August 2017/);
    expect(readFigures(strike)).toMatchObject({ figure: 12, measure: 'fatalities', civilians: 12, uncertaintyKm: 0 });
    expect(readFigures(strike)?.sources).toEqual(['SOHR', 'Airwars']);
  });

  it.each([
    ['acled-SYNTH0001', { from: '2017-08-20', to: '2017-08-20' }, 'city'],
    ['acled-SYNTH0002', { from: '2017-06-05', to: '2017-06-11' }, 'district'],
    ['acled-SYNTH0003', { from: '2017-06-01', to: '2017-06-30' }, 'governorate'],
  ])('%s: time_precision and geo_precision → date %o, precision %s', (id, span, precision) => {
    expect(claim(id).date).toMatchObject(span);
    expect(claim(id).place.precision).toBe(precision);
  });

  it('names no perpetrator in a battle, and draws a region-level event at our governorate', () => {
    expect(claim('acled-SYNTH0003').perpetrator).toBe('unknown');
    expect(claim('acled-SYNTH0003').place_id).toBe('gov-SY09');
    expect(claim('acled-SYNTH0003').quote).toContain('\nper "Deir Ezzor 24".');
  });

  it('becomes a valid dataset carrying the failed rows as messages', () => {
    const dataset = toDataset(result, { title: 'sample', generatedAt: '2026-01-01T00:00:00Z' });
    expect(Dataset.safeParse(dataset).success).toBe(true);
    expect(dataset.incidents).toHaveLength(4);
    expect(dataset.sources).toEqual([{ id: 'acled', name_en: 'ACLED', names_ar: [], kind: 'monitoring_group' }]);
    expect(dataset.messages?.map((m) => m.rule)).toEqual([
      'error:date-missing',
      'error:fatalities-invalid',
      'error:latitude-out-of-range',
      'error:id-duplicate',
    ]);
    for (const p of dataset.places.filter((p) => p.id.startsWith('acled-loc-'))) expect(p.parent).toMatch(/^gov-SY/);
  });

  it('leaves a file that is not an ACLED export unimported, naming the missing columns', () => {
    const wrong = importAcled('event_id_cnty,notes\nX1,hello\n', resources, { version: 'x', file: 'x.csv' });
    expect(wrong.claims).toEqual([]);
    expect(wrong.messages[0]?.reason).toMatch(/^not an ACLED export: no column event_date, time_precision/);
  });
});

describe('a semicolon-delimited file (a spreadsheet saved with a European locale)', () => {
  // The sample's header and first row, re-saved with ';' between fields.
  const [header = '', row = ''] = sample.split('\n');
  const semicolons = `${header.replaceAll(',', ';')}\nSYNTH9001;20 August 2017;2017;1\n`;

  it('is not imported, and the reason says to save it as comma-separated CSV', () => {
    const out = importAcled(semicolons, resources, { version: 'x', file: 'semi.csv' });
    expect(out.claims).toEqual([]);
    expect(out.messages).toHaveLength(1);
    expect(out.messages[0]?.reason).toMatch(/^not an ACLED export: no column .*separated by semicolons \(;\).*comma/);
  });

  it('the UCDP importer gives the same hint', () => {
    const out = importUcdp('id;year;best;low;high;latitude;longitude\n1;2017;3;3;3;35.1;36.7\n', resources, {
      version: 'x',
      file: 'semi.csv',
    });
    expect(out.claims).toEqual([]);
    expect(out.messages[0]?.reason).toMatch(/^not a UCDP GED file: no column .*separated by semicolons/);
  });

  it('a comma-separated file that merely lacks columns gets no semicolon hint', () => {
    const out = importAcled(`${header.split(',').slice(0, 5).join(',')}\n${row}\n`, resources, {
      version: 'x',
      file: 'short.csv',
    });
    expect(out.messages[0]?.reason).toMatch(/^not an ACLED export: no column/);
    expect(out.messages[0]?.reason).not.toMatch(/semicolon/);
  });
});
