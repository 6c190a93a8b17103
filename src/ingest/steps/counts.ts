/**
 * Finds counts of people in a token range and reads them: the number (digits, words, duals, "عشرات", "آخرين"),
 * its qualifier (أكثر من، ما يزيد عن، على الأقل، نحو …), the noun it counts and whether the dead or the injured are
 * counted (the noun itself, or the nearest casualty verb). Sub-counts after "بينهم" are attached to their count.
 * Every loop is bounded by a small window, so the step is linear in the number of tokens.
 */
import type { Count } from '../../domain/schema';
import {
  AMONG,
  BARE_CASUALTY,
  CHILD_NOUNS,
  DUALS,
  FALL_VERBS,
  HUNDREDS_OF,
  INJURED_NOUNS,
  KILLED_NOUNS,
  NEGATIONS,
  OTHERS,
  TENS_OF,
  WOMEN_NOUNS,
  KIN,
  TOTAL_BEFORE,
  COMBINED_SECOND,
  PARTITIVE,
  UNITS,
} from '../lexicon';
import type { Token } from '../text';
import { bareForms, foldKey, stem } from '../text';
import { mayStartNumber, readNumber } from './numbers';
import type { NounClass, Role } from './people';
import { exact, nounClass, nounRole, triggerRole, vague } from './people';
import { subCounts } from './subcounts';
import type { AddedPeople } from './rules';
import { peopleAdded, ruleWords, singularPerson } from './rules';

/** A number word with the article ("السبعة"), as in "وأطفالها السبعة". */
const articleNumber = (t: Token | undefined): number | null =>
  t !== undefined && t.k === 'w' && t.t.startsWith('ال') ? (UNITS.get(t.t.slice(2)) ?? null) : null;

export type { NounClass, Role } from './people';
export { triggerRole } from './people';

export interface CountPhrase {
  /** Token range of the whole phrase, qualifier and noun included. */
  start: number;
  end: number;
  count: Count;
  role: Role;
  /** Token index of the casualty word that gave the role. */
  trigger: number;
  noun: NounClass | null;
  child: boolean;
  women: boolean;
  /** Sub-counts read after "بينهم". */
  children: Count | null;
  womenCount: Count | null;
  /** An item of an itemised list ("14 في حماة و3 في درعا"): a part of the figure before it. */
  item?: boolean;
}

const Q = (words: string) => words.split(' ').map(foldKey);
const QUALIFIERS: Array<{ words: string[]; q: Count['qualifier'] }> = [
  { words: Q('ما لا يقل عن'), q: 'at_least' },
  { words: Q('لا يقل عن'), q: 'at_least' },
  { words: Q('ما يزيد عن'), q: 'more_than' },
  { words: Q('ما يزيد على'), q: 'more_than' },
  { words: Q('مايزيد عن'), q: 'more_than' },
  { words: Q('مايزيد على'), q: 'more_than' },
  { words: Q('يزيد عن'), q: 'more_than' },
  { words: Q('أكثر من'), q: 'more_than' },
  { words: Q('أزيد من'), q: 'more_than' },
  { words: Q('على الأقل'), q: 'at_least' },
  { words: Q('ما يقارب'), q: 'approx' },
  { words: Q('ما يقرب من'), q: 'approx' },
  { words: Q('قرابة'), q: 'approx' },
  { words: Q('نحو'), q: 'approx' },
  { words: Q('حوالي'), q: 'approx' },
  { words: Q('زهاء'), q: 'approx' },
];
const AT_LEAST_AFTER = Q('على الأقل');
const TOLL = new Set(['عدد', 'حصيله', 'حصيلة'].map(foldKey));
const isTotalBefore = (t: Token | undefined): boolean => t !== undefined && t.k === 'w' && TOTAL_BEFORE.has(t.t);
/** Units that make a number something other than people ("145 غارة", "49 كم"). */
const NOT_PEOPLE = new Set(
  Q(
    'غارة غارات ضربة ضربات صاروخ صواريخ قذيفة قذائف برميل براميل كم كيلو متر منزل منازل سيارة سيارات يوم أيام ساعة ساعات أسبوع أسابيع شهر أشهر عام أعوام سنة سنوات بالمئة بالمائة % مرة مرات طلعة طلعات موقع مواقع غارتين',
  ),
);

