/**
 * Rules whose Arabic words are data (data/ingest/rules.json), folded once on load, with the pure matchers that
 * apply them. A rule's id is what claim traces and messages name.
 */
import data from '../../../data/ingest/rules.json';
import type { Token } from '../text';
import { foldKey } from '../text';

/** A rule as a rules file writes it: its id, what it means, and its word lists ("words", "nouns", …). */
export interface RuleData {
  id: string;
  about: string;
  [words: string]: string;
}

/**
 * A rules file's ids and a reader of its word lists: `words(id, list)` folds one list of one rule. A missing rule or
 * list is a bug, so it throws, naming the file's kind of rule.
 */
export function ruleFile(rules: readonly RuleData[], kind: string) {
  const byId = new Map(rules.map((r) => [r.id, r]));
  return {
    ids: [...byId.keys()],
    words(id: string, list = 'words'): Set<string> {
      const words = byId.get(id)?.[list];
      if (typeof words !== 'string') throw new Error(`${kind} ${id} has no word list "${list}"`);
      return new Set(words.split(/\s+/).filter(Boolean).map(foldKey));
    },
  };
}

const extraction = ruleFile(data.rules as RuleData[], 'rule');

/** The folded words of one list of a rule ("nouns", "after", …) of data/ingest/rules.json. */
export const ruleWords = extraction.words;

export const RULE_IDS = extraction.ids;

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
const TODAY_NOT_AFTER = ruleWords('date.same-day-report', 'not_after');

/** Rule date.same-day-report: whether the report speaks of today anywhere ("اليوم", "قبل قليل", "منذ ساعات"). */
export function speaksOfToday(tokens: readonly Token[]): boolean {
  const today = foldKey('اليوم');
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.k !== 'w' || !TODAY.has(t.t.startsWith('و') ? t.t.slice(1) : t.t)) continue;
    // "اليوم" alone (not "لليوم الـ14"); "قليل" and "ساعات" only as "قبل قليل" and "منذ ساعات".
    if (t.t === today || t.t === 'و' + today) {
      if (!TODAY_NOT_AFTER.has(tokens[k + 1]?.t ?? '')) return true;
      continue;
    }
    const prev = tokens[k - 1]?.t ?? '';
    if (prev === foldKey('قبل') || prev === foldKey('منذ')) return true;
  }
  return false;
}

const FRAME = ruleWords('source.report-frame');

/** Rule source.report-frame: whether [lo, hi) speaks of a report or statement ("في تقريرها", "بيان"). */
export function speaksOfReport(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let k = lo; k < hi; k++) if (has(tokens[k], FRAME)) return true;
  return false;
}

const SUM_SINGULAR = ruleWords('count.sum-of-people', 'singular');
const SUM_CHILDREN = ruleWords('count.sum-of-people', 'children');
const SUM_WOMEN = ruleWords('count.sum-of-people', 'women');
const SUM_POSSESSED = ruleWords('count.sum-of-people', 'possessed');

/** What "وطفل" / "وأطفالها السبعة" after a figure add to it: people, children and women among them. */
export interface AddedPeople {
  end: number;
  n: number;
  children: number;
  women: number;
}

/**
 * Rule count.sum-of-people: the people joined by "و" right after token `at` ("… رجال وطفل", "امرأة وأطفالها
 * السبعة"), read for at most three joins. `number` reads a number word with the article ("السبعة").
 */
export function peopleAdded(
  tokens: readonly Token[],
  at: number,
  hi: number,
  number: (t: Token | undefined) => number | null,
): AddedPeople {
  const out: AddedPeople = { end: at, n: 0, children: 0, women: 0 };
  let k = at;
  for (let joins = 0; joins < 3 && k < hi; joins++) {
    const t = tokens[k];
    if (!t || t.k !== 'w' || !t.t.startsWith('و') || t.t.length < 3) break;
    const w = t.t.slice(1);
    if (SUM_SINGULAR.has(w)) {
      out.n += 1;
      if (SUM_CHILDREN.has(w)) out.children += 1;
      if (SUM_WOMEN.has(w)) out.women += 1;
      k += 1;
    } else if (SUM_POSSESSED.has(w)) {
      const n = number(tokens[k + 1]);
      if (n === null) break;
      out.n += n;
      if (SUM_CHILDREN.has(w)) out.children += n;
      k += 2;
    } else break;
    out.end = k;
  }
  return out;
}

/** Whether a token is a singular person noun that can start a sum ("امرأة وأطفالها السبعة"). */
export const singularPerson = (t: Token | undefined): boolean =>
  t !== undefined && t.k === 'w' && SUM_SINGULAR.has(t.t);
