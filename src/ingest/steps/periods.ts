/**
 * Periods: "خلال أسبوع", "خلال الـ72 ساعة الماضية", "منذ مطلع شهر حزيران", "منذ 29 يناير … وحتى يوم أمس",
 * "خلال شباط الماضي", "على مدى الأسابيع الستة الماضية" — each as the days it covers up to publication.
 */
import { TENS, UNITS } from '../lexicon';
import type { Token } from '../text';
import { bareForms, stem } from '../text';
import { addDays, DAY_UNITS, daysInMonth, iso, monthAt, W, WEEKDAYS } from './calendar';
import type { Ctx, DateMention } from './dates';
import { absoluteDate, dateAt, unresolved } from './dates';
import { readNumber } from './numbers';
import { ruleWords } from './rules';

/** Plural units written before their number ("الأيام العشرة الأخيرة", "الساعات الـ24 الماضية"), in days. */
const UNIT_FIRST = new Map<string, number>([
  [W('الايام'), 1],
  [W('الساعات'), 1 / 24],
  [W('الاسابيع'), 7],
  [W('الاشهر'), 30],
]);
const RECENT = new Set([W('الماضيه'), W('الماضي'), W('الاخيره'), W('الفايته'), W('الاخير')]);
const WAR_STARTS = ruleWords('date.conflict-start', 'starts');
const WAR = ruleWords('date.conflict-start', 'conflict');
const WAR_YEAR = ruleWords('date.conflict-start', 'year_of');
/** The start of the uprising, which "since the conflict began" means; history, not the text, gives the day. */
const WAR_START_DAY = '2011-03-15';
const isIn = (t: Token | undefined, words: Set<string>) =>
  t !== undefined && t.k === 'w' && t.f.some((f) => words.has(f));

/**
 * Rule date.conflict-start: "منذ اندلاع النزاع", "منذ اندلاعه في 2011" (at `i`, the word after منذ), or "النزاع …
 * عامه الخامس" (at `i`, the conflict word): the whole war up to publication.
 */
export function conflictPeriod(ctx: Ctx, i: number, since: boolean): DateMention | null {
  const { tokens, published } = ctx;
  let end: number;
  if (since) {
    if (!isIn(tokens[i], WAR_STARTS)) return null;
    if (isIn(tokens[i + 1], WAR)) end = i + 2;
    else if (tokens[i + 1]?.t === 'في' && tokens[i + 2]?.t === '2011') end = i + 3;
    else return null;
    if (tokens[end]?.t === W('السوري') || tokens[end]?.t === W('السوريه')) end++;
  } else {
    if (!isIn(tokens[i], WAR)) return null;
    let k = i + 1;
    if (tokens[k]?.t === W('السوري') || tokens[k]?.t === W('السوريه')) k++;
    if (!isIn(tokens[k], WAR_YEAR)) return null;
    end = k + 1;
  }
  if (published === null) return unresolved(ctx, i, end, 'a period since the start of the conflict');
  return {
    start: since ? i - 1 : i,
    end,
    from: WAR_START_DAY,
    to: published,
    basis: 'period: since the start of the conflict (March 2011) up to publication',
    timeOfDay: null,
    statement: false,
    period: true,
    absolute: false,
    external: true,
  };
}

const STARTS = ruleWords('date.since-start');

/**
 * Rule date.since-start: "مذ شنّت الفصائل هجومها … السبت الماضي", "منذ انطلاق الحملة في 5 شباط": from the day
 * the clause names for the start (before any punctuation) to publication.
 */
function sinceStart(ctx: Ctx, i: number): DateMention | null {
  const { tokens, published } = ctx;
  if (!isIn(tokens[i + 1], STARTS) || published === null) return null;
  for (let k = i + 2; k < Math.min(tokens.length, i + 14); k++) {
    const t = tokens[k] as Token;
    if (t.k === 'p' || t.k === 'nl') return null;
    const d = dateAt(ctx, k);
    if (!d) continue;
    if (d.period || d.from === null || d.from > published) return null;
    return {
      ...d,
      start: i,
      to: published,
      basis: `period: since the start named (${d.basis}) up to publication`,
      period: d.from !== published,
      absolute: false,
    };
  }
  return null;
}

