import type { Claim, Incident, Place, Source, Tally } from './schema';
import type { ClaimKind, Perpetrator, Victims, Weapon } from './vocabulary';
import { matchesTerms, queryTerms } from './search';

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

/** What the filter needs of a dataset (a `DatasetModel` is one). `sourcesById` lets the search read source names. */
export interface FilterInput {
  incidents: readonly Incident[];
  tallies: readonly Tally[];
  claimsById: ReadonlyMap<string, Claim>;
  placesById: ReadonlyMap<string, Place>;
  sourcesById?: ReadonlyMap<string, Source>;
}

export interface Selection {
  incidents: Incident[];
  tallies: Tally[];
}

/** The filters one at a time, in the order they are checked (cheapest first). */
export const FACETS = [
  'kinds',
  'dates',
  'perpetrators',
  'weapons',
  'victims',
  'sources',
  'minKilled',
  'disagree',
  'statuses',
  'places',
  'query',
] as const;
export type Facet = (typeof FACETS)[number];

type Event = Incident | Tally;
type Test = (e: Event) => boolean;

const upperKilled = (e: Event): number | null => (e.killed === null ? null : (e.killed.max ?? e.killed.min));

/** Place ids of a place and its ancestors, nearest first, memoised per compiled filter. */
function lineageIds(placesById: ReadonlyMap<string, Place>): (id: string | null) => readonly string[] {
  const memo = new Map<string, readonly string[]>();
  return (placeId) => {
    if (placeId === null) return [];
    const hit = memo.get(placeId);
    if (hit) return hit;
    const out: string[] = [];
    let id: string | null = placeId;
    while (id !== null && !out.includes(id)) {
      out.push(id);
      id = placesById.get(id)?.parent ?? null;
    }
    memo.set(placeId, out);
    return out;
  };
}

/** One test per active facet; inactive facets are left out so they cost nothing. */
function compile(f: FilterState, input: FilterInput): Array<[Facet, Test]> {
  const tests: Array<[Facet, Test]> = [];
  const setOf = <T>(xs: readonly T[]) => new Set<T>(xs);
  if (f.kinds.length > 0) {
    const kinds = setOf<string>(f.kinds);
    tests.push(['kinds', (e) => kinds.has(e.kind)]);
  }
  if (f.from !== null || f.to !== null) {
    const { from, to } = f;
    tests.push([
      'dates',
      (e) => e.date !== null && (from === null || e.date.to >= from) && (to === null || e.date.from <= to),
    ]);
  }
  if (f.perpetrators.length > 0) {
    const set = setOf<string>(f.perpetrators);
    tests.push(['perpetrators', (e) => set.has(e.perpetrator)]);
  }
  if (f.weapons.length > 0) {
    const set = setOf<string>(f.weapons);
    tests.push(['weapons', (e) => set.has(e.weapon)]);
  }
  if (f.victims.length > 0) {
    const set = setOf<string>(f.victims);
    tests.push(['victims', (e) => set.has(e.victims)]);
  }
  if (f.sources.length > 0) {
    const set = setOf(f.sources);
    tests.push(['sources', (e) => e.source_ids.some((s) => set.has(s))]);
  }
  if (f.minKilled !== null) {
    const least = f.minKilled;
    tests.push(['minKilled', (e) => (upperKilled(e) ?? -1) >= least]);
  }
  if (f.disagree) tests.push(['disagree', (e) => e.discrepancy !== null && e.discrepancy > 0]);
  if (f.statuses.length > 0) {
    const prelim = f.statuses.includes('preliminary');
    const revised = f.statuses.includes('revised');
    tests.push(['statuses', (e) => (prelim && e.preliminary) || (revised && e.revised)]);
  }
  if (f.places.length > 0) {
    const wanted = setOf(f.places);
    const lineage = lineageIds(input.placesById);
    const memo = new Map<string | null, boolean>();
    tests.push([
      'places',
      (e) => {
        let hit = memo.get(e.place_id);
        if (hit === undefined) {
          hit = lineage(e.place_id).some((id) => wanted.has(id));
          memo.set(e.place_id, hit);
        }
        return hit;
      },
    ]);
  }
  const terms = queryTerms(f.query);
  if (terms.length > 0) tests.push(['query', (e) => matchesTerms(e, terms, input)]);
  return tests;
}

/** The one filter every view reads through. Keeps the dataset's order. */
export function applyFilters(input: FilterInput, filters: FilterState): Selection {
  const tests = compile(filters, input);
  const keep = (e: Event) => tests.every(([, test]) => test(e));
  return { incidents: input.incidents.filter(keep), tallies: input.tallies.filter(keep) };
}

/** True when no filter restricts anything. */
export function isEmptyFilter(f: FilterState): boolean {
  return compile(f, { incidents: [], tallies: [], claimsById: new Map(), placesById: new Map() }).length === 0;
}

/**
 * How many events each choice of a facet would give with every *other* filter kept: the counts a filter control
 * shows next to its options. Incidents and tallies both count. `places` counts an event at its place and every
 * ancestor. One pass over the data.
 */
export interface FacetCounts {
  /** Events matching all filters. */
  total: number;
  kinds: Map<string, number>;
  perpetrators: Map<string, number>;
  weapons: Map<string, number>;
  victims: Map<string, number>;
  sources: Map<string, number>;
  statuses: Map<string, number>;
  places: Map<string, number>;
}

export function facetCounts(input: FilterInput, filters: FilterState): FacetCounts {
  const tests = compile(filters, input);
  const lineage = lineageIds(input.placesById);
  const out: FacetCounts = {
    total: 0,
    kinds: new Map(),
    perpetrators: new Map(),
    weapons: new Map(),
    victims: new Map(),
    sources: new Map(),
    statuses: new Map(),
    places: new Map(),
  };
  const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
  const add = (facet: Facet | null, e: Event) => {
    // `facet` null: the event passes every filter and counts everywhere; else it fails only `facet`.
    if (facet === null) out.total++;
    if (facet === null || facet === 'kinds') bump(out.kinds, e.kind);
    if (facet === null || facet === 'perpetrators') bump(out.perpetrators, e.perpetrator);
    if (facet === null || facet === 'weapons') bump(out.weapons, e.weapon);
    if (facet === null || facet === 'victims') bump(out.victims, e.victims);
    if (facet === null || facet === 'sources') for (const s of e.source_ids) bump(out.sources, s);
    if (facet === null || facet === 'statuses') {
      if (e.preliminary) bump(out.statuses, 'preliminary');
      if (e.revised) bump(out.statuses, 'revised');
    }
    if (facet === null || facet === 'places') for (const id of lineage(e.place_id)) bump(out.places, id);
  };
  const visit = (e: Event) => {
    let failed: Facet | null = null;
    for (const [facet, test] of tests) {
      if (test(e)) continue;
      if (failed !== null) return; // fails two filters: counts nowhere
      failed = facet;
    }
    add(failed, e);
  };
  input.incidents.forEach(visit);
  input.tallies.forEach(visit);
  return out;
}
