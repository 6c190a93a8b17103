/**
 * Reads a cardinal number starting at a token: Latin or Arabic-Indic digits (already folded to Latin), number
 * words and their compounds ("ثلاثة عشر", "ثلاثة وأربعين", "مئتين", "370 ألف"). Pure; looks at most ~8 tokens ahead.
 */
import { HUNDREDS, TEEN_UNITS, TEN, TENS, THOUSAND, UNITS } from '../lexicon';
import type { Token } from '../text';

export interface NumberRead {
  value: number;
  /** Index of the first and one past the last token of the number. */
  start: number;
  end: number;
  /** True when the number was written in words. */
  words: boolean;
}

function lookup(table: Map<string, number>, tok: Token | undefined, allowWaw: boolean): number | null {
  if (!tok || tok.k !== 'w') return null;
  const direct = table.get(tok.t);
  if (direct !== undefined) return direct;
  if (allowWaw && tok.t.startsWith('و')) return table.get(tok.t.slice(1)) ?? null;
  return null;
}

/** A number below 1000 in words, from token i. */
function chunk(tokens: readonly Token[], i: number): { value: number; end: number } | null {
  let value = 0;
  let j = i;
  const h = lookup(HUNDREDS, tokens[j], true);
  if (h !== null) {
    value = h;
    j++;
  } else {
    // "ثلاث مئة" written apart.
    const u = lookup(UNITS, tokens[j], true);
    const next = lookup(HUNDREDS, tokens[j + 1], false);
    if (u !== null && u < 10 && next === 100) {
      value = u * 100;
      j += 2;
    }
  }
  const afterHundreds = j > i;
  const unitTok = tokens[j];
  const u = lookup(UNITS, unitTok, true) ?? lookup(TEEN_UNITS, unitTok, true);
  if (u !== null) {
    const next = tokens[j + 1];
    if (u < 10 && next && next.k === 'w' && TEN.has(next.t)) return { value: value + 10 + u, end: j + 2 };
    const tens = lookup(TENS, next, true);
    if (tens !== null && u < 10 && next?.t.startsWith('و')) return { value: value + tens + u, end: j + 2 };
    if (lookup(UNITS, unitTok, true) !== null) return { value: value + u, end: j + 1 };
    return afterHundreds ? { value, end: j } : null;
  }
  const tens = lookup(TENS, unitTok, true);
  if (tens !== null) return { value: value + tens, end: j + 1 };
  return afterHundreds ? { value, end: j } : null;
}

/** Reads the number starting at token `i`, or null. */
export function readNumber(tokens: readonly Token[], i: number): NumberRead | null {
  const tok = tokens[i];
  if (!tok) return null;
  let value: number;
  let j: number;
  let words = false;
  if (tok.k === 'n') {
    if (tok.t.length > 9) return null;
    value = Number(tok.t);
    j = i + 1;
  } else {
    const c = chunk(tokens, i);
    if (c === null) {
      // "ألف" or "ألفين" alone.
      const th = lookup(THOUSAND, tok, false);
      if (th === null || tok.t === 'الاف') return null;
      return { value: th, start: i, end: i + 1, words: true };
    }
    value = c.value;
    j = c.end;
    words = true;
  }
  const th = lookup(THOUSAND, tokens[j], false);
  if (th !== null && th >= 1000 && (th === 1000 || th === 1000000)) {
    value *= th;
    j++;
    const rest = chunk(tokens, j);
    if (rest !== null && tokens[j]?.t.startsWith('و')) {
      value += rest.value;
      j = rest.end;
    }
  }
  return { value, start: i, end: j, words };
}

/** True when the word can start a number (cheap pre-check before `readNumber`). */
export function mayStartNumber(tok: Token): boolean {
  if (tok.k === 'n') return true;
  if (tok.k !== 'w') return false;
  for (const f of tok.f.slice(0, 2))
    if (UNITS.has(f) || TENS.has(f) || HUNDREDS.has(f) || TEEN_UNITS.has(f) || THOUSAND.has(f)) return true;
  return false;
}
