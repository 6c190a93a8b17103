/**
 * Report-level coreference over a report's statements (rules coref.*): a figure that points back to an attack
 * already named joins that attack's incident ("في الغارة ذاتها"); an injured figure that the same source adds in
 * the next sentence about the same bombardment ("وأضاف أن القصف أسفر أيضاً عن إصابة …") is the injured of the
 * figure before; the parts of a tally over a period, given in its own sentence, are over that period too.
 * Pure: drafts in, new drafts out.
 */
import type { Draft } from '../report';
import type { StepMessage } from '../types';
import { setField, setTime } from './draftFields';

/**
 * Rule coref.follow-up-injured: an injured-only figure, in one of the next three sentences, from the same source,
 * that points back to the attack ("الغارة خلّفت كذلك نحو عشرين جريحاً", "وتابع أن سبعة آخرين جرحوا جراء
 * القصف") and names no other place, is the injured of the figure of the dead before it: one claim.
 */
export function followUpInjured(input: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of input) {
    const k = out.length - 1;
    const p = out[k];
    const follows =
      p !== undefined &&
      d.killed === null &&
      d.injured !== null &&
      d.pointsBack &&
      d.opener !== 'shift' &&
      !d.ownPlace &&
      p.killed !== null &&
      (p.injured === null || (p.injured.max === null && p.injured.qualifier === 'vague')) &&
      d.sentence > p.sentence &&
      d.sentence - p.sentence <= 3 &&
      // The same source, or none named ("ولم تذكر الشبكة …، وتابع أن سبعة آخرين جرحوا بالقصف").
      (d.source.source.id === p.source.source.id || d.source.source.id === 'unattributed');
    if (follows) {
      const merged = setField(p, 'injured', d.injured, 'inferred', 'coref.follow-up-injured');
      // "جرح نحو عشرين مدنياً آخرين": the injured's noun says who the victims of the attack were.
      out[k] =
        merged.victims === 'unknown' && d.victims !== 'unknown'
          ? setField(merged, 'victims', d.victims, 'inferred', 'coref.follow-up-injured')
          : merged;
    } else out.push(d);
  }
  // Rule coref.repeated-injured: an injured-only figure that a statement of the same source gives with its dead
  // ("أصيب 38 شخصاً" in a summary line, "11 قتيلاً و38 جريحاً" in the body) is a repeat of it.
  return out.filter(
    (d) =>
      d.killed !== null ||
      d.injured === null ||
      !out.some(
        (o) =>
          o !== d &&
          o.killed !== null &&
          o.source.source.id === d.source.source.id &&
          o.injured !== null &&
          d.injured?.qualifier !== 'vague' &&
          o.injured.min === d.injured?.min &&
          o.injured.qualifier === d.injured.qualifier,
      ),
  );
}

/**
 * Rule victim.part-of-figure: the items of a list by place ("هم 14 في محافظة حماة و3 في درعا") name no one; they
 * are of the figure they itemise ("استشهاد 61 مدنياً"), whose victims they take.
 */
export function victimsOfItems(input: readonly Draft[]): Draft[] {
  const out = input.slice();
  const rule = 'victim.part-of-figure';
  let total: Draft | null = null;
  out.forEach((d, k) => {
    if (d.trace.kind?.includes('count.itemised-list') !== true) {
      if (d.victims !== 'unknown') total = d;
      return;
    }
    const t: Draft | null = total;
    if (t === null || d.sentence - t.sentence > 1) return;
    // The whole list of its sentence: the first item ("هم 9 في محافظة حمص") and the last ("وقتيل واحد في دير الزور").
    for (let m = 0; m < out.length; m++) {
      const x = out[m] as Draft;
      if (x.sentence === d.sentence && x !== t && x.victims === 'unknown' && (m >= k || x.killed !== null))
        out[m] = setField(x, 'victims', t.victims, 'inferred', rule);
    }
  });
  return out;
}

/**
 * Rule count.vague-unplaced: casualties with no number over places the report does not name ("أصيب مدنيون
 * في أماكن متفرقة", "وقوع ضحايا في مناطق عدة") sum up the report's strikes: no claim of their own.
 */
export function dropVagueUnplaced(input: readonly Draft[]): Draft[] {
  const bare = (c: Draft['killed']) => c === null || (c.qualifier === 'vague' && c.max === null && c.min <= 2);
  return input.filter(
    (d) => !(bare(d.killed) && bare(d.injured) && d.trace.kind?.includes('kind.plural-places') === true),
  );
}

/**
 * Rule kind.part-of-tally: figures that follow a tally over a period in its own sentence and add up to it ("ارتفع
 * عدد القتلى إلى 312 هم 150 مقاتلاً … و97 عنصراً … فضلاً عن 65 مدنياً") are its parts: tallies too.
 */
export function partsOfTallies(input: readonly Draft[]): Draft[] {
  const out = input.slice();
  out.forEach((d, k) => {
    const total = d.killed;
    if (d.kind !== 'tally' || total === null || total.max === null) return;
    let sum = 0;
    let j = k + 1;
    for (; j < out.length && (out[j] as Draft).sentence === d.sentence && sum < total.min; j++)
      sum += (out[j] as Draft).killed?.min ?? 0;
    if (j - k < 3 || sum !== total.min) return;
    for (let m = k + 1; m < j; m++) {
      const part = out[m] as Draft;
      if (part.kind !== 'tally') out[m] = setField(part, 'kind', 'tally', 'inferred', 'kind.part-of-tally');
    }
  });
  return out;
}

/**
 * Rule coref.same-event: a statement whose sentence points back to an attack ("وقال المرصد إن 11 مدنياً قتلوا في
 * الغارة ذاتها") gives another figure for the incident of the statement in the sentence right before it,
 * and takes that statement's kind, and its place, date and attacker where it has none of its own.
 */
export function linkSameEvent(input: readonly Draft[], message?: (m: StepMessage) => void): Draft[] {
  const out = input.slice();
  for (let k = 0; k < out.length; k++) {
    let d = out[k] as Draft;
    if (!d.sameEvent) continue;
    let j = k - 1;
    while (j >= 0 && ((out[j] as Draft).sentence === d.sentence || (out[j] as Draft).title)) j--;
    const a = out[j];
    // Only the figure of the sentence right before: a sentence between them may name another attack.
    if (a === undefined || d.sentence - a.sentence > 1) continue;
    const root = a.sameAs ?? j;
    const rule = 'coref.same-event';
    d = { ...d, sameAs: root };
    if (d.kind !== a.kind) d = setField(d, 'kind', a.kind, 'inferred', rule);
    if (d.place === null || (!d.ownPlace && a.place !== null))
      d = { ...setField(d, 'place', a.place, 'inferred', rule), placeId: a.placeId };
    if (d.date === null || (d.basis.date !== 'stated' && a.date !== null)) {
      d = setField(d, 'date', a.date, 'inferred', rule);
      d = d.timeOfDay === null ? setTime(d, a.timeOfDay, rule) : d;
    }
    if (d.perpetrator === 'unknown' || (d.basis.perpetrator !== 'stated' && a.basis.perpetrator === 'stated'))
      d = setField(d, 'perpetrator', a.perpetrator, 'inferred', rule);
    if (d.weapon === 'unknown' && a.weapon !== 'unknown') d = setField(d, 'weapon', a.weapon, 'inferred', rule);
    out[k] = d;
    message?.({
      rule,
      reason: `another figure for the incident of the statement before (${a.killed?.min ?? a.injured?.min ?? '?'})`,
      start: null,
      end: null,
    });
  }
  return out;
}
