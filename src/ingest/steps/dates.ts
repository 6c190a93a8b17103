/**
 * Finds date expressions and resolves them against the publication date: absolute dates in both month-name
 * systems ("1 كانون الأول 2024", "9 يونيو"), numeric dates ("22.5.2017"), اليوم/أمس/weekdays (the most recent on
 * or before publication), parts of the day ("مساء الخميس"), and periods ("خلال أسبوع", "منذ مطلع حزيران",
 * "خلال أربعة أيام"). Without a publication date, relative expressions stay unresolved and say so.
 */
import type { TimeOfDay } from '../../domain/vocabulary';
import { ORDINALS, STATEMENT_VERBS, TEN } from '../lexicon';
import type { Token } from '../text';
import { bareForms, foldKey, stem } from '../text';
import type { StepMessage } from '../types';
import { readNumber } from './numbers';

export interface DateMention {
  start: number;
  end: number;
  from: string | null;
  to: string | null;
  basis: string;
  timeOfDay: TimeOfDay | null;
  /** A date said of a statement ("أعلنت الوزارة أمس"), not of the event. */
  statement: boolean;
  /** The mention is a period (tally-like). */
  period: boolean;
  /** The mention states its date in full (day, month; year or a known publication year). */
  absolute: boolean;
}

const words = (s: string) => s.split(' ').map(foldKey);
const MONTHS = new Map<string, number>();
for (const [names, m] of [
  ['يناير', 1], ['فبراير', 2], ['مارس آذار', 3], ['أبريل ابريل نيسان إبريل', 4], ['مايو أيار', 5],
  ['يونيو يونيه حزيران', 6], ['يوليو يوليه تموز', 7], ['أغسطس آب اغسطس', 8], ['سبتمبر أيلول', 9],
  ['أكتوبر اكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12], ['شباط', 2],
] as Array<[string, number]>)
  for (const w of words(names)) MONTHS.set(w, m);
/** Two-word Levantine months. */
const MONTH_PAIRS = new Map<string, number>([
  [words('كانون الثاني').join(' '), 1],
  [words('كانون الأول').join(' '), 12],
  [words('تشرين الأول').join(' '), 10],
  [words('تشرين الثاني').join(' '), 11],
]);
const WEEKDAYS = new Map<string, number>(
  (
    [
      ['الأحد', 0], ['الإثنين', 1], ['الاثنين', 1], ['الثلاثاء', 2], ['الأربعاء', 3], ['الاربعاء', 3], ['الخميس', 4],
      ['الجمعة', 5], ['السبت', 6],
    ] as Array<[string, number]>
  ).map(([k, v]) => [foldKey(k), v]),
);
const TIMES = new Map<string, TimeOfDay>(
  (
    [
      ['مساء', 'evening'], ['صباح', 'morning'], ['ظهر', 'noon'], ['عصر', 'afternoon'], ['ليل', 'night'], ['ليلة', 'night'],
      ['فجر', 'dawn'], ['منتصف', 'night'], ['مساءً', 'evening'], ['صباحاً', 'morning'], ['ظهيرة', 'noon'],
    ] as Array<[string, TimeOfDay]>
  ).map(([k, v]) => [foldKey(k), v]),
);
const W = (s: string) => foldKey(s);
const TODAY = W('اليوم');
const YESTERDAY = W('أمس');
const DAY_UNITS = new Map<string, number>([
  [W('يوم'), 1], [W('أيام'), 1], [W('يوما'), 1], [W('ساعة'), 1 / 24], [W('ساعات'), 1 / 24], [W('أسبوع'), 7],
  [W('أسابيع'), 7], [W('أسبوعين'), 14], [W('شهر'), 30], [W('أشهر'), 30], [W('شهرين'), 60], [W('يومين'), 2],
]);

export const addDays = (iso: string, n: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const weekday = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay();
const iso = (y: number, m: number, d: number): string | null => {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return new Date(`${s}T00:00:00Z`).toISOString().startsWith(s) ? s : null;
};

function monthAt(tokens: readonly Token[], i: number): { month: number; end: number } | null {
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
      else if (tokens[end]?.t === '/' && tokens[end + 2] && MONTH_PAIRS.has(`${tokens[end + 1]?.t} ${tokens[end + 2]?.t}`))
        end += 3;
      return { month: m, end };
    }
  }
  return null;
}

