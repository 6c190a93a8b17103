/**
 * Reads the fields of one statement: counts and sub-counts, status, source, place, date, perpetrator, weapon and
 * victims. Each field looks in the statement's own words first, then in its sentence; a sentence that points back
 * ("هذه الغارات", "الحي ذاته") also takes the place and attacker of the sentence before.
 */
import type { Count, Place, Source } from '../../domain/schema';
import type { Perpetrator, Weapon } from '../../domain/vocabulary';
import type { PhraseMatch } from './phrases';
import { matchAll } from './phrases';
import type { ReportCtx } from '../extract';
import { span } from '../extract';
import type { Draft } from '../report';
import type { Token } from '../text';
import { foldKey } from '../text';
import { namesArtillery, namesBarrels, PERIOD_DAYS, perpetratorIn, victimsOf, weaponIn } from './actors';
import type { CountPhrase } from './counts';
import type { DateMention } from './dates';
import { addDays, dateInNextSentence } from './dates';
import type { PlaceMention } from './places';
import type { Sentence } from './sentences';
import { isGeneric, sourcesIn } from './source';
import type { Statement } from './statements';
import { choosePlace } from './where';
import { kindOf } from './kind';
import { CLAUSE_BREAKS, TOTAL_BEFORE } from '../lexicon';
import { weaponOf } from './weapon';
import type { FieldBasis, FieldName, Provenance } from '../types';
import { ruleWords, sameEventReference } from './rules';

const W = (s: string) => new Set(s.split(' ').map(foldKey));
const EXCEEDS = W('تتجاوز يتجاوز لتتجاوز ليتجاوز تجاوزت تجاوز');
const PRELIMINARY = W('أولية أولي أولى');
const NOT_FINAL = foldKey('نهائية');
const RISE = W('ارتفع ارتفعت ارتفاع يرتفع ترتفع لترتفع ليرتفع');
const THEREBY = foldKey('بذلك');
const TO = foldKey('إلى');
const ANAPHORA = W('هذه هذا ذاته ذاتها نفسه نفسها');
const ORDINAL_MORE = new Map(
  [...'آخر:2 ثان:2 ثالث:3 رابع:4 خامس:5'.split(' ')].map((kv) => [
    foldKey(kv.split(':')[0] as string),
    Number(kv.split(':')[1]),
  ]),
);
const POINTS_BACK = ruleWords('coref.follow-up-injured');
const NEXT_CLAUSE = new Set([...CLAUSE_BREAKS, foldKey('كما')]);
const CIVILIAN_WORD = ruleWords('victim.civilian-words');

const has = (tokens: readonly Token[], lo: number, hi: number, words: Set<string>): number => {
  for (let k = lo; k < hi; k++) {
    const t = tokens[k] as Token;
    if (t.k === 'w' && t.f.some((f) => words.has(f))) return k;
  }
  return -1;
};

/** Adds up figures joined by "و"; the sum is exact only when every part is. */
function total(parts: readonly CountPhrase[], exceeds: boolean): Count | null {
  if (parts.length === 0) return null;
  let min = 0;
  let max: number | null = 0;
  let qualifier: Count['qualifier'] = 'exact';
  for (const p of parts) {
    min += p.count.min;
    max = max === null || p.count.max === null ? null : max + p.count.max;
    if (p.count.qualifier !== 'exact' && qualifier === 'exact') qualifier = p.count.qualifier;
  }
  if (exceeds && qualifier === 'exact') return { min: min + 1, max: null, qualifier: 'more_than' };
  if (qualifier === 'approx') max = min;
  if (qualifier === 'exact' && max !== min) max = min;
  return { min, max, qualifier };
}

function sub(parts: readonly CountPhrase[], pick: (p: CountPhrase) => Count | null): Count | null {
  for (const p of parts) {
    const c = pick(p);
    if (c) return c;
  }
  return null;
}

