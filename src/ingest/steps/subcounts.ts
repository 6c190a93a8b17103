/** The children and women named after "بينهم" ("بينهم 3 أطفال وامرأة", "بينهم نساء وأطفال"). */
import type { Count } from '../../domain/schema';
import { AMONG, CHILD_NOUNS, DUALS, WOMEN_NOUNS } from '../lexicon';
import type { Token } from '../text';
import { bareForms, stem } from '../text';
import { readNumber } from './numbers';
import { exact, isStop, nounClass, triggerRole, vague } from './people';

/** Children and women named after "بينهم" (up to 12 tokens, stopping at the next casualty word). */
export function subCounts(tokens: readonly Token[], from: number, hi: number) {
  let children: Count | null = null;
  let women: Count | null = null;
  let k = from;
  // Skip a comma or a repeated noun ("15 مدنياً مدنيين بينهم …").
  while (k < from + 3 && (tokens[k]?.t === '،' || nounClass(tokens[k]) !== null)) k++;
  const among = tokens[k];
  if (!among || !bareForms(among.t).some((f) => AMONG.has(f) || f === 'بين')) return { children, women, end: from };
  if (among.t === 'من' && tokens[k + 1]?.t !== 'بينهم') return { children, women, end: from };
  let end = k + 1;
  for (let j = k + 1; j < Math.min(hi, k + 13); j++) {
    const t = tokens[j] as Token;
    if (isStop(t) || triggerRole(t) !== null) break;
    if (t.k !== 'w') continue;
    const s = stem(t.t);
    const isChild = CHILD_NOUNS.has(s) || CHILD_NOUNS.has(t.t);
    const isWoman = WOMEN_NOUNS.has(s) || WOMEN_NOUNS.has(t.t);
    if (!isChild && !isWoman) {
      // "… و9 مواطنات وممرضان": other people named in the list belong to it too.
      if (nounClass(t) !== null) end = j + 1;
      continue;
    }
    let c: Count;
    const prev = j - 1 > k ? readNumberEndingAt(tokens, j, k + 1) : null;
    if (prev !== null) c = exact(prev);
    else if (DUALS.has(s) || DUALS.has(t.t) || t.f.some((f) => DUALS.has(f))) c = exact(2);
    else if (['اطفال', 'نساء', 'سيدات', 'فتيات'].includes(s)) c = vague(2);
    else c = exact(1);
    if (isChild && children === null) children = c;
    if (isWoman && women === null) women = c;
    end = j + 1;
  }
  return { children, women, end };
}

function readNumberEndingAt(tokens: readonly Token[], at: number, lo: number): number | null {
  for (let s = Math.max(lo, at - 3); s < at; s++) {
    const r = readNumber(tokens, s);
    if (r && r.end === at) return r.value;
  }
  return null;
}