/** A day number before a month: digits, "الـ 29", or an ordinal ("السادس من", "الحادي عشر"). */
function dayAt(tokens: readonly Token[], i: number): { day: number; end: number } | null {
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

interface Ctx {
  tokens: readonly Token[];
  published: string | null;
  messages: StepMessage[];
}

function partOfDay(tokens: readonly Token[], i: number): { tod: TimeOfDay | null; start: number } {
  const p = tokens[i - 1];
  if (p && p.k === 'w') for (const f of bareForms(p.t)) if (TIMES.has(f)) return { tod: TIMES.get(f) ?? null, start: i - 1 };
  return { tod: null, start: i };
}

function isStatement(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = tokens[k] as Token;
    if (t.k === 'p' || t.k === 'nl') return false;
    if (bareForms(t.t).some((f) => STATEMENT_VERBS.has(f))) return true;
  }
  return false;
}

/** Every date expression in the tokens, resolved where the publication date allows. */
export function findDates(tokens: readonly Token[], published: string | null) {
  const ctx: Ctx = { tokens, published, messages: [] };
  const out: DateMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = dateAt(ctx, i);
    if (!m) continue;
    if (m.from !== null && published !== null && m.from > published) {
      ctx.messages.push({
        rule: 'date-after-publication',
        reason: `a date after publication (${m.from}) is not an event date; ignored`,
        start: (tokens[m.start] as Token).s,
        end: (tokens[m.end - 1] as Token).e,
      });
      i = m.end - 1;
      continue;
    }
    out.push(m);
    i = m.end - 1;
  }
  return { value: out, messages: ctx.messages };
}

function unresolved(ctx: Ctx, start: number, end: number, what: string): DateMention {
  ctx.messages.push({
    rule: 'date-unresolved',
    reason: `${what} needs the publication date, which is unknown`,
    start: (ctx.tokens[start] as Token).s,
    end: (ctx.tokens[end - 1] as Token).e,
  });
  return { start, end, from: null, to: null, basis: 'unresolved', timeOfDay: null, statement: false, period: false, absolute: false };
}

function dateAt(ctx: Ctx, i: number): DateMention | null {
  const { tokens, published } = ctx;
  const t = tokens[i] as Token;
  if (t.k === 'n') return numericDate(ctx, i) ?? absoluteDate(ctx, i, i);
  if (t.k !== 'w') return null;
  const forms = bareForms(t.t);
  const f = forms[forms.length - 1] as string;
  // Absolute date with an ordinal or "الـ 29".
  if (ORDINALS.has(t.t) || t.t === 'ال') {
    const start = t.t === 'ال' ? i + 1 : i;
    const abs = absoluteDate(ctx, start, i);
    if (abs) return abs;
  }
  if (f === W('خلال') || f === W('منذ') || f === W('مدى') || f === W('طيلة') || f === W('طوال')) return period(ctx, i);
  const isToday = forms.includes(TODAY) && !(tokens[i + 1] && ORDINALS.has(tokens[i + 1]?.t ?? '')) && !t.t.startsWith('لل');
  const isYesterday = forms.includes(YESTERDAY);
  const wd = forms.map((x) => WEEKDAYS.get(x)).find((x) => x !== undefined);
  if (!isToday && !isYesterday && wd === undefined) return null;
  const pod = partOfDay(tokens, i);
  let end = i + 1;
  let offset = 0;
  let basis = '';
  let day = wd;
  if (isYesterday) {
    offset = -1;
    basis = "'أمس' = day before publication";
    if (tokens[end]?.t === W('الاول')) offset = -2;
    const w2 = WEEKDAYS.get(tokens[end]?.t ?? '');
    if (w2 !== undefined) end++;
  } else if (isToday) {
    basis = "'اليوم' = publication date";
    const w2 = WEEKDAYS.get(tokens[end]?.t ?? '');
    if (w2 !== undefined) end++;
  } else basis = 'weekday relative to publication';
  // "اليوم الأحد 1 كانون الأول 2024": the stated date wins.
  const abs = absoluteDate(ctx, end, i);
  if (abs) return { ...abs, start: pod.start, timeOfDay: pod.tod, statement: isStatement(tokens, pod.start) };
  if (published === null) return unresolved(ctx, pod.start, end, 'a relative date');
  let date: string;
  if (isYesterday || isToday) date = addDays(published, offset);
  else {
    day = day ?? 0;
    date = addDays(published, -((weekday(published) - day + 7) % 7));
  }
  // "ليل الثلاثاء الأربعاء", "ليلة الجمعة - السبت": a night across two days.
  let to = date;
  let k = end;
  if (ctx.tokens[k]?.t === '-') k++;
  const nextDay = WEEKDAYS.get(ctx.tokens[k]?.t ?? '');
  if (!isToday && !isYesterday && nextDay !== undefined && nextDay === ((day ?? -9) + 1) % 7 && addDays(date, 1) <= published) {
    to = addDays(date, 1);
    end = k + 1;
    basis = 'weekdays relative to publication (a night across two days)';
  }
  return {
    start: pod.start,
    end,
    from: date,
    to,
    basis,
    timeOfDay: pod.tod,
    statement: isStatement(tokens, pod.start),
    period: false,
    absolute: false,
  };
}