/** "خلال أسبوع", "خلال الـ72 ساعة الماضية", "منذ مطلع شهر حزيران", "منذ أسبوعين", "خلال أربع أيام الأخيرة". */
export function period(ctx: Ctx, i: number): DateMention | null {
  const { tokens, published } = ctx;
  let j = i + 1;
  const skip = new Set([W('ال'), W('الايام'), W('الساعات'), W('الاسابيع'), W('الاشهر')]);
  if (tokens[i]?.t === W('منذ') || tokens[i]?.t === W('مذ')) {
    const war = conflictPeriod(ctx, j, true) ?? sinceStart(ctx, i);
    if (war) return war;
  }
  let unitFirst: number | undefined;
  while (tokens[j] && skip.has(tokens[j]?.t ?? '')) unitFirst = UNIT_FIRST.get((tokens[j++] as Token).t) ?? unitFirst;
  // "في الأسابيع الثلاثة الأخيرة": after "في", only a counted recent span is a period.
  const bareIn = tokens[i]?.t === 'في';
  // "منذ مطلع (شهر) حزيران" / "منذ بداية الشهر".
  const t = tokens[j];
  if (t && (t.t === W('مطلع') || t.t === W('بدايه') || t.t === W('اول'))) {
    let k = j + 1;
    if (tokens[k]?.t === W('شهر')) k++;
    const month = monthAt(tokens, k);
    if (!month) {
      if (
        tokens[k]?.t === W('الشهر') &&
        published !== null &&
        [W('الحالي'), W('الجاري')].includes(tokens[k + 1]?.t ?? '')
      )
        return {
          start: i,
          end: k + 2,
          from: `${published.slice(0, 8)}01`,
          to: published,
          basis: 'period: this month up to publication',
          timeOfDay: null,
          statement: false,
          period: true,
          absolute: false,
        };
      return null;
    }
    if (published === null) return unresolved(ctx, i, month.end, 'a period');
    let year = Number(published.slice(0, 4));
    const from0 = iso(year, month.month, 1);
    if (from0 !== null && from0 > published) year--;
    const from = iso(year, month.month, 1);
    if (!from) return null;
    return {
      start: i,
      end: month.end,
      from,
      to: published,
      basis: 'period from the start of the month to publication',
      timeOfDay: null,
      statement: false,
      period: true,
      absolute: false,
    };
  }
  // "خلال شباط الماضي", "خلال شهر مايو/ أيار": that whole month.
  const month = monthAt(tokens, j) ?? (tokens[j]?.t === W('شهر') ? monthAt(tokens, j + 1) : null);
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
    return {
      start: i,
      end,
      from,
      to,
      basis: 'the month named',
      timeOfDay: null,
      statement: false,
      period: true,
      absolute: true,
    };
  }
  // "منذ 29 يناير": from that date to publication.
  // "منذ يوم الأحد الـ 17 من …": skip the weekday before the date.
  let d0 = j;
  while (tokens[d0]?.t === W('يوم') || WEEKDAYS.has(tokens[d0]?.t ?? '') || tokens[d0]?.t === 'ال') d0++;
  const since = absoluteDate(ctx, d0, d0);
  if (since && since.from !== null && published !== null && since.from <= published) {
    // "… وحتى يوم أمس": the period ends on the date named after "حتى".
    let until = published;
    for (let k = since.end; k < Math.min(tokens.length, since.end + 20); k++) {
      if (!bareForms(tokens[k]?.t ?? '').includes(W('حتى'))) continue;
      let q = k + 1;
      while (tokens[q]?.t === W('يوم')) q++;
      const end = dateAt(ctx, q);
      if (end?.to && end.to >= since.from && end.to <= published) until = end.to;
      break;
    }
    return {
      ...since,
      start: i,
      to: until,
      basis: 'period: from the date stated to publication',
      period: since.from !== published,
      absolute: false,
    };
  }
  // "مطلع الشهر الحالي": from the first of the publication month.
  if (tokens[j]?.t === W('الشهر') && (tokens[j + 1]?.t === W('الحالي') || tokens[j + 1]?.t === W('الجاري'))) {
    if (published === null) return unresolved(ctx, i, j + 2, 'a period');
    return {
      start: i,
      end: j + 2,
      from: `${published.slice(0, 8)}01`,
      to: published,
      basis: 'period: this month up to publication',
      timeOfDay: null,
      statement: false,
      period: true,
      absolute: false,
    };
  }
  let n = 1;
  // "الثلاثة أشهر الماضية": the number may carry the article.
  const bare = tokens[j]?.t.startsWith('ال') ? UNITS.get((tokens[j] as Token).t.slice(2)) : undefined;
  if (bare !== undefined) {
    n = bare;
    j++;
    // "الاربعة وعشرين ساعة": units before tens.
    const tens = tokens[j]?.t.startsWith('و') ? TENS.get((tokens[j] as Token).t.slice(1)) : undefined;
    if (tens !== undefined) {
      n += tens;
      j++;
    }
  }
  const num = bare === undefined ? readNumber(tokens, j) : null;
  if (num && num.end - j <= 3) {
    n = num.value;
    j = num.end;
  }
  const counted = j > i + 1 && (bare !== undefined || num !== null);
  while (tokens[j] && skip.has(tokens[j]?.t ?? '')) j++;
  const unitTok = tokens[j];
  if (!unitTok || unitTok.k !== 'w') return null;
  let unit = DAY_UNITS.get(stem(unitTok.t)) ?? DAY_UNITS.get(unitTok.t);
  let end = j + 1;
  // "الأيام العشرة الأخيرة": the unit came first, the word after the number says "recent".
  if (unit === undefined && unitFirst !== undefined && counted && RECENT.has(unitTok.t)) {
    unit = unitFirst;
    end = j;
  }
  if (unit === undefined) return null;
  if (bareIn && !(counted && RECENT.has(tokens[end]?.t ?? ''))) return null;
  if (RECENT.has(tokens[end]?.t ?? '')) end++;
  // Hours count back from an unknown hour of the publication day: "خلال 16 ساعة" may reach into the day before.
  const days = unit < 1 ? Math.ceil(n / 24) + 1 : Math.max(1, Math.round(n * unit));
  if (published === null) return unresolved(ctx, i, end, 'a period');
  // Months are calendar months: "الثلاثة أشهر الماضية" on 16 August runs from 17 May, not from 90 days back.
  const months = unit % 30 === 0 ? (n * unit) / 30 : 0;
  const from = months > 0 ? addDays(monthsBefore(published, months), 1) : addDays(published, -(days - 1));
  return {
    start: i,
    end,
    from,
    to: published,
    basis: months > 0 ? `period: ${months} month(s) up to publication` : `period: ${days} days up to publication`,
    timeOfDay: null,
    statement: false,
    period: days > 1,
    absolute: false,
  };
}

/** The same day `months` calendar months before `date` (the month's last day when it has no such day). */
function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = daysInMonth(year, month);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
