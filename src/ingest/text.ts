/**
 * Folding and tokens for the ingest pipeline. The pipeline reads folded text but every position it reports is an
 * offset into the original NFC text (UTF-16 code units), so quotes are always `text.slice(start, end)`.
 *
 * The fold is `foldText` from src/domain/arabic.ts, the one search and highlighting use too, in its line-keeping
 * mode: newlines survive because they end sentences and paragraphs.
 */

import { foldText } from '../domain/arabic';
export { foldText, type Folded } from '../domain/arabic';

const keyCache = new Map<string, string>();

/** Folds a short string (a dictionary entry or a pattern word). Memoised: steps fold their constants often. */
export function foldKey(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = foldText(s.normalize('NFC')).text.replace(/\s+/g, ' ').trim();
    if (keyCache.size < 50_000) keyCache.set(s, k);
  }
  return k;
}

const NONE: readonly string[] = [];

export type TokenKind = 'w' | 'n' | 'p' | 'nl';

export interface Token {
  /** Folded token text. */
  t: string;
  /** Start and end in the folded text. */
  s: number;
  e: number;
  k: TokenKind;
  /** The word's bare forms (`bareForms`), computed once here because every step asks for them. */
  f: readonly string[];
}

function isLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 97 && c <= 122) || c === 0x06d5;
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Splits folded text into words, numbers (Latin digits, with `,` thousands groups joined), punctuation and
 * newlines. Letters and digits never share a token, so "الـ72" is "ال" + "72".
 */
export function tokenize(f: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = f.length;
  while (i < n) {
    const c = f.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    const s = i;
    if (c === 10) {
      out.push({ t: '\n', s, e: ++i, k: 'nl', f: NONE });
    } else if (isLetter(c)) {
      while (i < n && isLetter(f.charCodeAt(i))) i++;
      const w = f.slice(s, i);
      out.push({ t: w, s, e: i, k: 'w', f: bareForms(w) });
    } else if (isDigit(c)) {
      while (i < n && isDigit(f.charCodeAt(i))) i++;
      // "328,418": a comma followed by exactly three digits continues the number.
      while (
        i + 3 < n + 0 &&
        f.charCodeAt(i) === 44 &&
        isDigit(f.charCodeAt(i + 1)) &&
        isDigit(f.charCodeAt(i + 2)) &&
        isDigit(f.charCodeAt(i + 3)) &&
        !(i + 4 < n && isDigit(f.charCodeAt(i + 4)))
      )
        i += 4;
      out.push({ t: f.slice(s, i).replace(/,/g, ''), s, e: i, k: 'n', f: NONE });
    } else {
      out.push({ t: f[i] as string, s, e: ++i, k: 'p', f: NONE });
    }
  }
  return out;
}

const formsCache = new Map<string, readonly string[]>();
const stemCache = new Map<string, string>();
/** Words seen are few (a language's vocabulary), so both caches stay small; they are capped all the same. */
const CACHE_CAP = 200_000;

/** Proclitics a word may carry: و ف then ب ل ك. Returns the bare forms to look a word up by, longest first. */
export function bareForms(w: string): readonly string[] {
  let forms = formsCache.get(w);
  if (forms === undefined) {
    forms = computeForms(w);
    if (formsCache.size < CACHE_CAP) formsCache.set(w, forms);
  }
  return forms;
}

function computeForms(w: string): string[] {
  const forms = [w];
  let rest = w;
  if ((rest.startsWith('و') || rest.startsWith('ف')) && rest.length > 2) {
    rest = rest.slice(1);
    forms.push(rest);
  }
  if (rest.startsWith('لل') && rest.length > 3) forms.push('ال' + rest.slice(2));
  if ((rest.startsWith('ب') || rest.startsWith('ل') || rest.startsWith('ك')) && rest.length > 2)
    forms.push(rest.slice(1));
  return forms;
}

/** The word without proclitics and without the article, for lexicon lookups of nouns. */
export function stem(w: string): string {
  let s = stemCache.get(w);
  if (s === undefined) {
    const forms = bareForms(w);
    s = forms[forms.length - 1] as string;
    if (s.startsWith('ال') && s.length > 3) s = s.slice(2);
    if (stemCache.size < CACHE_CAP) stemCache.set(w, s);
  }
  return s;
}
