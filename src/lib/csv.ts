import Papa from 'papaparse';

/**
 * CSV for downloads: rows in, text out. A UTF-8 byte-order mark leads the text so spreadsheet programs (Excel above
 * all) read Arabic as UTF-8 instead of a legacy code page. Numbers are written with Latin digits and a dot, whatever
 * the UI shows, so the file is data rather than display.
 */
export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Rows as CSV with a header row. `columns` gives the header and the order; without it, the keys of the first row.
 * Cells that a spreadsheet would run as a formula (=, +, -, @ first) are prefixed with ' (CSV injection), except
 * numbers, which are written as numbers.
 */
export function toCsv<Row extends Record<string, CsvCell>>(
  rows: readonly Row[],
  columns?: ReadonlyArray<{ key: keyof Row & string; header: string }>,
): string {
  const cols = columns ?? Object.keys(rows[0] ?? {}).map((key) => ({ key, header: key }));
  const data = rows.map((row) => cols.map(({ key }) => safeCell(row[key])));
  return UTF8_BOM + Papa.unparse({ fields: cols.map((c) => c.header), data }, { newline: '\r\n' });
}

function safeCell(value: CsvCell): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A file name safe on every system: letters, digits, dashes; the extension kept. */
export function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'data';
}

/** Offers `text` to the user as a file download, without any network request. */
export function downloadText(text: string | ArrayBuffer, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = safeFileName(fileName);
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Rows to a CSV file download in one call. */
export function downloadCsv<Row extends Record<string, CsvCell>>(
  rows: readonly Row[],
  fileName: string,
  columns?: ReadonlyArray<{ key: keyof Row & string; header: string }>,
): void {
  downloadText(toCsv(rows, columns), fileName.endsWith('.csv') ? fileName : `${fileName}.csv`);
}