/** "مقتل عنصر …، وآخر …، وثالث": an enumeration counts its last ordinal. */
function enumeration(tokens: readonly Token[], c: CountPhrase, hi: number): number {
  let n = 1;
  for (let k = c.end; k < Math.min(hi, c.end + 25); k++) {
    const t = tokens[k] as Token;
    const afterComma = tokens[k - 1]?.t === '،' || tokens[k - 1]?.t === ',';
    if (afterComma && t.k === 'w' && t.t.startsWith('و')) n = Math.max(n, ORDINAL_MORE.get(t.t.slice(1)) ?? 0);
  }
  return n;
}

/** Days a date span covers, both ends included. */
const spanOf = (d: { from: string; to: string }): number =>
  Math.round((Date.parse(d.to) - Date.parse(d.from)) / 86_400_000) + 1;

/** Where the sentence's next clause starts ("، كما", "فيما", "بينما") at or after `from`, else `hi`. */
function nextClause(tokens: readonly Token[], from: number, hi: number): number {
  for (let k = from; k < hi; k++) {
    const t = tokens[k] as Token;
    if (t.k === 'w' && (NEXT_CLAUSE.has(t.t) || (t.t.startsWith('و') && NEXT_CLAUSE.has(t.t.slice(1))))) return k;
  }
  return hi;
}

function nearestBefore(dates: readonly DateMention[], lo: number, a: number): DateMention | null {
  let best: DateMention | null = null;
  for (const d of dates) if (d.start >= lo && d.start < a && !d.statement && d.from !== null) best = d;
  return best;
}

function dateIn(dates: readonly DateMention[], lo: number, hi: number): DateMention | null {
  for (const d of dates) if (d.start >= lo && d.start < hi && !d.statement && d.from !== null) return d;
  return null;
}

export interface StatementOptions {
  opener: Draft['opener'];
  inherited: Draft['source'] | null;
  /** Dictionary matches over the whole sentence, found once for all its statements. */
  hits: { sources: PhraseMatch<Source>[]; weapons: PhraseMatch<Weapon>[]; perpetrators: PhraseMatch<Perpetrator>[] };
  /** The token ranges of the sentence's other statements. */
  others: ReadonlyArray<readonly [number, number]>;
}

