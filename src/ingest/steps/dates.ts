/**
 * Finds date expressions and resolves them against the publication date: absolute dates in both month-name
 * systems ("1 كانون الأول 2024", "9 يونيو"), numeric dates ("22.5.2017"), اليوم/أمس/weekdays (the most recent on
 * or before publication), parts of the day ("مساء الخميس"), and periods ("خلال أسبوع", "منذ مطلع حزيران",
 * "خلال أربعة أيام"). Without a publication date, relative expressions stay unresolved and say so.
 */
import type { TimeOfDay } from '../../domain/vocabulary';
import { ORDINALS, STATEMENT_VERBS } from '../lexicon';
import type { Token } from '../text';
import type { StepMessage } from '../types';
import { addDays, dayAt, iso, monthAt, partOfDay, TODAY, W, WEEKDAYS, weekday, YESTERDAY } from './calendar';
import { conflictPeriod, period } from './periods';
import { ruleWords } from './rules';
import { startsWithReportVerb } from './statements';

export { addDays } from './calendar';

const PAST = new Set([W('الماضي'), W('الفايت'), W('المنصرم')]);
const UNIT_FIRST_WORDS = new Set([W('الايام'), W('الساعات'), W('الاسابيع'), W('الاشهر')]);

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
  /** A day the text does not give (the start of the war): the field is inferred whatever the publication date. */
  external?: boolean;
}

export interface Ctx {
  tokens: readonly Token[];
  published: string | null;
  messages: StepMessage[];
}

function isStatement(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = tokens[k] as Token;
    if (t.k === 'p' || t.k === 'nl') return false;
    if (t.f.some((f) => STATEMENT_VERBS.has(f))) return true;
  }
  return false;
}

const RELATIVE = ruleWords('date.relative-clause');

/** Whether a relative pronoun opens the clause the token at `i` is in ("حي الوعر الذي ما زال … منذ ستة أشهر"). */
function inRelativeClause(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 16); k--) {
    const t = tokens[k] as Token;
    if (t.k === 'p' || t.k === 'nl' || t.k === 'n') return false;
    if (t.f.some((f) => RELATIVE.has(f))) return true;
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
    // Only "منذ": a span since which something has been so; "في الأسابيع الثلاثة الأخيرة" still times the strikes.
    if (m.period && tokens[m.start]?.t === W('منذ') && inRelativeClause(tokens, m.start)) {
      ctx.messages.push({
        rule: 'date.relative-clause',
        reason:
          'a period inside a clause about something else ("الذي … منذ ستة أشهر") is not the event’s date; ignored',
        start: (tokens[m.start] as Token).s,
        end: (tokens[m.end - 1] as Token).e,
      });
      i = m.end - 1;
      continue;
    }
    out.push(m);
    i = m.end - 1;
  }
  return { value: monthSlips(out, ctx), messages: ctx.messages };
}

export function unresolved(ctx: Ctx, start: number, end: number, what: string): DateMention {
  ctx.messages.push({
    rule: 'date-unresolved',
    reason: `${what} needs the publication date, which is unknown`,
    start: (ctx.tokens[start] as Token).s,
    end: (ctx.tokens[end - 1] as Token).e,
  });
  return {
    start,
    end,
    from: null,
    to: null,
    basis: 'unresolved',
    timeOfDay: null,
    statement: false,
    period: false,
    absolute: false,
  };
}