function numericDate(ctx: Ctx, i: number): DateMention | null {
  const { tokens } = ctx;
  const a = tokens[i] as Token;
  const s1 = tokens[i + 1];
  const b = tokens[i + 2];
  const s2 = tokens[i + 3];
  const c = tokens[i + 4];
  if (!s1 || !b || !s2 || !c || b.k !== 'n' || c.k !== 'n' || s1.t !== s2.t) return null;
  if (s1.t !== '.' && s1.t !== '-' && s1.t !== '/') return null;
  if (s1.s !== a.e || b.s !== s1.e) return null;
  const d = c.t.length === 4 ? iso(Number(c.t), Number(b.t), Number(a.t)) : iso(Number(a.t), Number(b.t), Number(c.t));
  if (!d) return null;
  return { start: i, end: i + 5, from: d, to: d, basis: 'stated in text', timeOfDay: null, statement: isStatement(tokens, i), period: false, absolute: true };
}

function absoluteDate(ctx: Ctx, i: number, phraseStart: number): DateMention | null {
  const { tokens, published } = ctx;
  const dayRead = dayAt(tokens, i);
  if (!dayRead) return null;
  let j = dayRead.end;
  if (tokens[j]?.t === 'من') j++;
  if (tokens[j]?.t === W('شهر')) j++;
  const month = monthAt(tokens, j);
  if (!month) return null;
  j = month.end;
  let year: number | null = null;
  const y = tokens[j];
  if (y && y.k === 'n' && y.t.length === 4) {
    year = Number(y.t);
    j++;
  } else if (tokens[j]?.t === W('الجاري') || tokens[j]?.t === W('الماضي')) j++;
  let basis = 'stated in text';
  if (year === null) {
    if (published === null) return unresolved(ctx, phraseStart, j, 'a date without its year');
    year = Number(published.slice(0, 4));
    const guess = iso(year, month.month, dayRead.day);
    if (guess !== null && guess > published) year--;
    basis = 'stated in text (year from publication)';
  }
  const d = iso(year, month.month, dayRead.day);
  if (!d) return null;
  const pod = partOfDay(tokens, phraseStart);
  return { start: pod.start, end: j, from: d, to: d, basis, timeOfDay: pod.tod, statement: isStatement(tokens, pod.start), period: false, absolute: true };
}

