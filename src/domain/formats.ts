/**
 * The dataset contract's plain parts, without zod: its version and the shapes of ids and dates. schema.ts builds its
 * zod schemas from these, so they stay the one definition, and the dashboard's first paint (the core loader, the URL
 * parser) reads them without loading zod.
 */

/** Version of the dataset contract schema.ts defines; older files go through `migrate.ts`. */
export const SCHEMA_VERSION = 2;

/** An identifier: letters, digits and `-_.:`, at most 200; safe in URLs and file names. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

/** A calendar date as `YYYY-MM-DD` (isRealDay says whether it is a day of the calendar). */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True when y-m-d is a day of the Gregorian calendar (arithmetic, no Date: this runs for every claim). */
export function isRealDay(s: string): boolean {
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
  return d <= days;
}

/** What schema.ts's `Id` accepts. */
export const isId = (s: string): boolean => ID_PATTERN.test(s);

/** What schema.ts's `IsoDate` accepts. */
export const isIsoDate = (s: string): boolean => ISO_DATE_PATTERN.test(s) && isRealDay(s);