export function readStatement(
  ctx: ReportCtx,
  s: Sentence,
  st: Statement,
  opts: StatementOptions,
): Draft & { newRegion: Place | null } {
  const { tokens, prepared } = ctx;
  const [a, b] = [st.start, st.end];
  const firstCount = Math.min(...[...st.killed, ...st.injured].map((c) => c.start));
  const exceeds = has(tokens, a, firstCount, EXCEEDS) >= 0;
  let killed = total(st.killed, exceeds);
  const injured = total(st.injured, exceeds);
  const k0 = st.killed[0];
  if (killed && k0 && st.killed.length === 1 && killed.qualifier === 'exact' && killed.min === 1) {
    const n = enumeration(tokens, k0, b);
    if (n > 1) killed = { min: n, max: n, qualifier: 'exact' };
  }
  const text = (x: number, y: number) => {
    const [p, q] = span(ctx, x, y);
    return ctx.text.slice(p, q);
  };

  // Status: "حصيلة أولية", "غير نهائية"; a figure the count rose to ("ارتفعت الحصيلة إلى 27").
  let status: Draft['status'] = 'reported';
  const pre = has(tokens, a, b, PRELIMINARY);
  const nf = has(tokens, a, b, new Set([NOT_FINAL]));
  if ((pre >= 0 && tokens[pre - 1]?.t.endsWith(foldKey('حصيلة'))) || (nf >= 0 && tokens[nf - 1]?.t === foldKey('غير')))
    status = 'preliminary';
  const rise = has(tokens, a, firstCount, RISE);
  const main = [...st.killed, ...st.injured][0] as CountPhrase;
  if (
    rise >= 0 &&
    tokens[rise + 1]?.t !== THEREBY &&
    has(tokens, Math.max(a, main.start - 2), main.start + 1, new Set([TO])) >= 0
  )
    status = 'revised';
  const earlierFigure = has(tokens, main.end, s.end, RISE) >= 0;

  // Source: in the statement, else in its sentence, else the speaker the sentence carries on from.
  const { hits } = opts;
  const sentenceSources = sourcesIn(prepared.sources, tokens, s.start, s.end, hits.sources);
  const inStatement = sourcesIn(prepared.sources, tokens, a, b, hits.sources)[0];
  // An unnamed source speaks only for the statement it opens ("…، وأشارت مصادر إلى …، فيما قتل 5" is not its).
  const own = inStatement ?? sentenceSources.find((h) => !isGeneric(tokens, h));
  let source: Draft['source'] = { source: prepared.unattributed, ar: null };
  if (own) source = { source: own.value, ar: text(own.start, own.end) };
  else if (opts.inherited) source = opts.inherited;
  const why: Array<[FieldName, FieldBasis, string]> = [];
  why.push(
    inStatement
      ? ['source', 'stated', 'source.statement']
      : own
        ? ['source', 'inferred', 'source.sentence']
        : opts.inherited
          ? ['source', 'inferred', 'source.previous-speaker']
          : ['source', 'default', 'source.outlet-voice'],
  );

  // Place and attacker, with the sentence before as a fallback when this one points back to it.
  const anaphora = has(tokens, s.start, s.end, ANAPHORA) >= 0;
  const prev = ctx.sentences[s.index - 1];
  // A place inside or right after a source's name ("مصدر في الهلال الأحمر بحماة") is where the source is.
  const ofSource = (m: PlaceMention) =>
    sentenceSources.some((h) => m.phraseStart >= h.start && m.phraseStart <= h.end + 1);
  // A dateline ("دمشق 28 أبريل (شينخوا)", "إدلب/ …") says where the report was filed, not where the strike was.
  const dateline = (m: PlaceMention) =>
    (m.phraseStart === s.start && s.index <= 3 && ['/', '(', '-'].concat().includes(tokens[m.end]?.t ?? '')) ||
    (m.phraseStart === s.start && tokens[m.end]?.k === 'n');
  const inRange = (sentence: number, lo: number, hi: number) =>
    (ctx.places[sentence] ?? []).filter((m) => m.start >= lo && m.end <= hi && !ofSource(m) && !dateline(m));
  const ownMentions = inRange(s.index, a, b);
  let mentions = ownMentions;
  const ownPlace = mentions.length > 0;
  let placeWhy: [FieldName, FieldBasis, string] = ['place', 'stated', 'place.statement'];
  if (mentions.length === 0) {
    mentions = inRange(s.index, s.start, s.end);
    placeWhy = ['place', 'inferred', 'place.sentence'];
  }
  if (mentions.length === 0 && anaphora && prev && prev.paragraph >= s.paragraph - 1) {
    mentions = inRange(prev.index, prev.start, prev.end);
    placeWhy = ['place', 'inferred', 'place.previous-sentence'];
  }
  const unknown = (ctx.unknown[s.index] ?? []).filter((u) => u.start >= a && u.end <= b);
  const chosen = choosePlace(mentions, tokens, a, b, prepared.placesById, prepared.regions, text, unknown);
  why.push(chosen === null ? ['place', 'default', 'place.none'] : placeWhy);

  const weaponOwn = weaponIn(prepared.weapons, tokens, a, b, hits.weapons);
  const weaponRaw = weaponOwn ?? weaponIn(prepared.weapons, tokens, s.start, s.end, hits.weapons);
  const perpOwn = perpetratorIn(prepared.perpetrators, tokens, a, b, hits.perpetrators);
  // An attacker named after the statement, in the sentence's next clause, is that clause's ("…، كما قضى مسعف إثر
  // استهداف الطيران الروسي").
  let perpetrator: Perpetrator | null =
    perpOwn ?? perpetratorIn(prepared.perpetrators, tokens, s.start, nextClause(tokens, b, s.end), hits.perpetrators);
  let perpWhy: [FieldName, FieldBasis, string] = perpOwn
    ? ['perpetrator', 'stated', 'perpetrator.statement']
    : ['perpetrator', 'inferred', 'perpetrator.sentence'];
  if (perpOwn === 'russia' && namesArtillery(tokens, a, b)) {
    perpetrator = 'regime_russia';
    perpWhy = ['perpetrator', 'inferred', 'perpetrator.artillery-with-russian-air'];
  }
  if (perpOwn === null && namesBarrels(tokens, a, b)) {
    perpetrator = 'regime';
    perpWhy = ['perpetrator', 'inferred', 'perpetrator.barrel-bombs'];
  }
  if (perpetrator === null && anaphora && prev) {
    perpetrator = perpetratorIn(prepared.perpetrators, tokens, prev.start, prev.end);
    perpWhy = ['perpetrator', 'inferred', 'perpetrator.previous-sentence'];
  }
  // Otherwise the attacker the report leads with (its headline and first lines) is the one its statements mean.
  if (perpetrator === null) {
    perpetrator = ctx.leadPerpetrator;
    perpWhy = ['perpetrator', 'inferred', 'perpetrator.lead'];
  }
  if (weaponRaw === 'landmine') {
    perpetrator = null;
    perpWhy = ['perpetrator', 'default', 'perpetrator.landmine-unknown'];
  }
  if (weaponRaw === 'vbied' && perpOwn === null) {
    perpetrator = null;
    perpWhy = ['perpetrator', 'default', 'perpetrator.bomb-unstated'];
  }
  why.push(perpetrator === null ? ['perpetrator', 'default', 'perpetrator.none'] : perpWhy);

  // Date: the statement's own (not when something was said), else its sentence's; periods end at a date stated
  // earlier in the sentence ("حصيلة يوم السبت 30 …، لتتجاوز حصيلة … خلال أربعة أيام").
  const dates = ctx.dates[s.index] ?? [];
  const dmOwn = dateIn(dates, a, b);
  // Of the sentence's other dates, the nearest before the statement is its own clause's ("أمس الثلاثاء، كما ارتكب
  // مجزرة الاثنين الماضي …، راح ضحيتها 15").
  let dm =
    dmOwn ??
    nearestBefore(dates, s.start, a) ??
    // A period after the statement, in the sentence's next clause, times that clause ("…، ليرتفع إلى 224 … منذ 29").
    dateIn(
      dates.filter((d) => !d.period || d.start < b),
      s.start,
      s.end,
    ) ??
    dateInNextSentence(tokens, ctx.sentences[s.index + 1], ctx.dates[s.index + 1]);
  let date: Draft['date'] = null;
  if (dm && dm.from !== null && dm.to !== null) {
    date = { from: dm.from, to: dm.to, basis: dm.basis };
    // A weekday or "أمس" is a fact only as far as the publication date is: counted from an inferred one, it is
    // an inference too.
    const printed = dm.absolute && !dm.basis.includes('year from');
    why.push([
      'date',
      dmOwn && !dm.external && (printed || ctx.publishedStated) ? 'stated' : 'inferred',
      dmOwn ? 'date.statement' : dm.start >= s.end ? 'date.next-sentence' : 'date.sentence',
    ]);
    if (dm.period && ctx.published !== null && dm.to === ctx.published) {
      const anchor = dates
        .filter((d) => d.absolute && d.start >= s.start && d.start < dm!.start && d.to !== null)
        .pop();
      if (anchor && anchor.to !== null) {
        const days = Math.round((Date.parse(dm.to) - Date.parse(dm.from)) / 86_400_000);
        date = {
          from: addDays(anchor.to, -days),
          to: anchor.to,
          basis: `${dm.basis.replace(' up to publication', '')} ending on the date stated before`,
        };
        why.push(['date', 'inferred', 'date.period-anchor']);
      }
    }
  } else dm = null;

  const nouns = [...st.killed, ...st.injured].map((c) => c.noun);
  const victims = victimsOf(nouns, has(tokens, a, b, CIVILIAN_WORD) >= 0);
  // Rule perpetrator.period-unstated: a toll over days or the war, or of fighters, naming no attacker of its own, counts
  // every side's dead.
  if (
    perpOwn === null &&
    perpetrator !== null &&
    (perpWhy[2] === 'perpetrator.lead' || victims !== 'civilians') &&
    (victims === 'combatants' || (date !== null && spanOf(date) >= PERIOD_DAYS))
  ) {
    perpetrator = null;
    why.splice(
      why.findIndex((w) => w[0] === 'perpetrator'),
      1,
      ['perpetrator', 'default', 'perpetrator.period-unstated'],
    );
  }
  // The statement's clause may start after its place ("في قرية تل زهيرة بريف، راح ضحيتها …"): the words since the
  // figure before are its own for the locality it names.
  const clauseLo = Math.max(s.start, ...opts.others.map(([, e]) => e).filter((e) => e <= a));
  const kind = kindOf({
    tokens,
    a,
    b,
    clauseLo,
    unknownInClause: (ctx.unknown[s.index] ?? []).filter((u) => u.start >= clauseLo && u.end <= b),
    firstCount,
    counts: [...st.killed, ...st.injured],
    date,
    chosen,
    own: ownMentions,
    unknown,
  });
  why.push(['kind', kind.basis, kind.rule]);

  const linked =
    prev !== undefined && prev.paragraph >= s.paragraph - 1 && (anaphora || (!own && opts.inherited !== null));
  // "ليرتفع عدد القتلى … إلى 25": a running total of the sentence's figures shares their attack words.
  const runningTotal = TOTAL_BEFORE.has(tokens[firstCount - 1]?.t ?? '');
  const weapon = weaponOf({
    tokens,
    a,
    b,
    lo: s.start,
    hi: s.end,
    others: runningTotal ? [] : opts.others,
    hits: hits.weapons,
    report: ctx.weapons,
    perpetrator,
    actors: new Set(hits.perpetrators.filter((h) => h.start >= a && h.end <= b).map((h) => h.value)),
    incident: kind.kind === 'incident',
    previous:
      linked && prev
        ? { hits: matchAll(prepared.weapons, tokens, prev.start, prev.end), lo: prev.start, hi: prev.end }
        : null,
  });
  why.push(['weapon', weapon.basis, weapon.rule]);
  for (const [f, c] of [
    ['killed', killed],
    ['injured', injured],
  ] as const)
    if (c !== null) why.push([f, 'stated', exceeds ? 'count.exceeds' : 'count.statement']);
  if (status !== 'reported') why.push(['status', 'stated', `status.${status}`]);
  if (dm?.timeOfDay) why.push(['time_of_day', why.find((w) => w[0] === 'date')?.[1] ?? 'inferred', 'date.time-of-day']);
  why.push(victims === 'unknown' ? ['victims', 'default', 'victims.none'] : ['victims', 'stated', 'victims.nouns']);
  const subs = {
    children_killed: sub(st.killed, (p) => p.children),
    women_killed: sub(st.killed, (p) => p.womenCount),
    children_injured: sub(st.injured, (p) => p.children),
    women_injured: sub(st.injured, (p) => p.womenCount),
  };
  for (const [f, c] of Object.entries(subs) as Array<[keyof typeof subs, Count | null]>)
    if (c !== null) why.push([f, 'stated', 'count.sub-count']);
  const sameEvent = sameEventReference(tokens, s.start, s.end) >= 0;
  const pointsBack = has(tokens, a, b, POINTS_BACK) >= 0;
  const provenance: Provenance = { basis: {}, trace: {} };
  for (const [f, basis, rule] of why) {
    provenance.basis[f] = basis;
    (provenance.trace[f] ??= []).push(rule);
  }

  return {
    sentence: s.index,
    paragraph: s.paragraph,
    start: a,
    end: b,
    killed,
    injured,
    ...subs,
    victims,
    source,
    perpetrator: perpetrator ?? 'unknown',
    weapon: weapon.weapon,
    place: chosen?.place ?? null,
    placeId: chosen?.placeId ?? null,
    ownPlace,
    date,
    timeOfDay: dm?.timeOfDay ?? null,
    kind: kind.kind,
    status,
    opener: opts.opener,
    title: s.paragraph <= 2 && ctx.tokens[s.end - 1]?.t !== '.' && s.end - s.start < 30,
    earlierFigure,
    supersedes: null,
    sameEvent,
    pointsBack,
    sameAs: null,
    ...provenance,
    newRegion: chosen?.newRegion ?? null,
  };
}
