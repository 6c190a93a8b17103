/**
 * Dictionary phrase matching over tokens: each phrase is folded and split into words once; a match is the longest
 * phrase starting at a token (its first word may carry proclitics: "وبقصف", "لطائرات"). Cost per token is the
 * number of phrases sharing its first word, so the step stays linear.
 */
import type { Token } from '../text';
import { foldKey, tokenize } from '../text';

export interface PhraseMatch<T> {
  value: T;
  start: number;
  end: number;
  /** Index of the phrase in its entry's list (0 = primary). */
  phrase: string;
}

export interface PhraseMatcher<T> {
  byFirst: Map<string, Array<{ words: string[]; value: T; phrase: string }>>;
}

export function buildMatcher<T>(entries: ReadonlyArray<{ value: T; phrases: readonly string[] }>): PhraseMatcher<T> {
  const byFirst = new Map<string, Array<{ words: string[]; value: T; phrase: string }>>();
  for (const e of entries)
    for (const phrase of e.phrases) {
      const words = tokenize(foldKey(phrase))
        .filter((t) => t.k === 'w' || t.k === 'n')
        .map((t) => t.t);
      const first = words[0];
      if (first === undefined) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ words, value: e.value, phrase });
      byFirst.set(first, list);
    }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

/** Longest dictionary phrase starting at token i, skipping quote marks inside ("الرقة تذبح بصمت" in quotes). */
export function matchAt<T>(
  m: PhraseMatcher<T>,
  tokens: readonly Token[],
  i: number,
  hi: number,
): PhraseMatch<T> | null {
  const t = tokens[i];
  if (!t || t.k !== 'w') return null;
  const bare = t.f;
  // "بالقذائف الصاروخية" finds "قذائف": the article may be glued to the first word too.
  const forms = [...bare];
  for (const f of bare) if (f.startsWith('ال') && f.length > 4) forms.push(f.slice(2));
  for (const f of forms) {
    const list = m.byFirst.get(f);
    if (!list) continue;
    for (const cand of list) {
      let j = i + 1;
      let ok = true;
      for (let k = 1; k < cand.words.length; k++) {
        while (j < hi && tokens[j]?.t === '"') j++;
        const w = tokens[j]?.t ?? '';
        const want = cand.words[k] as string;
        if (j >= hi || (w !== want && !(w.startsWith('ال') && w.slice(2) === want))) {
          ok = false;
          break;
        }
        j++;
      }
      if (ok) return { value: cand.value, start: i, end: j, phrase: cand.phrase };
    }
  }
  return null;
}

/**
 * All matches in [lo, hi): non-overlapping by default; with `overlap`, a match may start inside another
 * ("غارات روسية وسورية" holds both "غارات روسية" and "روسية وسورية").
 */
export function matchAll<T>(
  m: PhraseMatcher<T>,
  tokens: readonly Token[],
  lo: number,
  hi: number,
  overlap = false,
): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  for (let i = lo; i < hi;) {
    const hit = matchAt(m, tokens, i, hi);
    if (hit) {
      out.push(hit);
      i = overlap ? i + 1 : hit.end;
    } else i++;
  }
  return out;
}

/** Matches already found over a wider range (a sentence), narrowed to [lo, hi); undefined when none were given. */
export function within<T>(hits: PhraseMatch<T>[] | undefined, lo: number, hi: number): PhraseMatch<T>[] | undefined {
  return hits?.filter((h) => h.start >= lo && h.end <= hi);
}
