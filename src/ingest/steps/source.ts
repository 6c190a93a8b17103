/**
 * Who makes a claim: a dictionary source (data/sources.json, Arabic aliases) named next to a verb of reporting
 * (وفق، بحسب، قال، ذكرت، أفاد، وثّق، أعلن …) — before it or just after ("وكان المرصد وثق"). A name that
 * receives the statement ("لـ«العربي الجديد»", "لوكالة فرانس برس") or that is the victim ("عناصر من الدفاع
 * المدني") is not the source.
 */
import type { Source } from '../../domain/schema';
import { REPORT_VERBS } from '../lexicon';
import type { Token } from '../text';
import { foldKey } from '../text';
import type { PhraseMatch, PhraseMatcher } from './phrases';
import { buildMatcher, matchAll, within } from './phrases';
import { ruleWords } from './rules';

export function buildSourceMatcher(sources: readonly Source[]): PhraseMatcher<Source> {
  return buildMatcher(sources.filter((s) => s.names_ar.length > 0).map((s) => ({ value: s, phrases: s.names_ar })));
}

const VICTIM_BEFORE = new Set('عناصر عنصر متطوعي متطوع فرق فريق مراكز مركز استهداف لعناصر'.split(' ').map(foldKey));

const ACCORDING = new Set('وفق وفقا طبقا تبعا نقلا'.split(' ').map(foldKey));

const GENERIC = ruleWords('source.unnamed');
const LINKERS = ruleWords('source.unnamed', 'linkers');
const ANAPHORA = ruleWords('source.anaphora');
const ADDRESSEES = ruleWords('source.addressee');

const isCue = (t: Token | undefined): boolean => t !== undefined && t.k === 'w' && t.f.some((f) => REPORT_VERBS.has(f));

/** The attributed sources in [lo, hi), in text order. */
export function sourcesIn(
  m: PhraseMatcher<Source>,
  tokens: readonly Token[],
  lo: number,
  hi: number,
  hits?: PhraseMatch<Source>[],
): PhraseMatch<Source>[] {
  const found = (within(hits, lo, hi) ?? matchAll(m, tokens, lo, hi)).filter((hit) => {
    const first = tokens[hit.start] as Token;
    const prev = tokens[hit.start - 1];
    // "لـ«العربي الجديد»", "لوكالة": the addressee of a statement — but "وفقاً للمرصد" is its source.
    const according = prev !== undefined && ACCORDING.has(prev.t);
    if (!according && first.t.startsWith('ل') && foldKey(hit.phrase)[0] !== 'ل') return false;
    if (prev?.t === 'ل' || (prev?.t === '"' && tokens[hit.start - 2]?.t === 'ل')) return false;
    // Rule source.addressee: "لمندوبة سانا", "لمراسل الجزيرة" receive the statement.
    if (prev?.t.startsWith('ل') && ADDRESSEES.has(prev.t.slice(1))) return false;
    let cue = false;
    for (let k = hit.start - 1; k >= Math.max(lo, hit.start - 4); k--) {
      const t = tokens[k] as Token;
      if (t.k === 'w' && t.f.some((f) => VICTIM_BEFORE.has(f))) return false;
      if (isCue(t)) cue = true;
    }
    for (let k = hit.end; k < Math.min(hi, hit.end + 3) && !cue; k++) if (isCue(tokens[k])) cue = true;
    // "«المرصد السوري»: نحو 260 قتيلاً", "– المرصد السوري لحقوق الإنسان::": a name before a colon speaks.
    const after = tokens[hit.end]?.t === '"' ? tokens[hit.end + 1] : tokens[hit.end];
    if (after?.t === ':') cue = true;
    return cue;
  });
  // Rule source.unnamed: "مصدر في شرطة المحافظة" is the police speaking, not an unnamed source.
  return found.filter((hit, k) => {
    if (!isGeneric(tokens, hit)) return true;
    const next = found[k + 1];
    if (!next) return true;
    const linker = tokens[hit.end]?.k === 'w' && LINKERS.has(tokens[hit.end]?.t ?? '');
    return !(next.start === hit.end || (linker && next.start === hit.end + 1));
  });
}

/** A hit made only of the words for "a source" ("مصدر", "المصادر", "أحد المصادر", "مصدر آخر"), naming nobody. */
export const isGeneric = (tokens: readonly Token[], hit: PhraseMatch<Source>): boolean => {
  for (let k = hit.start; k < hit.end; k++)
    if (!(tokens[k] as Token).f.some((f) => GENERIC.has(f) || ANAPHORA.has(f))) return false;
  return true;
};

/**
 * Rule source.anaphora: "المصدر", "أحد المصادر", "مصدر آخر" speak for the source the report named last (`last`),
 * when there is one; the hit keeps its own words.
 */
export function resolveAnaphora(
  tokens: readonly Token[],
  hits: readonly PhraseMatch<Source>[],
  last: Source | null,
): PhraseMatch<Source>[] {
  if (last === null) return hits.slice();
  return hits.map((hit) => {
    if (!isGeneric(tokens, hit)) return hit;
    let back = false;
    for (let k = hit.start; k <= hit.end && !back; k++) back = tokens[k]?.f.some((f) => ANAPHORA.has(f)) ?? false;
    return back ? { ...hit, value: last } : hit;
  });
}
