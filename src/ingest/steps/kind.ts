/**
 * Incident or tally (FORMAT.md): one strike, one locality, one day — or an aggregate over a period or an area. The
 * kind of a statement comes from how Arabic news states a toll: a period of days or a campaign ("خلال التصعيد",
 * "منذ اندلاع المعارك"), a war-long figure in thousands, a toll "of the strikes" or "of the day", several localities
 * or a wide area. A toll of one strike ("حصيلة ضحايا الهجوم"), a night across two days or a span of hours stays an
 * incident. Each reason is a rule id (data/ingest/rules.json, kind.*) that the claim's trace names.
 */
import type { ClaimKind } from '../../domain/vocabulary';
import type { Token } from '../text';
import type { FieldBasis } from '../types';
import type { CountPhrase } from './counts';
import type { PlaceMention, UnknownLocality } from './places';
import { ruleWords } from './rules';
import type { ChosenPlace } from './where';
import { hasPluralPlaces } from './where';

export interface KindInput {
  tokens: readonly Token[];
  /** The statement's tokens [a, b) and its first figure; its clause starts at `clauseLo` (≤ a). */
  a: number;
  b: number;
  clauseLo: number;
  /** Localities the gazetteer lacks named in [clauseLo, b). */
  unknownInClause: readonly UnknownLocality[];
  firstCount: number;
  counts: readonly CountPhrase[];
  date: { from: string; to: string } | null;
  chosen: ChosenPlace | null;
  /** Places named in the statement's own words (known to the gazetteer, and localities it lacks). */
  own: readonly PlaceMention[];
  unknown: readonly UnknownLocality[];
}

export interface KindResult {
  kind: ClaimKind;
  basis: FieldBasis;
  rule: string;
}

const TALLY_NOUNS = ruleWords('kind.tally-word');
const TOLL = ruleWords('kind.tally-word', 'toll');
const TOLL_OF = ruleWords('kind.tally-word', 'of_many');
const TOLL_SKIP = ruleWords('kind.tally-word', 'skip');
const PERIOD_BEFORE = ruleWords('kind.period-phrase', 'before');
const PERIOD_NOUNS = ruleWords('kind.period-phrase', 'nouns');
const RELATIVE = ruleWords('kind.period-phrase', 'not_after');
const MANY_PLACES = ruleWords('kind.plural-places');
const ONE_LOCALITY = ruleWords('kind.one-locality');
const COUNTRY = ruleWords('kind.country-wide');
const NEAR = ruleWords('kind.one-locality', 'near');
const DIRECTION = ruleWords('kind.country-wide', 'direction');
/** A figure in the thousands is a war's or a campaign's toll: no strike in these reports kills that many. */
const WAR_TOLL = 1000;

const has = (t: Token | undefined, words: Set<string>) =>
  t !== undefined && t.k === 'w' && t.f.some((f) => words.has(f));

function hasWord(tokens: readonly Token[], lo: number, hi: number, words: Set<string>): boolean {
  for (let k = lo; k < hi; k++) if (has(tokens[k], words)) return true;
  return false;
}

/**
 * Singular locality words in [lo, hi) that name where it happened; one it is only near ("قرب بلدة …", "غرب مدينة
 * رأس العين") counts when it is the only one named.
 */
function localities(tokens: readonly Token[], lo: number, hi: number): number {
  let at = 0;
  let near = 0;
  for (let k = lo; k < hi; k++) {
    if (!has(tokens[k], ONE_LOCALITY)) continue;
    if (has(tokens[k - 1], NEAR)) near++;
    else at++;
  }
  return at > 0 ? at : Math.min(near, 1);
}

/** "شمال غرب سوريا", "جنوبي البلاد": a part of the country, named by its direction. */
function partOfCountry(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let k = lo + 1; k < hi; k++) if (has(tokens[k], COUNTRY) && has(tokens[k - 1], DIRECTION)) return true;
  return false;
}

/** Days a span covers, both ends included. */
const spanDays = (d: { from: string; to: string }): number =>
  Math.round((Date.parse(d.to) - Date.parse(d.from)) / 86_400_000) + 1;

