/**
 * Folding and tokens for the ingest pipeline. The pipeline reads folded text but every position it reports is an
 * offset into the original NFC text (UTF-16 code units), so quotes are always `text.slice(start, end)`.
 *
 * This fold agrees with `fold` in src/domain/arabic.ts on letters and digits; it differs on purpose in two ways:
 * newlines survive (they end sentences and paragraphs) and zero-width marks vanish. It is a per-code-unit switch,
 * not a regex per character, because it runs over megabytes.
 */

export interface Folded {
  /** Folded text. */
  text: string;
  /** For each folded code unit, the index of the original code unit; one extra entry = original length. */
  map: Int32Array;
}

function foldCode(c: number): number {
  // Returns the folded code unit, -1 to drop it, -2 for a space, -3 for a newline.
  if (c < 0x80) {
    if (c === 10) return -3;
    if (c === 13) return -1;
    if (c === 32 || c === 9 || c === 11 || c === 12) return -2;
    if (c >= 65 && c <= 90) return c + 32;
    if (c < 32 || c === 127) return -2;
    return c;
  }
  if (c >= 0x0600 && c <= 0x06ff) {
    if ((c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) return -1;
    if (c >= 0x06d6 && c <= 0x06ed) return -1;
    if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) return 0x0627;
    if (c === 0x0649 || c === 0x0626 || c === 0x06cc) return 0x064a;
    if (c === 0x0629) return 0x0647;
    if (c === 0x0624) return 0x0648;
    if (c === 0x06a9) return 0x0643;
    if (c >= 0x0660 && c <= 0x0669) return 48 + c - 0x0660;
    if (c >= 0x06f0 && c <= 0x06f9) return 48 + c - 0x06f0;
    if (c === 0x066b) return 46; // Arabic decimal separator
    if (c === 0x066c) return 44; // Arabic thousands separator
    return c;
  }
  if (c === 0x00a0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000)
    return c === 0x2028 || c === 0x2029 ? -3 : -2;
  if ((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff)
    return -1;
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x00ab || c === 0x00bb) return 34;
  return c;
}

/** `foldCode` for every UTF-16 code unit, computed once: folding is then one array read per character. */
const FOLD_TABLE = (() => {
  const t = new Int32Array(65536);
  for (let c = 0; c < 65536; c++) t[c] = foldCode(c);
  return t;
})();

/** Folds `text` (already NFC) keeping a map back to original offsets. Runs of spaces collapse to one. */
export function foldText(text: string): Folded {
  const out = new Uint16Array(text.length);
  const map = new Int32Array(text.length + 1);
  let n = 0;
  let last = 0; // 0 other, 1 space, 2 newline
  for (let i = 0; i < text.length; i++) {
    const f = FOLD_TABLE[text.charCodeAt(i)] as number;
    if (f === -1) continue;
    if (f === -2) {
      if (last !== 0) continue;
      last = 1;
      out[n] = 32;
    } else if (f === -3) {
      if (last === 2) continue;
      if (last === 1) {
        out[n - 1] = 10;
        last = 2;
        continue;
      }
      last = 2;
      out[n] = 10;
    } else {
      last = 0;
      out[n] = f;
    }
    map[n++] = i;
  }
  const chunks: string[] = [];
  // fromCharCode takes its arguments on the stack: decode in slices.
  for (let k = 0; k < n; k += 8192) chunks.push(String.fromCharCode(...out.subarray(k, Math.min(n, k + 8192))));
  const trimmed = new Int32Array(n + 1);
  trimmed.set(map.subarray(0, n));
  trimmed[n] = text.length;
  return { text: chunks.join(''), map: trimmed };
}

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
