import type { Claim, Count, CountRange } from './schema';
import { fold, foldWithMap } from './arabic';

/**
 * The words a quote states a count in ("أكثر من 200", "آخرين", "14 على الأقل"), found again from the count and its
 * qualifier, so a headline can keep the source's words instead of a bare "201+" or "2+". Pure and linear in the quote.
 */

/** Words of a count inside its claim's quote: offsets in UTF-16 code units of the quote (end exclusive). */
export interface CountWords {
  text: string;
  start: number;
  end: number;
  /** For a vague count, which vague word it is: "آخرين" (others), "عشرات" (tens of), "مئات" (hundreds of). */
  vague: VagueWord | null;
}

export type VagueWord = 'others' | 'tens' | 'hundreds';

/** Qualifier words before the number (folded when used): longest first, so "ما لا يقل عن" wins over "لا يقل عن". */
const BEFORE = [
  'ما لا يقل عن',
  'لا يقل عن',
  'ما يزيد عن',
  'ما يزيد على',
  'مايزيد عن',
  'مايزيد على',
  'يزيد عن',
  'أكثر من',
  'أزيد من',
  'ما يقارب',
  'ما يقرب من',
  'قرابة',
  'نحو',
  'حوالي',
  'زهاء',
].map(fold);
const AFTER = ['على الأقل'].map(fold);

/** The vague words and the minimum the ingest gives each (vocabulary.ts: "عشرات" 20, "آخرين" 2). */
const VAGUE: ReadonlyArray<{ word: VagueWord; min: number; forms: string[] }> = [
  { word: 'others' as const, min: 2, forms: ['آخرين', 'آخرون', 'أخريات', 'آخرات'] },
  { word: 'tens' as const, min: 20, forms: ['العشرات', 'عشرات'] },
  { word: 'hundreds' as const, min: 200, forms: ['المئات', 'مئات'] },
].map((v) => ({ ...v, forms: v.forms.map(fold) }));

const LETTER = '\\u0621-\\u064A';
/** A word starts here: not after a letter, except a one-letter prefix (و، ب، ل) that is kept outside the words. */
const WORD_START = `(?<=^|[^${LETTER}]|(?:^|[^${LETTER}])[وبل])`;
const WORD_END = `(?![${LETTER}])`;

const alternatives = (words: readonly string[]) => words.join('|');

/** The number the words carry before qualification: "أكثر من 200" is stored as min 201. */
function statedNumber(count: Count): number {
  return count.qualifier === 'more_than' ? Math.max(0, count.min - 1) : count.min;
}

/** Qualifier words before (group 1) and after (group 3) the count's own words (group 2). */
const qualified = (core: string) =>
  new RegExp(`(?:${WORD_START}(${alternatives(BEFORE)}) )?(${core})(?: (${alternatives(AFTER)})${WORD_END})?`, 'g');

/**
 * Any number in digits, with its qualifier words: compiled once. A count's number is then compared as text, so one
 * pattern serves every count (a pattern per number cost a regex compilation per number a list of cards showed).
 */
const ANY_NUMBER = qualified('(?<![0-9])[0-9]+(?![0-9])');

/** The vague words a count of this minimum may stand for (any, for a minimum none has), with their qualifiers. */
const vaguePatterns = new Map<number, RegExp>();
function vaguePattern(min: number): RegExp {
  // One pattern per pool, kept: the VAGUE words' minimums, and -1 for any other minimum.
  const key = VAGUE.some((v) => v.min === min) ? min : -1;
  let pattern = vaguePatterns.get(key);
  if (pattern === undefined) {
    const pool = key === -1 ? VAGUE : VAGUE.filter((v) => v.min === min);
    pattern = qualified(`${WORD_START}(?:${alternatives(pool.flatMap((v) => v.forms))})${WORD_END}`);
    vaguePatterns.set(key, pattern);
  }
  return pattern;
}

const vagueWord = (folded: string): VagueWord | null =>
  VAGUE.find((v) => v.forms.some((f) => folded.includes(f)))?.word ?? null;

/**
 * Where `quote` states `count`, with the qualifier words around the number when they are there. Null when the
 * quote writes the number in words Rasd does not read back (e.g. "خمسة") or does not hold it at all.
 */
export function countWords(count: Count, quote: string): CountWords | null {
  const { text: folded, map } = foldWithMap(quote);
  const vague = count.qualifier === 'vague';
  const pattern = vague ? vaguePattern(count.min) : ANY_NUMBER;
  const stated = vague ? null : String(statedNumber(count));
  // Prefer the occurrence whose qualifier words are there when the count is qualified, and bare when it is not.
  const wantQualified = count.qualifier !== 'exact' && !vague;
  let best: RegExpExecArray | null = null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
    if (stated !== null && m[2] !== stated) continue;
    if (best === null) best = m;
    if ((m[1] !== undefined || m[3] !== undefined) === wantQualified) {
      best = m;
      break;
    }
  }
  pattern.lastIndex = 0;
  if (best === null) return null;
  const start = map[best.index] ?? 0;
  const end = (map[best.index + best[0].length - 1] ?? start) + 1;
  return {
    text: quote.normalize('NFC').slice(start, end),
    start,
    end,
    vague: vague ? vagueWord(best[2] ?? '') : null,
  };
}

/** One end of a headline figure: the claim that sets it, its count, and that count's words when found. */
export interface FigurePhrase {
  claimId: string;
  count: Count;
  words: CountWords | null;
}

/**
 * The claims behind an incident's headline figure (`range`, derived as in derive.ts from the current claims): the
 * one giving the lowest figure and, when another sets the top, that one. `high` is null when one claim sets both.
 */
export function headlinePhrases(
  range: CountRange | null,
  claims: ReadonlyArray<Pick<Claim, 'id' | 'quote'> & { count: Count | null }>,
): { low: FigurePhrase; high: FigurePhrase | null } | null {
  if (range === null) return null;
  const counted = claims.filter((c): c is typeof c & { count: Count } => c.count !== null);
  const top =
    range.max === null
      ? counted
          .filter((c) => c.count.max === null)
          .reduce<(typeof counted)[number] | undefined>((a, c) => (a && a.count.min >= c.count.min ? a : c), undefined)
      : counted.find((c) => (c.count.max ?? c.count.min) === range.max && c.count.min !== range.min);
  // A claim that sets both ends is the whole figure: "14 على الأقل" alone, not "14 – 14 على الأقل".
  const low = top && top.count.min === range.min ? top : counted.find((c) => c.count.min === range.min);
  const high = top;
  if (!low) return null;
  const phrase = (c: (typeof counted)[number]): FigurePhrase => ({
    claimId: c.id,
    count: c.count,
    words: countWords(c.count, c.quote),
  });
  const sameAsLow =
    !high ||
    high === low ||
    (high.count.min === low.count.min &&
      high.count.max === low.count.max &&
      high.count.qualifier === low.count.qualifier);
  return { low: phrase(low), high: sameAsLow ? null : phrase(high) };
}