function matchesAt(tokens: readonly Token[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t || (t.t !== words[k] && !(k === 0 && t.f.includes(words[k] as string)))) return false;
  }
  return true;
}

/** The qualifier ending right before token `i`, with its first token. */
function qualifierBefore(tokens: readonly Token[], i: number): { q: Count['qualifier']; start: number } | null {
  for (const { words, q } of QUALIFIERS) {
    const s = i - words.length;
    if (s >= 0 && matchesAt(tokens, s, words)) return { q, start: s };
  }
  return null;
}

/** The role from the nearest casualty word before (up to 7 tokens) or just after (up to 3) the phrase. */
function roleNear(tokens: readonly Token[], start: number, end: number, lo: number, hi: number) {
  // "ارتفعت حصيلة قتلى غارات التحالف على الرقة خلال أسبوع إلى 125": the toll named before "إلى" may be far back.
  const total = isTotalBefore(tokens[start - 1]);
  if (total) {
    // "ارتفع عدد الشهداء … إلى 224": the word after "عدد"/"حصيلة" says whose total it is.
    for (let k = start - 2; k >= Math.max(lo, start - 30); k--) {
      const t = tokens[k] as Token;
      if (t.k !== 'w' || !TOLL.has(stem(t.t))) continue;
      for (let j = k + 1; j <= k + 2; j++) {
        const r = triggerRole(tokens[j]);
        if (r) return { role: r, trigger: j };
      }
    }
  }
  const reach = total ? 30 : 10;
  for (let k = start - 1; k >= Math.max(lo, start - reach); k--) {
    const r = triggerRole(tokens[k]);
    if (r) return { role: r, trigger: k };
  }
  // "16 مدنياً وثلاثة عناصر من الفصيل قتلوا": the verb may follow the figures, within the clause.
  // Commas may set off the figure's own words: "19 شخصاً على الأقل، منهم ستة أطفال، قُتلوا".
  for (let k = end; k < Math.min(hi, end + 12); k++) {
    const t = tokens[k] as Token;
    if (t.t === '"' || t.t === '(' || t.t === ')' || ((t.t === '،' || t.t === ',') && triggerRole(tokens[k + 1])))
      continue;
    if (t.k === 'p' || t.k === 'nl' || t.k === 'n') break;
    const r = triggerRole(t);
    if (r) return { role: r, trigger: k };
  }
  return null;
}

const BETWEEN = foldKey('بين');
/** Quote marks as folded text has them (folding maps «» “” to "). */
const QUOTE_MARKS = new Set(['"', '«', '»', '“', '”']);

/** True when the word "واحد(ة)" at `at` follows a noun it describes, not a casualty word or "و" that it would count. */
function adjectiveOne(tokens: readonly Token[], at: number, lo: number): boolean {
  const prev = at > lo ? tokens[at - 1] : undefined;
  if (!prev || prev.k !== 'w' || prev.t === 'و' || triggerRole(prev)) return false;
  // "مدني واحد", "طفل واحد": one person, counted (by the casualty word before it).
  return nounClass(prev) === null;
}
const STILL = new Set(['يزال', 'تزال', 'زال', 'زالت'].map(foldKey));

function negated(tokens: readonly Token[], at: number, lo: number): boolean {
  for (let k = at - 1; k >= Math.max(lo, at - 4); k--) {
    const t = tokens[k];
    // "لا يزال عدد الشهداء …" is "still", not a negation.
    if (t && t.k === 'w' && t.f.some((f) => NEGATIONS.has(f)) && !STILL.has(tokens[k + 1]?.t ?? '')) return true;
  }
  return false;
}

interface Head {
  count: Count;
  start: number;
  end: number;
  /** Index of the counted noun, or -1. */
  noun: number;
  bare: boolean;
}

