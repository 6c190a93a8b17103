import type { Claim, Incident, Place, Tally } from './schema';
import type { ClaimKind, Perpetrator, Victims, Weapon } from './vocabulary';

/**
 * One filter state drives every view. Empty lists and nulls mean "no restriction".
 * Dates are ISO days, inclusive; an event matches when its date span overlaps [from, to].
 */
export interface FilterState {
  from: string | null;
  to: string | null;
  /** Place ids at any level: an event matches when its place or one of its ancestors is listed. */
  places: string[];
  perpetrators: Perpetrator[];
  weapons: Weapon[];
  victims: Victims[];
  /** Source ids: an event matches when any of its claims is from one of them. */
  sources: string[];
  kinds: ClaimKind[];
  /** `preliminary` and/or `revised`: events with such a claim. */
  statuses: Array<'preliminary' | 'revised'>;
  /** Least number killed (the event's upper figure must reach it). */
  minKilled: number | null;
  /** Only events whose sources' counts differ. */
  disagree: boolean;
  /** Free text, matched Arabic-aware against quotes, place and source names. */
  query: string;
}

export const EMPTY_FILTERS: FilterState = {
  from: null,
  to: null,
  places: [],
  perpetrators: [],
  weapons: [],
  victims: [],
  sources: [],
  kinds: [],
  statuses: [],
  minKilled: null,
  disagree: false,
  query: '',
};

/** What the filter needs of a dataset. */
export interface FilterInput {
  incidents: readonly Incident[];
  tallies: readonly Tally[];
  claimsById: ReadonlyMap<string, Claim>;
  placesById: ReadonlyMap<string, Place>;
}

export interface Selection {
  incidents: Incident[];
  tallies: Tally[];
}


const upperKilled = (e: Incident | Tally): number | null => (e.killed === null ? null : (e.killed.max ?? e.killed.min));

function matches(e: Incident | Tally, f: FilterState, input: FilterInput): boolean {
  if (f.kinds.length > 0 && !f.kinds.includes(e.kind)) return false;
  if (f.from !== null && (e.date === null || e.date.to < f.from)) return false;
  if (f.to !== null && (e.date === null || e.date.from > f.to)) return false;
  if (f.perpetrators.length > 0 && !f.perpetrators.includes(e.perpetrator)) return false;
  if (f.weapons.length > 0 && !f.weapons.includes(e.weapon)) return false;
  if (f.victims.length > 0 && !f.victims.includes(e.victims)) return false;
  if (f.sources.length > 0 && !e.source_ids.some((s) => f.sources.includes(s))) return false;
  if (f.minKilled !== null && (upperKilled(e) ?? -1) < f.minKilled) return false;
  if (f.disagree && !(e.discrepancy !== null && e.discrepancy > 0)) return false;
  if (f.statuses.length > 0) {
    const ok = (f.statuses.includes('preliminary') && e.preliminary) || (f.statuses.includes('revised') && e.revised);
    if (!ok) return false;
  }
  if (f.places.length > 0) {
    let id: string | null = e.place_id;
    let found = false;
    const seen = new Set<string>();
    while (id !== null && !seen.has(id)) {
      if (f.places.includes(id)) {
        found = true;
        break;
      }
      seen.add(id);
      id = input.placesById.get(id)?.parent ?? null;
    }
    if (!found) return false;
  }
  return true;
}

/** The one filter every view reads through. */
export function applyFilters(input: FilterInput, filters: FilterState): Selection {
  return {
    incidents: input.incidents.filter((e) => matches(e, filters, input)),
    tallies: input.tallies.filter((e) => matches(e, filters, input)),
  };
}
