import { describe, expect, it } from 'vitest';
import { safeFileName, toCsv, UTF8_BOM } from '../../src/lib/csv';

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark and a header, so spreadsheets read Arabic', () => {
    const csv = toCsv([{ place: 'حارة البدو', killed: 27 }]);
    expect(csv).toBe(`${UTF8_BOM}place,killed\r\nحارة البدو,27`);
  });

  it('orders and names columns as asked, leaving empty cells for null and undefined', () => {
    const rows = [
      { a: 1, b: null, c: 'x' },
      { a: 2, b: undefined, c: 'y' },
    ];
    expect(
      toCsv(rows, [
        { key: 'c', header: 'C' },
        { key: 'b', header: 'B' },
      ]),
    ).toBe(`${UTF8_BOM}C,B\r\nx,\r\ny,`);
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv([{ q: 'قال "17"، ثم, 27\nقتيلاً' }])).toBe(`${UTF8_BOM}q\r\n"قال ""17""، ثم, 27\nقتيلاً"`);
  });

  it('defuses text a spreadsheet would run as a formula, but writes negative numbers as numbers', () => {
    expect(toCsv([{ t: '=HYPERLINK("x")', n: -3 }])).toBe(`${UTF8_BOM}t,n\r\n"'=HYPERLINK(""x"")",-3`);
  });
});

describe('safeFileName', () => {
  it('keeps letters of any script, digits, dots and dashes', () => {
    expect(safeFileName('rasd sources/raqqa:2017.csv')).toBe('rasd-sources-raqqa-2017.csv');
    expect(safeFileName('الرقة 2017.csv')).toBe('الرقة-2017.csv');
  });
});