/** Reads the amount at token i (number, dual, vague plural), with its qualifier and noun. */
function readHead(tokens: readonly Token[], i: number, hi: number): Head | null {
  const tok = tokens[i] as Token;
  if (tok.k === 'w') {
    const forms = tok.f;
    if (forms.some((f) => DUALS.has(f)) || DUALS.has(stem(tok.t)))
      return { count: exact(2), start: i, end: i + 1, noun: i, bare: false };
    // "العديد من الجرحى": many injured, at least two (rule count.some-of); many dead in a general line are not.
    if (SOME.has(tok.t) && tokens[i + 1]?.t === 'من' && INJURED_NOUNS.has(stem(tokens[i + 2]?.t ?? '')))
      return { count: vague(2), start: i, end: i + 3, noun: i + 2, bare: false };
    if (forms.some((f) => TENS_OF.has(f))) {
      if (HUNDREDS_OF.has(stem(tokens[i + 1]?.t ?? ''))) return null; // "عشرات آلاف": crowds, not casualties
      let n = i + 1;
      if (tokens[n]?.t === 'من') n++;
      const hasNoun = nounClass(tokens[n]) !== null;
      return { count: vague(20), start: i, end: hasNoun ? n + 1 : i + 1, noun: hasNoun ? n : -1, bare: !hasNoun };
    }
  }
  if (!mayStartNumber(tok)) return null;
  const num = readNumber(tokens, i);
  if (!num || num.end > hi) return null;
  // "لليوم الـ9 على التوالي": a day of a campaign, not a count (rule count.ordinal).
  if (tokens[i - 1]?.t === 'ال' && tokens[i - 2]?.f.some((f) => ORDINAL_OF.has(f))) return null;
  if (num.value === 0 || (!num.words && num.value >= 1900 && num.value <= 2100 && nounClass(tokens[num.end]) === null))
    return null;
  let n = num.end;
  if (tokens[n]?.t === 'من' || tokens[n]?.t === 'بين') n++;
  const hasNoun = nounClass(tokens[n]) !== null;
  const next = tokens[num.end];
  if (!hasNoun && next && next.k === 'w' && (NOT_PEOPLE.has(stem(next.t)) || NOT_PEOPLE.has(next.t))) return null;
  if (!hasNoun && next?.t === '%') return null;
  if (next?.t === 'في' && ['المييه', 'الماييه', 'الميه', 'المايه'].includes(tokens[num.end + 1]?.t ?? '')) return null;
  const q = qualifierBefore(tokens, i);
  let count: Count;
  let end = hasNoun ? n + 1 : num.end;
  if (q?.q === 'more_than') count = { min: num.value + 1, max: null, qualifier: 'more_than' };
  else if (q?.q === 'at_least') count = { min: num.value, max: null, qualifier: 'at_least' };
  else if (q?.q === 'approx') count = { min: num.value, max: num.value, qualifier: 'approx' };
  else if (matchesAt(tokens, end, AT_LEAST_AFTER)) {
    count = { min: num.value, max: null, qualifier: 'at_least' };
    end += 2;
  } else count = exact(num.value);
  return { count, start: q ? q.start : i, end, noun: hasNoun ? n : -1, bare: !hasNoun };
}

const ORDINAL_OF = ruleWords('count.ordinal');
const COMBINED_KILLED = ruleWords('count.combined-verbs');
const SOME = ruleWords('count.some-of', 'some');
const SOME_AFTER = ruleWords('count.some-of', 'after');

/** "بمقتل وإصابة العشرات", "استشهاد وجرح عدد": dead and injured counted together (rule count.combined-verbs). */
const combinedVerbs = (tokens: readonly Token[], trigger: number): boolean =>
  tokens[trigger]?.t.startsWith('و') === true &&
  triggerRole(tokens[trigger]) === 'injured' &&
  (tokens[trigger - 1]?.f.some((f) => COMBINED_KILLED.has(f)) ?? false);

const LIST_JOIN = ruleWords('count.list-role');
const NOT_HURT = ruleWords('count.not-hurt');

