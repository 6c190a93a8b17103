/**
 * Which encoding a report file is in, and its text. Pure (bytes in, text out; only the standard TextDecoder), so
 * the ingest CLI and the browser's import read a file the same way.
 *
 * Order of evidence: a byte order mark (UTF-8, UTF-16 LE/BE); then BOM-less UTF-16, told by NUL bytes that sit
 * almost all at odd (LE) or at even (BE) offsets and a decoding that is plausible text; then valid UTF-8; then
 * Windows-1256, when the bytes are not UTF-8 and their Windows-1256 reading is mostly Arabic letters. Anything else
 * is read as UTF-8 with U+FFFD for the bad bytes, and says so (`replaced`), so the pipeline flags it rather than
 * guessing.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

/** How the encoding was decided. */
export type EncodingBasis = 'bom' | 'nul-pattern' | 'valid-utf-8' | 'arabic-letters' | 'fallback';

export interface DecodedText {
  /** The text, without its byte order mark. Not normalized: offsets are taken on its NFC form downstream. */
  text: string;
  encoding: TextEncodingName;
  basis: EncodingBasis;
  /** True when the file began with a byte order mark (removed from `text`). */
  bom: boolean;
  /** U+FFFD characters the decoding introduced (bad bytes); 0 unless `basis` is 'fallback'. */
  replaced: number;
}

/** How many leading bytes the BOM-less guesses look at (enough for a few paragraphs). */
const SAMPLE = 8192;
/** Share of letters that must be Arabic for invalid UTF-8 to be read as Windows-1256. */
const ARABIC_SHARE = 0.6;
/** Share of UTF-16 code units that must be plausible text (letters, punctuation, spaces) for BOM-less UTF-16. */
const PLAUSIBLE_SHARE = 0.9;
/** Fewest Arabic letters a Windows-1256 reading must have: a stray byte or two is not a text. */
const MIN_ARABIC = 4;

const decode = (label: string, bytes: Uint8Array, fatal = false) =>
  new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);

const countReplacements = (s: string) => {
  let n = 0;
  for (let i = s.indexOf('\uFFFD'); i >= 0; i = s.indexOf('\uFFFD', i + 1)) n++;
  return n;
};

/** Code units a news text plausibly holds: ASCII text, Latin, Arabic (with presentation forms), punctuation. */
function plausible(c: number): boolean {
  return (
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0x24f) ||
    (c >= 0x600 && c <= 0x6ff) ||
    (c >= 0x750 && c <= 0x77f) ||
    (c >= 0x8a0 && c <= 0x8ff) ||
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfeff)
  );
}

/** 'utf-16le' or 'utf-16be' when the NUL bytes of the sample sit on one side of the code units, else null. */
function nulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  // Arabic code units (U+06xx) have no NUL byte; the spaces, digits and punctuation between words do.
  const pairs = n / 2;
  const guess = odd > even ? 'utf-16le' : 'utf-16be';
  const major = Math.max(even, odd);
  const minor = Math.min(even, odd);
  if (major < 2 || major < pairs * 0.02 || minor > major * 0.05) return null;
  const sample = decode(guess, bytes.subarray(0, n));
  let ok = 0;
  for (let i = 0; i < sample.length; i++) if (plausible(sample.charCodeAt(i))) ok++;
  return ok >= sample.length * PLAUSIBLE_SHARE ? guess : null;
}

/** True when the text's letters are mostly Arabic and it has (almost) no control characters, as text does. */
function mostlyArabic(text: string): boolean {
  let letters = 0;
  let arabic = 0;
  let control = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) control++;
    else if (/\p{L}/u.test(ch)) {
      letters++;
      if (c >= 0x600 && c <= 0x6ff) arabic++;
    }
  }
  return arabic >= MIN_ARABIC && arabic >= letters * ARABIC_SHARE && control <= text.length * 0.01;
}

/** Decodes a report file's bytes, saying which encoding was assumed and why. Never throws. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return fromLabel('utf-8', 'bom', true, bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return fromLabel('utf-16le', 'bom', true, bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return fromLabel('utf-16be', 'bom', true, bytes.subarray(2));
  const utf16 = nulPattern(bytes);
  if (utf16 !== null) return fromLabel(utf16, 'nul-pattern', false, bytes);
  try {
    return { text: decode('utf-8', bytes, true), encoding: 'utf-8', basis: 'valid-utf-8', bom: false, replaced: 0 };
  } catch {
    // Not UTF-8: an Arabic legacy encoding, or not text at all.
  }
  // UTF-8 damaged here and there (a cut file) has more good multi-byte characters than bad bytes; Windows-1256
  // Arabic read as UTF-8 is almost all bad bytes. Only the latter is re-read.
  const loose = decode('utf-8', bytes);
  const bad = countReplacements(loose);
  let good = 0;
  for (let i = 0; i < loose.length; i++) if (loose.charCodeAt(i) > 0x7f && loose.charCodeAt(i) !== 0xfffd) good++;
  const legacy = decode('windows-1256', bytes);
  if (bad > good && mostlyArabic(legacy.slice(0, SAMPLE)))
    return { text: legacy, encoding: 'windows-1256', basis: 'arabic-letters', bom: false, replaced: 0 };
  return fromLabel('utf-8', 'fallback', false, bytes);
}

function fromLabel(encoding: TextEncodingName, basis: EncodingBasis, bom: boolean, bytes: Uint8Array): DecodedText {
  const text = decode(encoding, bytes);
  return { text, encoding, basis, bom, replaced: countReplacements(text) };
}

const NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1256': 'Windows-1256',
};
const BASES: Record<EncodingBasis, string> = {
  bom: 'byte order mark',
  'nul-pattern': 'no byte order mark; told by its NUL bytes',
  'valid-utf-8': 'valid UTF-8',
  'arabic-letters': 'not UTF-8; its Windows-1256 reading is Arabic',
  fallback: 'not valid UTF-8 nor Arabic in Windows-1256',
};

/**
 * A one-line English description of what was assumed ("UTF-16 LE (byte order mark)"), or null for plain UTF-8
 * without a BOM: the case that needs no notice.
 */
export function describeEncoding(d: Pick<DecodedText, 'encoding' | 'basis' | 'replaced'>): string | null {
  if (d.basis === 'valid-utf-8') return null;
  const bad = d.replaced > 0 ? `; ${d.replaced} undecodable byte sequence(s) replaced by U+FFFD` : '';
  return `${NAMES[d.encoding]} (${BASES[d.basis]}${bad})`;
}
