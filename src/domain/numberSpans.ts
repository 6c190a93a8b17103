import { fold } from './arabic';

/**
 * Where a quote states numbers, so the view can mark them: digit runs (Latin and Arabic-Indic) and Arabic number
 * words (cardinals, tens, hundreds, duals of people). Matching is on folded words; spans index the original text.
 */
const NUMBER_WORDS = [
  'واحد',
  'واحده',
  'اثنان',
  'اثنين',
  'ثلاث',
  'ثلاثه',
  'اربع',
  'اربعه',
  'خمس',
  'خمسه',
  'ست',
  'سته',
  'سبع',
  'سبعه',
  'ثماني',
  'ثمانيه',
  'ثمان',
  'تسع',
  'تسعه',
  'عشر',
  'عشره',
  'عشرين',
  'عشرون',
  'ثلاثين',
  'ثلاثون',
  'اربعين',
  'اربعون',
  'خمسين',
  'خمسون',
  'ستين',
  'ستون',
  'سبعين',
  'سبعون',
  'ثمانين',
  'ثمانون',
  'تسعين',
  'تسعون',
  'مئه',
  'مائه',
  'مئتين',
  'مئتان',
  'ماتين',
  'الف',
  'الفين',
  'عشرات',
  'العشرات',
  'مئات',
  'اخرين',
  'اخرون',
  'طفلان',
  'طفلين',
  'طفلتان',
  'طفلتين',
  'امراتان',
  'امراتين',
  'مدنيان',
  'شخصان',
  'شخصين',
  'رجلان',
  'رجلين',
  'سيدتان',
  'سيدتين',
];
const WORDS = new Set(NUMBER_WORDS);
// Tokens: runs of Arabic letters/marks or of digits. Bounded classes, no nested quantifiers: linear time.
const TOKEN = /[\u0621-\u0669\u066E-\u06D3\u06F0-\u06F9]+|[0-9]+/g;

/** A folded token is a number when it is a digit run or, with و/ب/ل prefixes stripped, a number word. */
function isNumberToken(f: string): boolean {
  if (/[0-9]/.test(f)) return true;
  if (WORDS.has(f)) return true;
  for (const prefix of ['و', 'ب', 'ل', 'وب', 'ول']) {
    if (f.startsWith(prefix) && WORDS.has(f.slice(prefix.length))) return true;
  }
  return false;
}

/** Ranges [start, end) of numbers in `text`, in order. */
export function numberSpans(text: string): Array<[number, number]> {
  return quoteSpans(text)
    .filter((s) => s.kind === 'count')
    .map((s) => [s.start, s.end]);
}

/*
 * Words that say when (folded; see arabic.ts). Months of both systems (Levantine "كانون/تشرين" are the first word of
 * a pair), weekdays, and the relative words and parts of the day reports date by. The ingest date steps have the
 * full calendar (src/ingest/steps/calendar.ts); this short list only decides how a quote is marked.
 */
const MONTH_WORDS = new Set(
  'يناير فبراير مارس اذار ابريل نيسان مايو ايار يونيو يونيه حزيران يوليو يوليه تموز اغسطس سبتمبر ايلول اكتوبر نوفمبر ديسمبر شباط كانون تشرين'.split(
    ' ',
  ),
);
/** "آب" (August) is also "father": a month only next to a number. */
const MONTH_NEAR_NUMBER = new Set(['اب']);
const WHEN_WORDS = new Set(
  'الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت امس البارحه اليوم الليله فجر صباح مساء ظهر عصر'.split(' '),
);

/** What a marked piece of a quote states: a count of people or a date/time. */
export type QuoteSpanKind = 'count' | 'date';
export interface QuoteSpan {
  start: number;
  end: number;
  kind: QuoteSpanKind;
}

const stripPrefix = (f: string, words: Set<string>): boolean => {
  if (words.has(f)) return true;
  for (const prefix of ['و', 'ب', 'ل', 'وب', 'ول', 'ف']) {
    if (f.startsWith(prefix) && words.has(f.slice(prefix.length))) return true;
  }
  return false;
};

/**
 * The counts and the dates a quote states, in order, as [start, end) ranges of the original text: a number next to a
 * month name (or joined to another by / - .) is part of a date, other numbers and number words are counts. One pass
 * over the tokens: linear in the text length.
 */
export function quoteSpans(text: string): QuoteSpan[] {
  const tokens: Array<{ start: number; end: number; folded: string; digits: boolean }> = [];
  for (const m of text.matchAll(TOKEN)) {
    if (m.index === undefined) continue;
    const folded = fold(m[0]);
    tokens.push({ start: m.index, end: m.index + m[0].length, folded, digits: /[0-9]/.test(folded) });
  }
  const isMonth = (i: number): boolean => {
    const t = tokens[i];
    if (!t || t.digits) return false;
    if (stripPrefix(t.folded, MONTH_WORDS)) return true;
    // "كانون الثاني", "تشرين الأول": the second word of a Levantine month.
    const before = tokens[i - 1]?.folded ?? '';
    if ((t.folded === 'الاول' || t.folded === 'الثاني') && /(كانون|تشرين)$/.test(before)) return true;
    return MONTH_NEAR_NUMBER.has(t.folded) && (tokens[i - 1]?.digits === true || tokens[i + 1]?.digits === true);
  };
  // Digit runs joined by a date separator with nothing else between them: "20/8/2017", "2017-08-20".
  const joined = (a: number, b: number): boolean => {
    const x = tokens[a];
    const y = tokens[b];
    return x !== undefined && y !== undefined && x.digits && y.digits && /^[/.-]$/.test(text.slice(x.end, y.start));
  };
  const out: QuoteSpan[] = [];
  tokens.forEach((t, i) => {
    let kind: QuoteSpanKind | null = null;
    if (t.digits) {
      const date = isMonth(i + 1) || isMonth(i - 1) || joined(i - 1, i) || joined(i, i + 1);
      kind = date ? 'date' : 'count';
    } else if (isMonth(i) || stripPrefix(t.folded, WHEN_WORDS)) kind = 'date';
    else if (isNumberToken(t.folded)) kind = 'count';
    if (kind === null) return;
    const last = out[out.length - 1];
    // "20 آب 2017" or "كانون الثاني": consecutive date words become one span (the space between them included).
    if (last && last.kind === 'date' && kind === 'date' && /^[\s/.-]*$/.test(text.slice(last.end, t.start))) {
      last.end = t.end;
    } else out.push({ start: t.start, end: t.end, kind });
  });
  return out;
}

/** Splits text into plain and marked pieces for rendering (as text, never HTML). */
export function splitBySpans(
  text: string,
  spans: ReadonlyArray<readonly [number, number]>,
): Array<{ text: string; marked: boolean; start: number }> {
  const pieces: Array<{ text: string; marked: boolean; start: number }> = [];
  let at = 0;
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (s < at) continue; // overlapping spans: keep the first
    if (s > at) pieces.push({ text: text.slice(at, s), marked: false, start: at });
    pieces.push({ text: text.slice(s, e), marked: true, start: s });
    at = e;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false, start: at });
  return pieces;
}
