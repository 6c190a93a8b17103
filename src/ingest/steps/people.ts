/**
 * Who a count is about: the casualty words that say dead or injured, and the nouns that say civilians,
 * combatants, children or women. Shared by the count step and the sub-count step.
 */
import type { Count } from '../../domain/schema';
import {
  CIVILIAN_NOUNS,
  COMBATANT_NOUNS,
  INJURED_NOUNS,
  INJURED_TRIGGERS,
  KILLED_NOUNS,
  KILLED_TRIGGERS,
  NEUTRAL_NOUNS,
} from '../lexicon';
import type { Token } from '../text';
import { stem } from '../text';

export type Role = 'killed' | 'injured';
export type NounClass = 'civilian' | 'combatant' | 'neutral';

export const exact = (n: number): Count => ({ min: n, max: n, qualifier: 'exact' });
export const vague = (n: number): Count => ({ min: n, max: null, qualifier: 'vague' });

export function triggerRole(tok: Token | undefined): Role | null {
  if (!tok || tok.k !== 'w') return null;
  for (const f of tok.f) {
    if (KILLED_TRIGGERS.has(f)) return 'killed';
    if (INJURED_TRIGGERS.has(f)) return 'injured';
  }
  const s = stem(tok.t);
  if (KILLED_TRIGGERS.has(s)) return 'killed';
  if (INJURED_TRIGGERS.has(s)) return 'injured';
  return null;
}

export function nounClass(tok: Token | undefined): NounClass | null {
  if (!tok || tok.k !== 'w') return null;
  const s = stem(tok.t);
  if (CIVILIAN_NOUNS.has(s) || CIVILIAN_NOUNS.has(tok.t)) return 'civilian';
  if (COMBATANT_NOUNS.has(s) || COMBATANT_NOUNS.has(tok.t)) return 'combatant';
  if (NEUTRAL_NOUNS.has(s) || NEUTRAL_NOUNS.has(tok.t) || KILLED_NOUNS.has(s) || INJURED_NOUNS.has(s)) return 'neutral';
  return null;
}

export function nounRole(tok: Token | undefined): Role | null {
  if (!tok || tok.k !== 'w') return null;
  const s = stem(tok.t);
  if (KILLED_NOUNS.has(s)) return 'killed';
  if (INJURED_NOUNS.has(s)) return 'injured';
  return null;
}

export const isStop = (t: Token | undefined): boolean =>
  !t || t.k === 'nl' || t.t === '.' || t.t === '؟' || t.t === '!';
