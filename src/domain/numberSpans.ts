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

/** A token is a number when it is a digit run or, with و/ب/ل prefixes stripped, a number word. */
function isNumberToken(token: string): boolean {
  const f = fold(token);
  if (/[0-9]/.test(f)) return true;
  if (WORDS.has(f)) return true;
  for (const prefix of ['و', 'ب', 'ل', 'وب', 'ول']) {
    if (f.startsWith(prefix) && WORDS.has(f.slice(prefix.length))) return true;
  }
  return false;
}

/** Ranges [start, end) of numbers in `text`, in order. */
export function numberSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(TOKEN)) {
    if (m.index !== undefined && isNumberToken(m[0])) out.push([m.index, m.index + m[0].length]);
  }
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
