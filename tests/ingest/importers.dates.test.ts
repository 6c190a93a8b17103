/**
 * ACLED dates read with the domain's one ISO-day module (src/domain/isoDay.ts) instead of the importer's own `Date`
 * arithmetic: every day and every impossible day of 1990–2030 reads as it did, and a week or month span lands on the
 * same days across month ends, leap days and year ends. The one difference is noted where it is tested.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { acledDate, importAcled } from '../../src/ingest/importers/acled';
import { readCsv } from '../../src/ingest/importers/csv';
import { loadImportResources } from '../../src/ingest/importers/resources';

const resources = loadImportResources('data');
const sample = readCsv(readFileSync('tests/fixtures/acled-sample.csv', 'utf8'));
const strike = sample.records[0]?.fields ?? {};

/** What the importer read before: JavaScript's UTC calendar (a frozen copy, the reference to agree with). */
function viaDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

// prettier-ignore
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');

/** One ACLED row (the sample's first, a real-shaped strike) on the given date and time precision. */
function importRow(eventDate: string, timePrecision: string) {
  const csv = Papa.unparse({
    fields: sample.header,
    data: [sample.header.map((c) => ({ ...strike, event_date: eventDate, time_precision: timePrecision })[c] ?? '')],
  });
  return importAcled(csv, resources, { version: 'x', file: 'x.csv' });
}

describe('ACLED event_date through isoDay.ts', () => {
  it('reads every day of 1990–2030, and refuses every impossible one, exactly as the Date calendar did', () => {
    for (let y = 1990; y <= 2030; y++)
      for (let m = 1; m <= 12; m++)
        for (let d = 1; d <= 32; d++) {
          const expected = d === 32 ? null : viaDate(y, m, d);
          expect(acledDate(`${y}-${pad(m)}-${pad(d)}`)).toBe(expected);
          expect(acledDate(`${d} ${MONTHS[m - 1]} ${y}`)).toBe(expected);
        }
  });

  it.each([
    ['2017-03-02', '2', '2017-02-27', '2017-03-05'],
    ['2016-03-02', '2', '2016-02-28', '2016-03-05'],
    ['2017-12-30', '2', '2017-12-27', '2018-01-02'],
    ['2018-01-01', '2', '2017-12-29', '2018-01-04'],
    ['2016-02-10', '3', '2016-02-01', '2016-02-29'],
    ['2017-02-10', '3', '2017-02-01', '2017-02-28'],
    ['2000-02-29', '3', '2000-02-01', '2000-02-29'],
    ['2017-12-31', '3', '2017-12-01', '2017-12-31'],
    ['2017-04-30', '3', '2017-04-01', '2017-04-30'],
  ])('%s with time_precision %s spans %s … %s', (raw, tp, from, to) => {
    const out = importRow(raw, tp);
    expect(out.messages).toEqual([]);
    expect(out.claims[0]?.date).toMatchObject({ from, to });
  });

  // The difference: Date.UTC reads years 0–99 as 1900–1999, so the old reader refused 0017-08-20 as "not a calendar
  // day". It is one (the schema and the UCDP importer accept it), and now imports like any other day.
  it('takes a day of the years 0000–0099 as the day it names', () => {
    expect(acledDate('0017-08-20')).toBe('0017-08-20');
    expect(importRow('0017-08-20', '3').claims[0]?.date).toMatchObject({ from: '0017-08-01', to: '0017-08-31' });
  });

  it('sets aside, with a reason, a row whose week reaches outside the years 0000–9999; the file still imports', () => {
    for (const raw of ['0000-01-02', '9999-12-30']) {
      const out = importRow(raw, '2');
      expect(out.claims).toEqual([]);
      expect(out.messages.map((m) => [m.rule, m.reason])).toEqual([
        ['date-invalid', `event_date "${raw}" with time_precision 2 reaches outside the years 0000–9999`],
      ]);
    }
  });
});
