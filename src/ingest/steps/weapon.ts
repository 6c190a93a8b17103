/**
 * The means of attack of a statement, as FORMAT.md names it, from the attack nouns nearest the figure: its own
 * words, then its sentence (not the words of another figure of that sentence), then what the report says around
 * it. Rules (data/ingest/rules.json, weapon.*): missiles fired by aircraft are an air strike; shells of no stated
 * kind are the kind the report names; "صاروخ أو مسيرة" is a guess, so unknown; snipers, explosive devices, suicide
 * attackers and gas have no FORMAT value, so unknown.
 */
import type { Perpetrator, Weapon } from '../../domain/vocabulary';
import type { Token } from '../text';
import { foldKey } from '../text';
import type { FieldBasis } from '../types';
import type { PhraseMatch, PhraseMatcher } from './phrases';
import { matchAll } from './phrases';
import { ruleWords } from './rules';

const AIR_MUNITION = new Set([...ruleWords('weapon.air-munition')]);
const NOT_IN_FORMAT = ruleWords('weapon.not-in-format');
const CHEMICAL = ruleWords('weapon.not-in-format', 'chemical');
const OR = ruleWords('weapon.hedged');
const ATTACK = ruleWords('weapon.air-actor');

export interface WeaponResult {
  weapon: Weapon;
  basis: FieldBasis;
  rule: string;
}

/** What a report says about shells and its lead, found once per report. */
export interface ReportWeapons {
  /** The kinds of shell the report names (rocket, mortar, artillery): what its bare "قذائف" are. */
  shells: ReadonlySet<Weapon>;
  /** The kinds of shell its headline and lead name: an incident's bare "قذائف" are these first. */
  leadShells: ReadonlySet<Weapon>;
  /** The one means of attack its headline and lead name, or null (none, or several). */
  lead: Weapon | null;
}

const has = (t: Token | undefined, words: Set<string>) =>
  t !== undefined && t.k === 'w' && t.f.some((f) => words.has(f));

/** Ranges [lo, hi) minus the ranges of other statements. */
const outside = (k: number, others: ReadonlyArray<readonly [number, number]>) =>
  !others.some(([lo, hi]) => k >= lo && k < hi);

/**
 * The means named by `hits` and the words of [lo, hi): one, `mixed` for several, null for none. `shells` resolves
 * a bare "قذائف".
 */
export function meansOf(
  hits: readonly PhraseMatch<Weapon>[],
  tokens: readonly Token[],
  lo: number,
  hi: number,
  shells: ReadonlySet<Weapon>,
): Weapon | null {
  const found = new Set<Weapon>();
  let bare = false;
  for (const h of hits) if (h.value === 'unknown') bare = true;
  // Rule weapon.air-munition: "طائرات … بالصواريخ الفراغية" — missiles of the aircraft, not rocket fire.
  const air = hits.some((h) => h.value === 'airstrike');
  for (const h of hits) {
    if (h.value === 'unknown') continue;
    if (h.value === 'rocket' && air && AIR_MUNITION.has(foldKey(h.phrase))) continue;
    found.add(h.value);
  }
  if (found.has('drone') || found.has('white_phosphorus')) found.delete('airstrike');
  const shelling = found.has('artillery') || found.has('rocket') || found.has('mortar');
  if (bare && !shelling) for (const s of shells.size > 0 ? shells : new Set<Weapon>(['artillery'])) found.add(s);
  // Rule weapon.not-in-format: a sniper, an explosive device, a suicide attacker — and gas, whatever drops it.
  for (let k = lo; k < hi; k++) {
    if (has(tokens[k], CHEMICAL)) return 'unknown';
    if (has(tokens[k], NOT_IN_FORMAT)) found.add('unknown');
  }
  if (found.size === 0) return null;
  if (found.size > 1) {
    // Rule weapon.hedged: "صاروخ موجّه أو غارة لطائرة مسيّرة" — the source does not know.
    const sorted = [...hits].sort((x, y) => x.start - y.start);
    for (let k = 1; k < sorted.length; k++) {
      const [p, q] = [sorted[k - 1] as PhraseMatch<Weapon>, sorted[k] as PhraseMatch<Weapon>];
      if (p.value === q.value) continue;
      for (let j = p.end; j < q.start; j++) if (has(tokens[j], OR)) return 'unknown';
    }
    return 'mixed';
  }
  return [...found][0] as Weapon;
}

