/**
 * Arabic text folding for matching. Display always keeps the original text; folding only decides what matches.
 *
 * Folded: alef forms (أ إ آ ٱ → ا), alef maqsura (ى → ي), ta marbuta (ة → ه), hamza carriers (ؤ → و, ئ → ي),
 * tatweel and diacritics (removed), Arabic-Indic and Persian digits (→ 0-9), Latin case, and runs of white space.
 */

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/;
const TATWEEL = '\u0640';

const CHAR_FOLD: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
};

/** The Latin digit for an Arabic-Indic (٠-٩) or Extended Arabic-Indic (۰-۹) digit, else null. */
export function arabicDigitValue(ch: string): number | null {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660;
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0;
  return null;
}

function foldChar(ch: string): string {
  if (ch === TATWEEL || DIACRITICS.test(ch)) return '';
  const mapped = CHAR_FOLD[ch];
  if (mapped !== undefined) return mapped;
  const digit = arabicDigitValue(ch);
  if (digit !== null) return String(digit);
  if (/\s/.test(ch)) return ' ';
  return ch.toLowerCase();
}

/** Folds text for matching. `fold("الرقّة")` === `fold("الرقه")`. */
export function fold(text: string): string {
  return foldWithMap(text).text;
}

/**
 * Folds text and keeps, for each folded character, the index of the original character it came from,
 * so a match in folded text can be highlighted in the original. `map` has one extra entry: the original length.
 */
export function foldWithMap(text: string): { text: string; map: number[] } {
  const source = text.normalize('NFC');
  // NFC can change lengths only for decomposed input; offsets refer to the NFC text, which is what reports store.
  let out = '';
  const map: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < source.length; i++) {
    const folded = foldChar(source[i] as string);
    if (folded === '') continue;
    if (folded === ' ') {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else lastWasSpace = false;
    for (const ch of folded) {
      out += ch;
      map.push(i);
    }
  }
  map.push(source.length);
  return { text: out, map };
}

/** Ranges [start, end) in the original `text` where the folded `query` occurs; empty for an empty query. */
export function findFolded(text: string, query: string): Array<[number, number]> {
  const q = fold(query).trim();
  if (q === '') return [];
  const { text: hay, map } = foldWithMap(text);
  const out: Array<[number, number]> = [];
  let from = 0;
  for (;;) {
    const at = hay.indexOf(q, from);
    if (at < 0) break;
    const start = map[at] as number;
    const last = map[at + q.length - 1] as number;
    out.push([start, last + 1]);
    from = at + q.length;
  }
  return out;
}