export function dateAt(ctx: Ctx, i: number): DateMention | null {
  const { tokens, published } = ctx;
  const t = tokens[i] as Token;
  if (t.k === 'n') return numericDate(ctx, i) ?? absoluteDate(ctx, i, i);
  if (t.k !== 'w') return null;
  const forms = t.f;
  const f = forms[forms.length - 1] as string;
  // Absolute date with an ordinal or "الـ 29".
  if (ORDINALS.has(t.t) || t.t === 'ال') {
    const start = t.t === 'ال' ? i + 1 : i;
    const abs = absoluteDate(ctx, start, i);
    if (abs) return abs;
  }
  if (f === W('خلال') || f === W('منذ') || f === W('مذ') || f === W('مدى') || f === W('طيلة') || f === W('طوال'))
    return period(ctx, i);
  if (t.t === 'في' && UNIT_FIRST_WORDS.has(tokens[i + 1]?.t ?? '')) return period(ctx, i);
  const war = conflictPeriod(ctx, i, false);
  if (war) return war;
  const isToday =
    forms.includes(TODAY) && !(tokens[i + 1] && ORDINALS.has(tokens[i + 1]?.t ?? '')) && !t.t.startsWith('لل');
  const isYesterday = forms.includes(YESTERDAY);
  const wd = forms.map((x) => WEEKDAYS.get(x)).find((x) => x !== undefined);
  if (!isToday && !isYesterday && wd === undefined) return null;
  const pod = partOfDay(tokens, i);
  let end = i + 1;
  let offset = 0;
  let basis = '';
  let day = wd;
  let named = wd;
  if (isYesterday) {
    offset = -1;
    basis = "'أمس' = day before publication";
    if (tokens[end]?.t === W('الاول')) offset = -2;
    const w2 = WEEKDAYS.get(tokens[end]?.t ?? '');
    if (w2 !== undefined) end++;
    named = w2;
  } else if (isToday) {
    basis = "'اليوم' = publication date";
    const w2 = WEEKDAYS.get(tokens[end]?.t ?? '');
    if (w2 !== undefined) end++;
    named = w2;
  } else basis = 'weekday relative to publication';
  // "اليوم الأحد 1 كانون الأول 2024": the stated date wins.
  const abs = absoluteDate(ctx, end, i);
  if (abs) {
    // "الثلاثاء 11 نوفمبر" when the 11th was a Wednesday: one of the two is a slip; say so, keep the number —
    // unless the number, in the publication's year, falls after publication and the weekday names a day just before.
    const byWeekday = named === undefined ? null : weekdayForSlip(abs, named, published);
    if (named !== undefined && abs.from !== null && (weekday(abs.from) !== named || byWeekday !== null)) {
      ctx.messages.push({
        rule: 'date.weekday-conflict',
        reason: byWeekday
          ? `the day number would fall after publication; the weekday named gives ${byWeekday} (the weekday is kept)`
          : `the weekday named is not the weekday of ${abs.from}: one of them is a slip (the day number is kept)`,
        start: (tokens[i] as Token).s,
        end: (tokens[Math.max(i, abs.end - 1)] as Token).e,
      });
      if (byWeekday) {
        const basis = 'the weekday named (its day number is a slip: that day falls after publication)';
        const at = { start: pod.start, timeOfDay: pod.tod, statement: isStatement(tokens, pod.start) };
        return { ...abs, ...at, from: byWeekday, to: byWeekday, basis, absolute: false };
      }
    }
    return { ...abs, start: pod.start, timeOfDay: pod.tod, statement: isStatement(tokens, pod.start) };
  }
  if (published === null) return unresolved(ctx, pod.start, end, 'a relative date');
  let date: string;
  if (isYesterday || isToday) date = addDays(published, offset);
  else {
    day = day ?? 0;
    date = addDays(published, -((weekday(published) - day + 7) % 7));
    // "الأربعاء الماضي" in a Wednesday's report is the Wednesday before, not today.
    if (date === published && PAST.has(tokens[end]?.t ?? '')) {
      date = addDays(published, -7);
      end++;
      basis = "weekday relative to publication ('الماضي': the week before)";
    }
  }
  // "ليل الثلاثاء الأربعاء", "ليلة الجمعة - السبت", "ليل الاثنين/الثلاثاء": a night across two days.
  let to = date;
  let k = end;
  if (ctx.tokens[k]?.t === '-' || ctx.tokens[k]?.t === '/') k++;
  const nextDay = WEEKDAYS.get(ctx.tokens[k]?.t ?? '');
  if (
    !isToday &&
    !isYesterday &&
    nextDay !== undefined &&
    nextDay === ((day ?? -9) + 1) % 7 &&
    addDays(date, 1) <= published
  ) {
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
  return {
    start: i,
    end: i + 5,
    from: d,
    to: d,
    basis: 'stated in text',
    timeOfDay: null,
    statement: isStatement(tokens, i),
    period: false,
    absolute: true,
  };
}

export function absoluteDate(ctx: Ctx, i: number, phraseStart: number): DateMention | null {
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
  return {
    start: pod.start,
    end: j,
    from: d,
    to: d,
    basis,
    timeOfDay: pod.tod,
    statement: isStatement(tokens, pod.start),
    period: false,
    absolute: true,
  };
}

/**
 * Rule date.next-sentence: a figure whose sentence gives no day, when the same speaker goes on in the next sentence
 * ("وقال المصدر: «… صباح أمس»") and dates the strike there. Only one day, never a period, and only when that
 * sentence opens with a verb of reporting (the speaker continuing, not a new event).
 */
export function dateInNextSentence(
  tokens: readonly Token[],
  next: { start: number; end: number } | undefined,
  dates: readonly DateMention[] | undefined,
): DateMention | null {
  if (!next || !dates || !startsWithReportVerb(tokens, next.start, next.end)) return null;
  const d = dates.find((x) => x.start >= next.start && x.start < next.end && !x.statement && x.from !== null);
  return d && !d.period && d.from === d.to ? d : null;
}

/** The day with the weekday named, up to 3 days before a stated day that would fall after publication; or null. */
function weekdayForSlip(abs: DateMention, named: number, published: string | null): string | null {
  if (published === null || abs.from === null || !abs.basis.includes('year from')) return null;
  const stated = `${published.slice(0, 4)}${abs.from.slice(4)}`;
  if (stated <= published) return null;
  for (let back = 1; back <= 3; back++) {
    const d = addDays(stated, -back);
    if (weekday(d) === named) return d <= published ? d : null;
  }
  return null;
}

/**
 * Rule date.month-slip: one report that gives the start of the same fighting twice — once from a weekday counted
 * back from publication ("مذ شنّت … السبت الماضي"), once as a printed date with the same day number in another
 * month ("منذ بدء القتال في 14 آذار") — has a slip in the printed month; the weekday's day is kept, and a
 * message says so.
 */
function monthSlips(dates: DateMention[], ctx: Ctx): DateMention[] {
  const since = (d: DateMention) => d.period && d.basis.startsWith('period: since the start named');
  const anchors = dates.filter((d) => since(d) && d.basis.includes('weekday') && d.from !== null);
  if (anchors.length === 0) return dates;
  return dates.map((d) => {
    // "خلال أسبوع" of the fighting that began "الأربعاء الماضي": the week named is the one since that day.
    const week = anchors.find((x) => d.basis.endsWith('days up to publication') && x.to === d.to && x.from !== null);
    if (week && d.from !== null && week.from === addDays(d.from, -1))
      return { ...d, from: week.from, basis: `${d.basis}, since the start the report counts from its weekday` };
    if (!since(d) || !d.basis.includes('stated in text') || d.from === null) return d;
    const anchor = anchors.find(
      (x) => x.from !== null && x.to === d.to && x.from.slice(8) === d.from!.slice(8) && x.from !== d.from,
    );
    if (!anchor || anchor.from === null) return d;
    ctx.messages.push({
      rule: 'date.month-slip',
      reason: `the start printed as ${d.from} differs only in its month from the start the report counts from its weekday (${anchor.from}): the printed month is a slip`,
      start: (ctx.tokens[d.start] as Token).s,
      end: (ctx.tokens[d.end - 1] as Token).e,
    });
    return { ...d, from: anchor.from, basis: `${d.basis}; its month a slip for the start counted from the weekday` };
  });
}