/** "خلال أسبوع", "خلال الـ72 ساعة الماضية", "منذ مطلع شهر حزيران", "منذ أسبوعين", "خلال أربع أيام الأخيرة". */
function period(ctx: Ctx, i: number): DateMention | null {
  const { tokens, published } = ctx;
  let j = i + 1;
  const skip = new Set([W('ال'), W('الايام'), W('الساعات'), W('الاسابيع'), W('الاشهر')]);
  while (tokens[j] && skip.has(tokens[j]?.t ?? '')) j++;
  // "منذ مطلع (شهر) حزيران" / "منذ بداية الشهر".
  const t = tokens[j];
  if (t && (t.t === W('مطلع') || t.t === W('بدايه') || t.t === W('اول'))) {
    let k = j + 1;
    if (tokens[k]?.t === W('شهر')) k++;
    const month = monthAt(tokens, k);
    if (!month) {
      if (tokens[k]?.t === W('الشهر') && published !== null && [W('الحالي'), W('الجاري')].includes(tokens[k + 1]?.t ?? ''))
        return { start: i, end: k + 2, from: `${published.slice(0, 8)}01`, to: published, basis: 'period: this month up to publication', timeOfDay: null, statement: false, period: true, absolute: false };
      return null;
    }
    if (published === null) return unresolved(ctx, i, month.end, 'a period');
    let year = Number(published.slice(0, 4));
    const from0 = iso(year, month.month, 1);
    if (from0 !== null && from0 > published) year--;
    const from = iso(year, month.month, 1);
    if (!from) return null;
    return { start: i, end: month.end, from, to: published, basis: 'period from the start of the month to publication', timeOfDay: null, statement: false, period: true, absolute: false };
  }
  // "خلال كانون الأول الماضي": that whole month.
  const month = monthAt(tokens, j);
  if (month && tokens[i]?.t !== W('منذ')) {
    if (published === null) return unresolved(ctx, i, month.end, 'a month');
    let year = Number(published.slice(0, 4));
    const y = tokens[month.end];
    let end = month.end;
    if (y?.k === 'n' && y.t.length === 4) {
      year = Number(y.t);
      end++;
    } else if (iso(year, month.month, 1)! > published) year--;
    const from = iso(year, month.month, 1);
    const last = from ? addDays(iso(month.month === 12 ? year + 1 : year, (month.month % 12) + 1, 1)!, -1) : null;
    if (!from || !last) return null;
    const to = last > published ? published : last;
    return { start: i, end, from, to, basis: 'the month named', timeOfDay: null, statement: false, period: true, absolute: true };
  }
  // "منذ 29 يناير": from that date to publication.
  const since = absoluteDate(ctx, j, j);
  if (since && since.from !== null && published !== null && since.from <= published) {
    return { ...since, start: i, to: published, basis: 'period: from the date stated to publication', period: since.from !== published, absolute: false };
  }
  // "مطلع الشهر الحالي": from the first of the publication month.
  if (tokens[j]?.t === W('الشهر') && (tokens[j + 1]?.t === W('الحالي') || tokens[j + 1]?.t === W('الجاري'))) {
    if (published === null) return unresolved(ctx, i, j + 2, 'a period');
    return { start: i, end: j + 2, from: `${published.slice(0, 8)}01`, to: published, basis: 'period: this month up to publication', timeOfDay: null, statement: false, period: true, absolute: false };
  }
  let n = 1;
  const num = readNumber(tokens, j);
  if (num && num.end - j <= 3) {
    n = num.value;
    j = num.end;
  }
  while (tokens[j] && skip.has(tokens[j]?.t ?? '')) j++;
  const unitTok = tokens[j];
  if (!unitTok || unitTok.k !== 'w') return null;
  const unit = DAY_UNITS.get(stem(unitTok.t)) ?? DAY_UNITS.get(unitTok.t);
  if (unit === undefined) return null;
  let end = j + 1;
  const after = tokens[end]?.t;
  if (after === W('الماضيه') || after === W('الماضي') || after === W('الاخيره') || after === W('الفايته') || after === W('الاخير')) end++;
  const days = Math.max(1, Math.round(n * unit));
  if (published === null) return unresolved(ctx, i, end, 'a period');
  return {
    start: i,
    end,
    from: addDays(published, -(days - 1)),
    to: published,
    basis: `period: ${days} days up to publication`,
    timeOfDay: null,
    statement: false,
    period: days > 1,
    absolute: false,
  };
}