/**
 * Rule kind.tally-word: "مجموع", "إجمالي", or "حصيلة" of many ("حصيلة الغارات", "حصيلة قتلى اليوم", "حصيلة المعارك
 * والقصف"), before the figure. "حصيلة ضحايا الهجوم" (the toll of one attack) is not.
 */
export function tallyWord(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let k = lo; k < hi; k++) {
    const t = tokens[k];
    if (!has(t, TALLY_NOUNS)) continue;
    if (!has(t, TOLL)) return true;
    let j = k + 1;
    while (j < hi && j <= k + 3 && (tokens[j]?.k === 'p' || has(tokens[j], TOLL_SKIP))) j++;
    if (has(tokens[j], TOLL_OF)) return true;
  }
  return false;
}

/**
 * Rule kind.period-phrase: a campaign or a span of days named as the time of the figure ("خلال التصعيد الأخير",
 * "منذ اندلاع المعارك", "مذ بدأت", "على مدى الأيام الماضية"), not inside a relative clause about something else
 * ("حي الوعر الذي … منذ ستة أشهر").
 */
export function periodPhrase(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let k = lo; k < hi - 1; k++) {
    const t = tokens[k] as Token;
    if (t.k === 'p' && t.t === '.') return false;
    if (has(t, RELATIVE)) return false;
    if (has(t, PERIOD_BEFORE) && (has(tokens[k + 1], PERIOD_NOUNS) || has(tokens[k + 2], PERIOD_NOUNS))) return true;
  }
  return false;
}

/**
 * Rule kind.two-localities: two localities joined by "و" ("في قرية حيش … وبمدينة سراقب", "على قرية كفرنبودة ومدينة
 * اللطامنة"): one strike is in one place.
 */
function twoLocalities(tokens: readonly Token[], own: readonly PlaceMention[]): boolean {
  const local = own.filter((m) => m.level === 'city' || m.level === 'neighborhood');
  for (let k = 1; k < local.length; k++) {
    const m = local[k] as PlaceMention;
    const first = tokens[m.phraseStart];
    const joined = tokens[m.phraseStart - 1]?.t === 'و' || (first !== undefined && first.t.startsWith('و'));
    if (joined && local.slice(0, k).some((x) => x.place.id !== m.place.id && x.place.parent !== m.place.id))
      return true;
  }
  return false;
}

export function kindOf(x: KindInput): KindResult {
  const { tokens, a, b } = x;
  const tally = (basis: FieldBasis, rule: string): KindResult => ({ kind: 'tally', basis, rule });
  if (x.counts.some((c) => c.item === true)) return tally('inferred', 'count.itemised-list');
  if (x.counts.some((c) => c.count.min >= WAR_TOLL)) return tally('inferred', 'kind.war-toll');
  // A night across two days ("ليل الجمعة - السبت") or hours ("خلال 16 ساعة") are one strike's time, not a period.
  if (x.date !== null && spanDays(x.date) > 2) return tally('inferred', 'kind.period');
  if (periodPhrase(tokens, a, b)) return tally('stated', 'kind.period-phrase');
  if (tallyWord(tokens, a, x.firstCount)) return tally('stated', 'kind.tally-word');
  if (hasPluralPlaces(tokens, a, b) || hasWord(tokens, a, b, MANY_PLACES)) return tally('stated', 'kind.plural-places');
  if (twoLocalities(tokens, x.own)) return tally('stated', 'kind.two-localities');
  const level = x.chosen?.level;
  const wide = level === 'region' || level === 'governorate' || level === 'district';
  // A village or quarter the gazetteer lacks ("قرية تل زهيرة بريف الحسكة", "قصفت الطائرات بلدة في محافظة حماة") is one
  // locality all the same: rule kind.one-locality.
  const named = localities(tokens, x.clauseLo, b);
  const oneLocality = named === 1 || (named === 0 && x.unknownInClause.length === 1);
  if (wide && !oneLocality) return tally('inferred', 'kind.wide-place');
  // No place the gazetteer knows, but a part of the country ("شمال غرب سوريا", "جنوب البلاد"): rule kind.country-wide.
  if (x.chosen === null && partOfCountry(tokens, a, b)) return tally('inferred', 'kind.country-wide');
  return { kind: 'incident', basis: 'default', rule: 'kind.incident' };
}