/**
 * Rule count.list-role: people counted right after another figure, joined by "و" or "مقابل" ("85 مسلحاً …، و47
 * عنصراً", "نحو 400 مقاتل، مقابل قرابة 250 عنصراً"), are counted as that figure is: dead or injured.
 */
function listRole(tokens: readonly Token[], head: Head, last: CountPhrase | undefined): Role | null {
  if (last === undefined || head.noun < 0 || head.start - last.end > 12) return null;
  const first = tokens[head.start];
  const joined = first?.t.startsWith('و') === true || LIST_JOIN.has(tokens[head.start - 1]?.t ?? '');
  return joined ? last.role : null;
}

const IN_WORD = foldKey('في');
/** "30 في حلب", "16 بدير الزور": a bare number followed by where. */
const placed = (tokens: readonly Token[], end: number): boolean => {
  const t = tokens[end];
  return t !== undefined && t.k === 'w' && (t.t === IN_WORD || (t.t.startsWith('ب') && t.t.length > 3));
};

/**
 * Rule count.itemised-list: a bare number followed by a place is an item of a list ("14 في حماة و3 في درعا و5 في
 * ريف دمشق") when another such item follows it (joined by "و") or one came just before.
 */
function listItem(tokens: readonly Token[], start: number, end: number, hi: number, prevItemEnd: number): boolean {
  if (!placed(tokens, end)) return false;
  if (
    prevItemEnd >= 0 &&
    start - prevItemEnd <= 10 &&
    (tokens[start - 1]?.t === 'و' || tokens[start]?.t.startsWith('و'))
  )
    return true;
  for (let k = end + 1; k < Math.min(hi, end + 10); k++) {
    const t = tokens[k] as Token;
    if (t.k === 'n' && tokens[k - 1]?.t === 'و' && placed(tokens, k + 1)) return true;
    if (t.k === 'p' && t.t === '.') return false;
  }
  return false;
}

/** The role of the nearest casualty word before a list item, within its sentence (at most 40 tokens back). */
function roleBack(tokens: readonly Token[], at: number, lo: number): Role | null {
  for (let k = at - 1; k >= Math.max(lo, at - 40); k--) {
    const r = triggerRole(tokens[k]);
    if (r) return r;
  }
  return null;
}

