/**
 * Perpetrator, weapon and victims of a statement, from the dictionaries in data/ingest. A party named as the one
 * hit, controlling the area or backed by another ("عناصر من داعش", "تحت سيطرة", "المدعومة من التحالف") is not the
 * attacker. Mines are not blamed on anyone unless the text says who laid them.
 */
import type { Perpetrator, Victims, Weapon } from '../../domain/vocabulary';
import type { Token } from '../text';
import { bareForms, foldKey } from '../text';
import type { NounClass } from './counts';
import type { PhraseMatch, PhraseMatcher } from './phrases';
import { matchAll, within } from './phrases';
import { ruleWords } from './rules';

const BARRELS = ruleWords('perpetrator.barrel-bombs');
/** Rule perpetrator.period-unstated: a toll over at least this many days names its own attacker or has none. */
export const PERIOD_DAYS = Number([...ruleWords('perpetrator.period-unstated', 'min_days')][0]);

const ARTILLERY = ruleWords('perpetrator.artillery-with-russian-air');

/** Rule perpetrator.artillery-with-russian-air: whether [lo, hi) names artillery fire. */
export function namesArtillery(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let k = lo; k < hi; k++) if ((tokens[k] as Token).f.some((f) => ARTILLERY.has(f))) return true;
  return false;
}

/** Rule perpetrator.barrel-bombs: whether [lo, hi) speaks of barrel bombs (dropped only by the regime). */
export function namesBarrels(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let k = lo; k < hi; k++) if ((tokens[k] as Token).f.some((f) => BARRELS.has(f))) return true;
  return false;
}

/**
 * Words before an actor that make it the victim, the target or the speaker ("إعلام النظام", "مصادر النظام", "الناطقة
 * باسم النظام").
 */
const NOT_ATTACKER = new Set(
  'إعلام وسائل مصادر مصدر وكالة تلفزيون قناة صحيفة مواقع إعلامي عناصر عنصر مقاتلي مقاتلين مسلحي سيطرة معقل مناطق مواقع ضد تحت يحمل مدعومة المدعومة بدعم مع اتفاق ترعاه يدعم ويدعم تقوده لمليشيات لميليشيات هجوم باسم الناطقة مقاتل مقاتلا مسلحا مسلحين عنصرا جندي جنود تسيطر يسيطر الخاضعة الخاضع'
    .split(' ')
    .map(foldKey),
);

function attackerMentions(
  m: PhraseMatcher<Perpetrator>,
  tokens: readonly Token[],
  lo: number,
  hi: number,
  hits?: PhraseMatch<Perpetrator>[],
) {
  let victimEnd = -1;
  return (within(hits, lo, hi) ?? matchAll(m, tokens, lo, hi, true)).filter((hit) => {
    const isVictim = victim(hit);
    // "50 مسلحاً من «جيش العزة» والفصائل المتحالفة معه": a party joined by "و" to the victims is one of them.
    const first = tokens[hit.start] as Token;
    const joined = first.t.startsWith('و') && victimEnd >= 0 && hit.start - victimEnd <= 2;
    if (isVictim || joined) victimEnd = Math.max(victimEnd, hit.end);
    return !isVictim && !joined;
  });

  function victim(hit: PhraseMatch<Perpetrator>): boolean {
    for (let k = hit.start - 1; k >= Math.max(lo, hit.start - 4); k--) {
      const t = tokens[k] as Token;
      if (t.k === 'p' && t.t !== '"' && t.t !== '«' && t.t !== '»') break;
      if (t.k === 'w' && t.f.some((f) => NOT_ATTACKER.has(f))) return true;
    }
    const first = tokens[hit.start] as Token;
    // "مقتل 10 إرهابيين": the counted are the victims.
    if (tokens[hit.start - 1]?.k === 'n') return true;
    return bareForms(first.t).some((f) => NOT_ATTACKER.has(f));
  }
}

/** The attacker named in [lo, hi), or null when none is. */
export function perpetratorIn(
  m: PhraseMatcher<Perpetrator>,
  tokens: readonly Token[],
  lo: number,
  hi: number,
  hits?: PhraseMatch<Perpetrator>[],
): Perpetrator | null {
  const found = new Set(attackerMentions(m, tokens, lo, hi, hits).map((h) => h.value));
  if (found.size === 0) return null;
  if (found.has('regime_russia') || (found.has('regime') && found.has('russia'))) return 'regime_russia';
  for (const p of ['coalition', 'russia', 'regime', 'isis', 'sdf', 'opposition'] as const) if (found.has(p)) return p;
  return null;
}

/** The means of attack in [lo, hi): one, `mixed` for several, null for none. */
export function weaponIn(
  m: PhraseMatcher<Weapon>,
  tokens: readonly Token[],
  lo: number,
  hi: number,
  hits?: PhraseMatch<Weapon>[],
): Weapon | null {
  const found = new Set((within(hits, lo, hi) ?? matchAll(m, tokens, lo, hi)).map((h) => h.value));
  if (found.has('drone')) found.delete('airstrike');
  if (found.has('white_phosphorus')) found.delete('airstrike');
  if (found.has('artillery') || found.has('rocket') || found.has('mortar')) found.delete('unknown');
  if (found.size === 0) return null;
  if (found.size > 1) return 'mixed';
  const only = [...found][0] as Weapon;
  return only === 'unknown' ? 'artillery' : only;
}

/** Victims from the nouns counted: civilians, combatants, both, or unknown for "أشخاص"/"قتلى" alone. */
export function victimsOf(nouns: ReadonlyArray<NounClass | null>, civilianWordNearby: boolean): Victims {
  const civ = nouns.includes('civilian');
  const com = nouns.includes('combatant');
  if (civ && com) return 'mixed';
  if (civ) return 'civilians';
  if (com) return 'combatants';
  return civilianWordNearby ? 'civilians' : 'unknown';
}
