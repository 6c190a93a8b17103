/**
 * Cuts a sentence into statements: one per figure of the dead (and the injured that go with it). A new figure of
 * the dead starts a new statement at the clause break before it ("فيما", "لتتجاوز", else the last comma); two
 * figures joined by "و" under one verb are added up ("21 مدنياً و5 عناصر"). A statement's text ends where
 * another voice or topic begins ("، وأشارت …", "في وقت …", "حيث …").
 */
import { CLAUSE_BREAKS, REPORT_VERBS } from '../lexicon';
import type { Token } from '../text';
import { bareForms, foldKey } from '../text';
import type { CountPhrase } from './counts';

export interface Statement {
  /** Token range of the statement's text. */
  start: number;
  end: number;
  killed: CountPhrase[];
  injured: CountPhrase[];
}

const END_AFTER_COMMA = new Set(
  'أشار أشارت أضاف أضافت قال قالت أوضح أوضحت تابع لفت لفتت أكد أكدت'.split(' ').map(foldKey),
);
/** A verb of attack after a comma is another strike ("، وشملت الغارات كذلك بلدات …"); "، بقصف" is this one's cause. */
const ATTACK_AFTER_COMMA = new Set(
  'طال طالت تعرض تعرضت استهدف استهدفت شن شنت قصف قصفت'.split(' ').flatMap((w) => [foldKey(w), 'و' + foldKey(w)]),
);
const END_WORDS = new Set('حيث بينما فيما بالتزامن مشيرا مشيرة مضيفا مضيفة لافتا'.split(' ').map(foldKey));
/** "، كما …" adds another fact: the statement before it ends there. */
const ALSO = foldKey('كما');
/** Words that open a clause of its own before a figure ("، كما سقط جرحى …", "فيما أصيب ثلاثة آخرون …"). */
const OWN_CLAUSE = new Set(['كما', 'فيما', 'بينما'].map(foldKey));
/** Words of cause: a figure with its own cause after it is its own strike ("… جراء استهداف …", "في غارة …"). */
const CAUSE = new Set(
  'جراء إثر اثر نتيجة بسبب غارة غارات قصف استهداف انفجار تفجير قذيفة قذائف'.split(' ').map(foldKey),
);
const IN = foldKey('في');
const END_AFTER_IN = new Set(['وقت', 'حين'].map(foldKey));

const isBreakWord = (t: Token | undefined): boolean =>
  t !== undefined && t.k === 'w' && t.f.some((f) => CLAUSE_BREAKS.has(f));

function lastEnd(s: Statement): number {
  let e = s.start;
  for (const c of [...s.killed, ...s.injured]) e = Math.max(e, c.end);
  return e;
}

/** Where a statement's text stops: the first change of voice or topic after its last figure. */
function cutEnd(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.k === 'p' && (t.t === '،' || t.t === ',')) {
      const n = tokens[k + 1];
      if (n && n.k === 'w' && (bareForms(n.t).some((f) => END_AFTER_COMMA.has(f)) || ATTACK_AFTER_COMMA.has(n.t)))
        return k;
    }
    if (t.k !== 'w') continue;
    if (t.f.some((f) => END_WORDS.has(f))) return k;
    if ((t.t === ALSO || t.t === 'و' + ALSO) && k > from) return k;
    if ((t.t === IN || t.t === 'و' + IN) && END_AFTER_IN.has(tokens[k + 1]?.t ?? '')) return k;
  }
  return to;
}

/** The start of the clause of a new figure: the first break word after the previous figure, else the last comma. */
function clauseStart(tokens: readonly Token[], from: number, at: number): number {
  for (let k = from; k < at; k++) if (isBreakWord(tokens[k])) return k;
  for (let k = at - 1; k >= from; k--) {
    const t = tokens[k] as Token;
    if (t.k === 'p' && (t.t === '،' || t.t === ',')) return k + 1;
  }
  return at;
}

/** "21 مدنياً و5 عناصر": the next figure is joined by "و" right after the last one, with no verb of its own. */
function joinedTo(tokens: readonly Token[], prev: CountPhrase, c: CountPhrase): boolean {
  if (c.trigger >= prev.end && c.trigger < c.start) return false;
  const gap = c.start - prev.end;
  const first = tokens[c.start] as Token;
  if (gap === 0) return first.t.startsWith('و');
  return gap === 1 && tokens[prev.end]?.t === 'و';
}

/**
 * An injured figure after "كما"/"فيما" that gives a cause of its own ("فيما أصيب خمسة آخرون بشظايا جراء استهداف
 * …", "كما وقعت إصابات بقصف طال بلدة …") is another strike, not the injured of the figure before.
 */
function ownClause(tokens: readonly Token[], from: number, c: CountPhrase, hi: number): boolean {
  let opener = false;
  for (let k = from; k < Math.min(c.start, c.trigger); k++)
    if (tokens[k]?.f.some((f) => OWN_CLAUSE.has(f))) opener = true;
  if (!opener) return false;
  for (let k = c.end; k < Math.min(hi, c.end + 8); k++) {
    const t = tokens[k] as Token;
    if (t.k === 'nl' || (t.k === 'p' && t.t === '.')) return false;
    if (t.k === 'w' && t.f.some((f) => CAUSE.has(f))) return true;
  }
  return false;
}

export function splitStatements(tokens: readonly Token[], lo: number, hi: number, counts: readonly CountPhrase[]) {
  const out: Statement[] = [];
  let cur: Statement | null = null;
  for (const c of counts) {
    if (cur !== null) {
      const same = c.role === 'killed' ? cur.killed : cur.injured;
      const prev = same[same.length - 1];
      if (prev && joinedTo(tokens, prev, c)) {
        same.push(c);
        continue;
      }
      const killedAfterInjured = c.role === 'killed' && cur.injured.length > 0;
      if (prev || killedAfterInjured || ownClause(tokens, lastEnd(cur), c, hi)) {
        const from = lastEnd(cur);
        // A verb shared with the figure before ("قتل مدني من السويداء وعشرات من درعا"): split at the figure.
        const at = c.trigger < from ? c.start : Math.min(c.trigger, c.start);
        const split = Math.max(from, clauseStart(tokens, from, at));
        cur.end = cutEnd(tokens, from, split);
        out.push(cur);
        cur = { start: split, end: hi, killed: [], injured: [] };
      }
    }
    cur ??= { start: lo, end: hi, killed: [], injured: [] };
    (c.role === 'killed' ? cur.killed : cur.injured).push(c);
  }
  if (cur !== null) {
    cur.end = cutEnd(tokens, lastEnd(cur), hi);
    out.push(cur);
  }
  return out;
}

/** True when a reporting verb is among the first words of a range (a sentence that carries on a statement). */
export function startsWithReportVerb(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let k = lo; k < Math.min(hi, lo + 2); k++) {
    const t = tokens[k] as Token;
    if (t.k === 'w' && t.t.startsWith('و') && REPORT_VERBS.has(t.t.slice(1))) return true;
  }
  return false;
}