/** All casualty counts in tokens [lo, hi) (one sentence), in order. */
export function findCounts(tokens: readonly Token[], lo: number, hi: number): CountPhrase[] {
  const out: CountPhrase[] = [];
  let partEnd = -1;
  let itemEnd = -1;
  let i = lo;
  while (i < hi) {
    const tok = tokens[i] as Token;
    let head = tok.k === 'w' || tok.k === 'n' ? readHead(tokens, i, hi) : null;
    const trig = triggerRole(tok);
    // "وأصيب آخرون", "وجرح آخرون": a vague count of two or more.
    // "وقوع إصابات", "سقوط جرحى": a verb of falling before bare casualties counts them, vaguely (rule count.fall-verbs).
    const falls = tok.k === 'w' && tok.f.some((f) => FALL_VERBS.has(f));
    if (!head && (trig || falls) && tok.k === 'w') {
      const nx = tokens[i + 1];
      if (nx && nx.k === 'w' && OTHERS.has(stem(nx.t)))
        head = { count: vague(2), start: i + 1, end: i + 2, noun: i + 1, bare: false };
      else if (nx && falls && BARE_CASUALTY.has(stem(nx.t)))
        head = { count: vague(2), start: i + 1, end: i + 2, noun: i + 1, bare: false };
      // "أصيب عدد آخر", "إصابة عدد من المواطنين", "أصيب العديد من المدنيين": a vague count (rule count.some-of).
      else if (
        nx &&
        SOME.has(nx.t) &&
        SOME_AFTER.has(tokens[i + 2]?.t ?? '') &&
        (tokens[i + 2]?.t !== 'من' || nounClass(tokens[i + 3]) !== null)
      )
        head = { count: vague(2), start: i + 1, end: tokens[i + 2]?.t === 'من' ? i + 4 : i + 3, noun: -1, bare: false };
      else if (nx && nx.k === 'w' && (DUALS.has(nx.t) || bareForms(nx.t).some((f) => DUALS.has(f))))
        head = { count: exact(2), start: i + 1, end: i + 2, noun: i + 1, bare: false };
      else if (nx && nx.k === 'w' && !KILLED_NOUNS.has(stem(tok.t)) && !INJURED_NOUNS.has(stem(tok.t))) {
        // "مقتل طفل", "إصابة امرأة": a singular noun after the casualty word counts one.
        const cls = nounClass(nx);
        const s = stem(nx.t);
        const singular =
          cls !== null && !s.endsWith('ين') && !s.endsWith('ون') && !['اطفال', 'نساء', 'عناصر'].includes(s);
        const after = tokens[i + 2]?.k === 'w' ? (tokens[i + 2] as Token).t : '';
        const kin = KIN.has(stem(after));
        // "مدني واحد", "مواطنين اثنين".
        const one = UNITS.get(after) === 1;
        const two = UNITS.get(after) === 2;
        if ((singular || two) && !OTHERS.has(s))
          head = {
            count: exact(kin || two ? 2 : 1),
            start: i + 1,
            end: kin || one || two ? i + 3 : i + 2,
            noun: i + 1,
            bare: false,
          };
      }
    }
    // "امرأة وأطفالها السبعة قتلوا": a singular person with others joined to it is a figure.
    if (!head && singularPerson(tok) && tokens[i - 1]?.t !== 'و') {
      const more = peopleAdded(tokens, i + 1, hi, articleNumber);
      if (more.n > 0) head = { count: exact(1), start: i, end: i + 1, noun: i, bare: false };
    }
    // "ستة رجال وطفل" = 7: people joined to the figure are added to it (rule count.sum-of-people).
    let added: AddedPeople | null = null;
    if (head && !head.bare && head.count.qualifier === 'exact' && head.count.max !== null) {
      const more = peopleAdded(tokens, head.end, hi, articleNumber);
      if (more.n > 0) {
        added = more;
        const n = head.count.min + more.n;
        head = { ...head, count: exact(n), end: more.end };
      }
    }
    // "و4 آخرون محاصرون تحت الركام": people trapped or missing are not casualties (rule count.not-hurt).
    if (head && [head.end, head.end + 1].some((k) => tokens[k]?.f.some((f) => NOT_HURT.has(f)))) {
      i = Math.max(i + 1, head.end);
      continue;
    }
    // "عائلة واحدة", "غارة واحدة": "one" after a noun describes the noun; it counts no one (rule count.adjective-one).
    if (head && UNITS.get(tokens[head.start]?.t ?? '') === 1 && adjectiveOne(tokens, head.start, lo)) {
      i = Math.max(i + 1, head.end);
      continue;
    }
    // A figure right after "بينهم" is a part of the one before, read by `subCounts`.
    const before = tokens[(head?.start ?? i) - 1];
    if (!head || (before && before.k === 'w' && AMONG.has(before.t))) {
      i = head ? Math.max(i + 1, head.end) : i + 1;
      continue;
    }
    // "11 قتيلا وجريحا": dead and injured counted together — not a figure of either.
    if (head.noun >= 0 && COMBINED_SECOND.has(tokens[head.noun + 1]?.t ?? '')) {
      i = Math.max(i + 1, head.end + 1);
      continue;
    }
    // "قتيلاً مدنياً" names the dead in either order; "… والجرحى" after the noun is another figure.
    const nextNoun = tokens[head.noun + 1];
    const role = nounRole(tokens[head.noun]) ?? (nextNoun?.t.startsWith('و') ? null : nounRole(nextNoun));
    // "6 أشخاص من القتلى", "بين الضحايا 12 طفلاً و8 نساء": parts of a figure already given, with their list.
    // A quoted list ("بين الضحايا «خمسة أطفال وامرأتان»") is the same list: the quote mark is skipped.
    let back = head.start - 1;
    while (back > lo && QUOTE_MARKS.has(tokens[back]?.t ?? '')) back--;
    const partitive =
      (tokens[head.end]?.t === 'من' && PARTITIVE.has(tokens[head.end + 1]?.t ?? '')) ||
      (PARTITIVE.has(tokens[back]?.t ?? '') && tokens[back - 1]?.t === BETWEEN);
    // Only a short gap can chain a list ("… 41 طفلاً و33 سيدة"): never slice more than that.
    const gap = partEnd >= 0 && head.start - partEnd <= 2 ? tokens.slice(partEnd, head.start) : [];
    const chained =
      partEnd >= 0 &&
      head.start - partEnd <= 2 &&
      (tokens[head.start]?.t.startsWith('و') || gap.some((t) => t.t === 'و')) &&
      gap.every((t) => t.t === 'و' || t.t === '،' || t.t === ',');
    if (partitive || chained) {
      partEnd = head.end;
      i = Math.max(i + 1, head.end);
      continue;
    }
    partEnd = -1;
    const sub = subCounts(tokens, head.end, hi);
    const near = roleNear(tokens, head.start, Math.max(head.end, sub.end), lo, hi);
    const finalRole = role ?? near?.role ?? listRole(tokens, head, out[out.length - 1]);
    let bareOk = near !== null && (near.trigger >= head.start - 2 || isTotalBefore(tokens[head.start - 1]));
    let itemRole: Role | null = null;
    // "هم 14 في محافظة حماة و3 في درعا": an itemised list of a casualty figure, counted by place.
    if (head.bare && !bareOk && listItem(tokens, head.start, head.end, hi, itemEnd)) {
      itemRole = roleBack(tokens, head.start, lo);
      if (itemRole !== null) {
        bareOk = true;
        itemEnd = head.end;
      }
    }
    if ((!finalRole && !itemRole) || (head.bare && !bareOk)) {
      i = Math.max(i + 1, head.end);
      continue;
    }
    const trigger = near?.trigger ?? head.noun;
    if (negated(tokens, Math.min(trigger, head.start), lo) || (near !== null && combinedVerbs(tokens, near.trigger))) {
      i = Math.max(i + 1, head.end);
      continue;
    }
    const nounTok = tokens[head.noun];
    let noun = nounClass(nounTok);
    const adj = nounClass(tokens[head.noun + 1]);
    if (noun === 'neutral' && adj !== null && adj !== 'neutral') noun = adj;
    const s = nounTok ? stem(nounTok.t) : '';
    let child = nounTok ? CHILD_NOUNS.has(s) || CHILD_NOUNS.has(nounTok.t) : false;
    let women = nounTok ? WOMEN_NOUNS.has(s) || WOMEN_NOUNS.has(nounTok.t) : false;
    let addedChildren: Count | null = null;
    let addedWomen: Count | null = null;
    if (added) {
      // The parts of a sum are its sub-counts: "امرأة وأطفالها السبعة" = 8, of whom 7 children and 1 woman.
      const first = head.count.min - added.n;
      const c = added.children + (child ? first : 0);
      const w = added.women + (women ? first : 0);
      addedChildren = c > 0 ? exact(c) : null;
      addedWomen = w > 0 ? exact(w) : null;
      child = false;
      women = false;
    }
    out.push({
      start: head.start,
      end: Math.max(head.end, sub.end),
      count: head.count,
      role: itemRole ?? (finalRole as Role),
      trigger,
      noun,
      child,
      women,
      children: child ? head.count : (addedChildren ?? sub.children),
      womenCount: women ? head.count : (addedWomen ?? sub.women),
      ...(itemRole !== null ? { item: true } : {}),
    });
    // "منهم 23 طفلا و4 قتلوا تحت التعذيب": a figure joined to the list of parts is one more part of it.
    if (sub.end > head.end) partEnd = sub.end;
    i = Math.max(i + 1, head.end, sub.end);
  }
  return out;
}