/** The report's shells and lead means (rule weapon.lead, weapon.bare-shells). */
export function reportWeapons(m: PhraseMatcher<Weapon>, tokens: readonly Token[], leadEnd: number): ReportWeapons {
  const all = matchAll(m, tokens, 0, tokens.length);
  const kinds = (hits: readonly PhraseMatch<Weapon>[]) =>
    new Set(hits.map((h) => h.value).filter((v) => v === 'rocket' || v === 'mortar' || v === 'artillery'));
  const shells = kinds(all);
  const leadHits = all.filter((h) => h.end <= leadEnd);
  const leadShells = kinds(leadHits);
  const lead = meansOf(leadHits, tokens, 0, leadEnd, leadShells.size > 0 ? leadShells : shells);
  return { shells, leadShells, lead: lead === 'mixed' || lead === 'unknown' ? null : lead };
}

export interface WeaponInput {
  tokens: readonly Token[];
  /** The statement [a, b) and its sentence [lo, hi). */
  a: number;
  b: number;
  lo: number;
  hi: number;
  /** The other statements of the sentence: their attack words are theirs. */
  others: ReadonlyArray<readonly [number, number]>;
  /** Weapon phrases found over the sentence. */
  hits: readonly PhraseMatch<Weapon>[];
  report: ReportWeapons;
  perpetrator: Perpetrator | null;
  /** The parties named in the statement's own words. */
  actors: ReadonlySet<Perpetrator>;
  incident: boolean;
  /** The sentence before, when this one goes on from it (its speaker, or "هذه الغارات"). */
  previous: { hits: readonly PhraseMatch<Weapon>[]; lo: number; hi: number } | null;
}

export function weaponOf(x: WeaponInput): WeaponResult {
  const { tokens } = x;
  // A strike's bare shells are those its lead names; an aggregate's, those of the whole report.
  const report = {
    ...x.report,
    shells: x.incident && x.report.leadShells.size > 0 ? x.report.leadShells : x.report.shells,
  };
  const inRange = (lo: number, hi: number) => x.hits.filter((h) => h.start >= lo && h.end <= hi);
  const own = meansOf(inRange(x.a, x.b), tokens, x.a, x.b, report.shells);
  // Rule weapon.joint-attack: the coalition's air strikes and the SDF's ground fire told as one bombardment
  // ("قصف التحالف الدولي و«قوات سوريا الديمقراطية»") are two means (dev convention 6).
  if ((own === 'airstrike' || own === null) && x.actors.has('coalition') && x.actors.has('sdf'))
    return { weapon: 'mixed', basis: 'inferred', rule: 'weapon.joint-attack' };
  if (own !== null) return { weapon: own, basis: 'stated', rule: 'weapon.statement' };
  const free = x.hits.filter((h) => outside(h.start, x.others));
  const words = (lo: number, hi: number) => tokens.slice(lo, hi).map((_, k) => lo + k);
  const freeWords = words(x.lo, x.hi).filter((k) => outside(k, x.others));
  const lo = freeWords[0] ?? x.a;
  const hi = (freeWords.at(-1) ?? x.b - 1) + 1;
  const sentence = meansOf(free, tokens, lo, hi, report.shells);
  if (sentence !== null) return { weapon: sentence, basis: 'inferred', rule: 'weapon.sentence' };
  // The coalition and Russia strike from the air: their "قصف" is an air strike (an attack must be named).
  const attack = freeWords.some((k) => has(tokens[k], ATTACK));
  if ((x.perpetrator === 'coalition' || x.perpetrator === 'russia') && attack)
    return { weapon: 'airstrike', basis: 'inferred', rule: 'weapon.air-actor' };
  if (x.previous && x.incident) {
    const prev = meansOf(x.previous.hits, tokens, x.previous.lo, x.previous.hi, report.shells);
    if (prev !== null && prev !== 'mixed') return { weapon: prev, basis: 'inferred', rule: 'weapon.previous-sentence' };
  }
  // An incident the report tells with no means of its own is one of the attacks its lead names.
  if (x.incident && report.lead !== null) return { weapon: report.lead, basis: 'inferred', rule: 'weapon.lead' };
  return { weapon: 'unknown', basis: 'default', rule: 'weapon.none' };
}
