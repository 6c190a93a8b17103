/**
 * Rules whose Arabic words are data (data/ingest/rules.json), folded once on load, with the pure matchers that
 * apply them. A rule's id is what claim traces and messages name.
 */
import data from '../../../data/ingest/rules.json';
import type { Token } from '../text';
import { foldKey } from '../text';

interface RuleData {
  id: string;
  about: string;
  [words: string]: string;
}

const rules = new Map((data.rules as RuleData[]).map((r) => [r.id, r]));

/** The folded words of one list of a rule ("nouns", "after", …); a missing rule or list is a bug, so it throws. */
export function ruleWords(id: string, list = 'words'): Set<string> {
  const words = rules.get(id)?.[list];
  if (typeof words !== 'string') throw new Error(`rule ${id} has no word list "${list}"`);
  return new Set(words.split(/\s+/).filter(Boolean).map(foldKey));
}

export const RULE_IDS = [...rules.keys()];

const has = (t: Token | undefined, words: Set<string>) =>
  t !== undefined && t.k === 'w' && t.f.some((f) => words.has(f));

const CO_NOUNS = ruleWords('coref.same-event', 'nouns');
const CO_AFTER = ruleWords('coref.same-event', 'after');
const CO_BEFORE = ruleWords('coref.same-event', 'before');

/**
 * Rule coref.same-event: the token index of an attack noun in [lo, hi) that refers back to an attack already
 * named ("في الغارة ذاتها", "جراء هذه الغارات"), or -1.
 */
export function sameEventReference(tokens: readonly Token[], lo: number, hi: number): number {
  for (let k = lo; k < hi; k++) {
    if (!has(tokens[k], CO_NOUNS)) continue;
    if (has(tokens[k + 1], CO_AFTER) || (k - 1 >= lo && has(tokens[k - 1], CO_BEFORE))) return k;
  }
  return -1;
}

const TODAY = ruleWords('date.same-day-report');

/** Rule date.same-day-report: whether the report speaks of today anywhere ("اليوم", "قبل قليل", "منذ ساعات"). */
export function speaksOfToday(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.k !== 'w') continue;
    if (TODAY.has(t.t) || t.f.some((f) => TODAY.has(f))) {
      // "قليل"/"ساعات" count only as "قبل قليل" / "منذ ساعات"; "اليوم" counts alone.
      if (t.f.includes(foldKey('اليوم'))) return true;
      const prev = tokens[k - 1]?.t ?? '';
      if (prev === foldKey('قبل') || prev === foldKey('منذ')) return true;
    }
  }
  return false;
}

const FRAME = ruleWords('source.report-frame');

/** Rule source.report-frame: whether [lo, hi) speaks of a report or statement ("في تقريرها", "بيان"). */
export function speaksOfReport(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let k = lo; k < hi; k++) if (has(tokens[k], FRAME)) return true;
  return false;
}
