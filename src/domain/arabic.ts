/**
 * Arabic text folding: the one fold that ingest, search and highlighting share (issue 12.7), so a word the pipeline
 * reads is a word the search finds, and a highlight lands where the search matched. Display always keeps the
 * original text; folding only decides what matches.
 *
 * Folded, one UTF-16 code unit for one (so offsets map back exactly):
 * - alef forms (أ إ آ ٱ → ا), alef maqsura and Persian ya (ى ی → ي), ta marbuta (ة → ه), hamza carriers
 *   (ؤ → و, ئ → ي), Persian kaf (ک → ك);
 * - tatweel, diacritics and Quranic marks removed; zero-width and bidi controls removed;
 * - Arabic-Indic and Extended (Persian) digits → 0-9, the Arabic decimal and thousands separators (٫ ٬) → `.` `,`;
 * - Latin and other cased letters → lower case; typographic double quotes and guillemets → `"`;
 * - runs of white space → one space, or one newline where a line break is among them (`newlines: 'keep'`: the
 *   pipeline ends sentences and paragraphs at them) or one space (`'space'`: search and highlighting).
 * It is a lookup table over every code unit, not a regex per character, because ingest runs it over megabytes.
 */

/** Folded text and, for each folded code unit, the index of the original code unit; one extra entry = original length. */
export interface Folded {
  text: string;
  map: Int32Array;
}

/** What a line break becomes: kept (one `\n` per run of white space holding one) or read as a space. */
export type Newlines = 'keep' | 'space';

const DROP = -1;
const SPACE = -2;
const NEWLINE = -3;

/** The folded code unit for `c`, or DROP, SPACE, NEWLINE. */
function foldCode(c: number): number {
  if (c < 0x80) {
    if (c === 10) return NEWLINE;
    if (c === 13) return DROP; // \r\n is one line break
    if (c === 32 || c === 9 || c === 11 || c === 12) return SPACE;
    if (c >= 65 && c <= 90) return c + 32;
    if (c < 32 || c === 127) return SPACE;
    return c;
  }
  if (c >= 0x0600 && c <= 0x06ff) {
    if ((c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) return DROP;
    if (c >= 0x06d6 && c <= 0x06ed) return DROP;
    if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) return 0x0627; // أ إ آ ٱ → ا
    if (c === 0x0649 || c === 0x0626 || c === 0x06cc) return 0x064a; // ى ئ ی → ي
    if (c === 0x0629) return 0x0647; // ة → ه
    if (c === 0x0624) return 0x0648; // ؤ → و
    if (c === 0x06a9) return 0x0643; // ک → ك
    if (c >= 0x0660 && c <= 0x0669) return 48 + c - 0x0660;
    if (c >= 0x06f0 && c <= 0x06f9) return 48 + c - 0x06f0;
    if (c === 0x066b) return 46; // Arabic decimal separator
    if (c === 0x066c) return 44; // Arabic thousands separator
    return c;
  }
  if (c === 0x2028 || c === 0x2029) return NEWLINE;
  if (c === 0x00a0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0x3000)
    return SPACE;
  if ((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff)
    return DROP;
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x00ab || c === 0x00bb) return 34;
  if (c >= 0xd800 && c <= 0xdfff) return c; // a surrogate half has no case on its own
  // Other cased letters (É, Ş, Д …), where lower case is one code unit too.
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/**
 * `foldCode` for every UTF-16 code unit, computed once: folding is then one array read per character. Built on the
 * first fold, not when the module loads: building it takes 10–20 ms in a browser, and the dashboard's first screen
 * folds nothing (search and place filtering fold later), so loading it at startup only delayed the first marks.
 */
let foldTable: Int32Array | null = null;
/** Up to this many code units, `fold` folds code by code until the table exists. */
const SHORT_TEXT = 64;

function table(): Int32Array {
  if (foldTable) return foldTable;
  const t = new Int32Array(65536);
  for (let c = 0; c < 65536; c++) t[c] = foldCode(c);
  foldTable = t;
  return t;
}

/**
 * Folds `text`, which must already be NFC (offsets index the NFC text reports store), keeping a map back to the
 * original offsets. Runs of white space collapse to one space, or one newline if a line break is among them and
 * `newlines` is 'keep' (the default: the pipeline's reading).
 */
export function foldText(text: string, newlines: Newlines = 'keep'): Folded {
  const keepLines = newlines === 'keep';
  const folds = table();
  const out = new Uint16Array(text.length);
  const map = new Int32Array(text.length + 1);
  let n = 0;
  let last = 0; // 0 other, 1 space, 2 newline
  for (let i = 0; i < text.length; i++) {
    let f = folds[text.charCodeAt(i)] as number;
    if (f === DROP) continue;
    if (f === NEWLINE && !keepLines) f = SPACE;
    if (f === SPACE) {
      if (last !== 0) continue;
      last = 1;
      out[n] = 32;
    } else if (f === NEWLINE) {
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

/** Folds text for matching (search, place names, queries): NFC first, line breaks read as spaces. */
export function fold(text: string): string {
  return foldPlain(text.normalize('NFC'));
}

/**
 * `foldText(text, 'space').text` without the offset map, copying runs of unchanged characters whole: the search
 * folds every quote of a dataset once, and most characters of Arabic text fold to themselves.
 */
function foldPlain(text: string): string {
  let out = '';
  let runStart = 0;
  let lastWasSpace = false;
  // Short words folded before any text (the count words' lists, folded as their module loads) need no table: code
  // by code they cost microseconds, where the table costs 10–20 ms.
  const folds = foldTable ?? (text.length > SHORT_TEXT ? table() : null);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = folds ? (folds[c] as number) : foldCode(c);
    if (f === c) {
      lastWasSpace = false;
      continue;
    }
    let replacement: string;
    if (f === DROP) replacement = '';
    else if (f === SPACE || f === NEWLINE) {
      if (lastWasSpace) replacement = '';
      else {
        lastWasSpace = true;
        if (c === 32) continue; // a single space stays in the run
        replacement = ' ';
      }
    } else {
      lastWasSpace = false;
      replacement = String.fromCharCode(f);
    }
    out += text.slice(runStart, i) + replacement;
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

/**
 * `fold` keeping, for each folded character, the index of the original (NFC) character it came from, so a match in
 * folded text can be highlighted in the original. `map` has one extra entry: the original length.
 */
export function foldWithMap(text: string): Folded {
  return foldText(text.normalize('NFC'), 'space');
}

/** The Latin digit for an Arabic-Indic (٠-٩) or Extended Arabic-Indic (۰-۹) digit, else null. */
export function arabicDigitValue(ch: string): number | null {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660;
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0;
  return null;
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
