import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayNumber,
  daysBetween,
  daysInMonth,
  isoDay,
  isoFromParts,
  isoMonthIndex,
  monthIndex,
  monthStartDay,
  weekday,
} from '../../src/domain/isoDay';

const DAY_MS = 86_400_000;
/** The reference the module must agree with: JavaScript's own UTC calendar. */
const viaDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('ISO days as day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-02-29', 11_016],
    ['2017-08-20', 17_398],
    ['2024-12-31', 20_088],
  ])('%s is day %i, and back', (iso, day) => {
    expect(dayNumber(iso)).toBe(day);
    expect(isoDay(day)).toBe(iso);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2017-08-31', 1)).toBe('2017-09-01');
    expect(addDays('2016-12-31', 1)).toBe('2017-01-01');
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
    expect(addDays('2017-02-28', 1)).toBe('2017-03-01');
    expect(addDays('2017-03-01', -1)).toBe('2017-02-28');
    expect(addDays('2017-08-20', -7)).toBe('2017-08-13');
    expect(addDays('2017-08-20', 0)).toBe('2017-08-20');
  });

  it('counts days between two days (a span of one day has 0 between its ends)', () => {
    expect(daysBetween('2017-08-20', '2017-08-20')).toBe(0);
    expect(daysBetween('2017-06-01', '2017-08-31')).toBe(91);
    expect(daysBetween('2017-08-31', '2017-06-01')).toBe(-91);
  });

  it('names the weekday as getUTCDay does (20 August 2017 was a Sunday)', () => {
    expect(weekday('2017-08-20')).toBe(0);
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('1969-12-31')).toBe(3);
  });

  it('builds only real calendar days', () => {
    expect(isoFromParts(2017, 8, 20)).toBe('2017-08-20');
    expect(isoFromParts(2016, 2, 29)).toBe('2016-02-29');
    expect(isoFromParts(2017, 2, 29)).toBeNull();
    expect(isoFromParts(2017, 2, 30)).toBeNull();
    expect(isoFromParts(1900, 2, 29)).toBeNull();
    expect(isoFromParts(2000, 2, 29)).toBe('2000-02-29');
    expect(isoFromParts(2017, 13, 1)).toBeNull();
    expect(isoFromParts(2017, 0, 1)).toBeNull();
    expect(isoFromParts(2017, 4, 31)).toBeNull();
    expect(isoFromParts(2017, 4, 0)).toBeNull();
    expect(isoFromParts(2017.5, 4, 1)).toBeNull();
    expect(isoFromParts(Number.NaN, 4, 1)).toBeNull();
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it('numbers months so consecutive months differ by one, and finds their first day', () => {
    expect(isoMonthIndex('2017-12-31') + 1).toBe(isoMonthIndex('2018-01-01'));
    expect(monthIndex(dayNumber('2017-08-20'))).toBe(isoMonthIndex('2017-08-01'));
    expect(isoDay(monthStartDay(isoMonthIndex('2017-08-20')))).toBe('2017-08-01');
    expect(isoDay(monthStartDay(isoMonthIndex('2016-03-15')) - 1)).toBe('2016-02-29');
  });
});

describe('agrees with the Date calendar on every day from 1900 to 2100', () => {
  const days = fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2100-12-31') });
  it('dayNumber, isoDay, addDays, weekday, month starts', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: -800, max: 800 }), (day, n) => {
        const iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
        expect(isoDay(day)).toBe(iso);
        expect(dayNumber(iso)).toBe(Math.floor(viaDate(iso).getTime() / DAY_MS));
        expect(addDays(iso, n)).toBe(new Date((day + n) * DAY_MS).toISOString().slice(0, 10));
        expect(weekday(iso)).toBe(viaDate(iso).getUTCDay());
        const d = viaDate(iso);
        expect(monthStartDay(monthIndex(day))).toBe(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS);
      }),
      { numRuns: 3000 },
    );
  });

  it('isoFromParts is a day exactly when Date.UTC does not roll it over', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const date = new Date(Date.UTC(y, m - 1, d));
          const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
          expect(isoFromParts(y, m, d)).toBe(real ? date.toISOString().slice(0, 10) : null);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
