/**
 * Splits the token stream into sentences and paragraphs. A sentence ends at . ! ? ؟ ؛ or a newline; a full stop
 * between digits ("22.5.2017") does not end one.
 */
import type { Token } from '../text';

export interface Sentence {
  /** Token range [start, end). */
  start: number;
  end: number;
  /** Paragraph number (newline-separated blocks), for context rules. */
  paragraph: number;
  index: number;
}

export function splitSentences(tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number) => {
    if (end > start) out.push({ start, end, paragraph, index: out.length });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.k === 'nl') {
      push(i);
      start = i + 1;
      paragraph++;
      continue;
    }
    if (t.k !== 'p') continue;
    const c = t.t;
    if (c === '.') {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      if (prev?.k === 'n' && next?.k === 'n' && prev.e === t.s && next.s === t.e) continue;
    }
    if (c === '.' || c === '!' || c === '?' || c === '؟' || c === '؛') {
      push(i + 1);
      start = i + 1;
    }
  }
  push(tokens.length);
  return out;
}
