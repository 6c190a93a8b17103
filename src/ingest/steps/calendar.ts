/**
 * The calendar words of Arabic news (both month-name systems, weekdays, parts of the day, units of time) and the
 * small date helpers the date steps share. Dates are ISO strings; the arithmetic is src/domain/isoDay.ts's.
 */
import { isoFromParts } from '../../domain/isoDay';
import type { TimeOfDay } from '../../domain/vocabulary';
import { ORDINALS, TEN } from '../lexicon';
import type { Token } from '../text';
import { bareForms, foldKey } from '../text';

export const words = (s: string) => s.split(' ').map(foldKey);
export const MONTHS = new Map<string, number>();
for (const [names, m] of [
  ['يناير', 1],
  ['فبراير', 2],
  ['مارس آذار', 3],
  ['أبريل ابريل نيسان إبريل', 4],
  ['مايو أيار', 5],
  ['يونيو يونيه حزيران', 6],
  ['يوليو يوليه تموز', 7],
  ['أغسطس آب اغسطس', 8],
  ['سبتمبر أيلول', 9],
  ['أكتوبر اكتوبر', 10],
  ['نوفمبر', 11],
  ['ديسمبر', 12],
  ['شباط', 2],
] as Array<[string, number]>)
  for (const w of words(names)) MONTHS.set(w, m);
/** Two-word Levantine months. */
export const MONTH_PAIRS = new Map<string, number>([
  [words('كانون الثاني').join(' '), 1],
  [words('كانون الأول').join(' '), 12],
  [words('تشرين الأول').join(' '), 10],
  [words('تشرين الثاني').join(' '), 11],
]);
export const WEEKDAYS = new Map<string, number>(
  (
    [
      ['الأحد', 0],
      ['الإثنين', 1],
      ['الاثنين', 1],
      ['الثلاثاء', 2],
      ['الأربعاء', 3],
      ['الاربعاء', 3],
      ['الخميس', 4],
      ['الجمعة', 5],
      ['السبت', 6],
    ] as Array<[string, number]>
  ).map(([k, v]) => [foldKey(k), v]),
);
export const TIMES = new Map<string, TimeOfDay>(
  (
    [
      ['مساء', 'evening'],
      ['صباح', 'morning'],
      ['ظهر', 'noon'],
      ['عصر', 'afternoon'],
      ['ليل', 'night'],
      ['ليلة', 'night'],
      ['فجر', 'dawn'],
      ['منتصف', 'night'],
      ['مساءً', 'evening'],
      ['صباحاً', 'morning'],
      ['ظهيرة', 'noon'],
    ] as Array<[string, TimeOfDay]>
  ).map(([k, v]) => [foldKey(k), v]),
);
export const W = (s: string) => foldKey(s);
export const TODAY = W('اليوم');
export const YESTERDAY = W('أمس');
export const DAY_UNITS = new Map<string, number>([
  [W('يوم'), 1],
  [W('أيام'), 1],
  [W('يوما'), 1],
  [W('ساعة'), 1 / 24],
  [W('ساعات'), 1 / 24],
  [W('أسبوع'), 7],
  [W('أسابيع'), 7],
  [W('أسبوعين'), 14],
  [W('شهر'), 30],
  [W('أشهر'), 30],
  [W('شهرين'), 60],
  [W('يومين'), 2],
]);

// Day arithmetic is src/domain/isoDay.ts's (one copy); news dates outside 1900–2100 are misreadings, not dates.
export { addDays, daysInMonth, weekday } from '../../domain/isoDay';
export const iso = (y: number, m: number, d: number): string | null =>
  y < 1900 || y > 2100 ? null : isoFromParts(y, m, d);

export function monthAt(tokens: readonly Token[], i: number): { month: number; end: number } | null {
  const a = tokens[i];
  if (!a || a.k !== 'w') return null;
  const b = tokens[i + 1];
  for (const f of bareForms(a.t)) {
    if (b && b.k === 'w') {
      const pair = MONTH_PAIRS.get(`${f} ${b.t}`);
      if (pair) return { month: pair, end: i + 2 };
    }
    const m = MONTHS.get(f);
    if (m && f !== W('كانون') && f !== W('تشرين')) {
      // "حزيران/يونيو": skip the second name.
      let end = i + 1;
      if (tokens[end]?.t === '/' && tokens[end + 1] && MONTHS.has(tokens[end + 1]?.t ?? '')) end += 2;
      else if (
        tokens[end]?.t === '/' &&
        tokens[end + 2] &&
        MONTH_PAIRS.has(`${tokens[end + 1]?.t} ${tokens[end + 2]?.t}`)
      )
        end += 3;
      return { month: m, end };
    }
  }
  return null;
}

/** A day number before a month: digits, "الـ 29", or an ordinal ("السادس من", "الحادي عشر"). */
export function dayAt(tokens: readonly Token[], i: number): { day: number; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.k === 'n' && t.t.length <= 2) return { day: Number(t.t), end: i + 1 };
  if (t.k !== 'w') return null;
  const base = ORDINALS.get(t.t);
  if (base === undefined) return null;
  const next = tokens[i + 1];
  if (next && next.k === 'w' && TEN.has(next.t)) return { day: base + 10, end: i + 2 };
  if (next && next.k === 'w' && next.t === W('والعشرين')) return { day: base + 20, end: i + 2 };
  if (next && next.k === 'w' && next.t === W('والثلاثين')) return { day: base + 30, end: i + 2 };
  return { day: base, end: i + 1 };
}

export function partOfDay(tokens: readonly Token[], i: number): { tod: TimeOfDay | null; start: number } {
  const p = tokens[i - 1];
  if (p && p.k === 'w')
    for (const f of bareForms(p.t)) if (TIMES.has(f)) return { tod: TIMES.get(f) ?? null, start: i - 1 };
  return { tod: null, start: i };
}
