/**
 * The date steps' day arithmetic is src/domain/isoDay.ts's: it gives what the Date-based helpers it replaced gave,
 * day for day, so no claim's date moves.
 */
import { describe, expect, it } from 'vitest';
import { addDays, iso, weekday } from '../../src/ingest/steps/calendar';

// The helpers calendar.ts had before, kept here only as the reference.
const dateAddDays = (d: string, n: number): string => {
  const x = new Date(`${d}T00:00:00Z`);
  x.setUTCDate(x.getUTCDate() + n);
  return x.toISOString().slice(0, 10);
};
const dateWeekday = (d: string): number => new Date(`${d}T00:00:00Z`).getUTCDay();
const dateIso = (y: number, m: number, d: number): string | null => {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return new Date(`${s}T00:00:00Z`).toISOString().startsWith(s) ? s : null;
};

describe('calendar helpers = the Date-based ones they replaced', () => {
  it('addDays and weekday agree on every day of 1995–2030, a few steps either way', () => {
    const bad: string[] = [];
    for (let d = '1995-01-01'; d <= '2030-12-31'; d = dateAddDays(d, 1)) {
      if (weekday(d) !== dateWeekday(d)) bad.push(`weekday ${d}`);
      for (const n of [-400, -31, -7, -1, 0, 1, 6, 30, 366])
        if (addDays(d, n) !== dateAddDays(d, n)) bad.push(`addDays ${d} ${n}`);
    }
    expect(bad).toEqual([]);
  });

  it('iso reads and refuses exactly the same year, month, day triples', () => {
    const bad: string[] = [];
    for (const y of [1899, 1900, 1999, 2000, 2016, 2019, 2023, 2024, 2100, 2101])
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++) if (iso(y, m, d) !== dateIso(y, m, d)) bad.push(`${y}-${m}-${d}`);
    expect(bad).toEqual([]);
  });
});
