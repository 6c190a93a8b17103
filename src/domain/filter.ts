import type { Incident, Place, Report, Source, Tally } from './schema';
import type { ClaimSummary } from './claimDetails';
import type { ClaimKind, Perpetrator, Victims, Weapon } from './vocabulary';
import { PERPETRATORS, VICTIMS, WEAPONS } from './vocabulary';
import {
  dayNumber,
  filterIndex,
  FLAG_DISAGREE,
  FLAG_PRELIMINARY,
  FLAG_REVISED,
  inheritDown,
  UNDATED,
  vocabCode,
  type FilterIndex,
} from './filterIndex';
import { queryTerms, searchHits, warmSearchIndex, type SearchQuotes } from './search';

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
  /**
   * Under a date filter, place an undated event at its reports' publication dates (earliest to latest) instead of
   * hiding it. No effect without a date filter.
   */
  undatedByPublication: boolean;
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
  undatedByPublication: false,
};

/** What the filter needs of a dataset (a `DatasetModel` is one). `sourcesById` lets the search read source names. */
export interface FilterInput {
  incidents: readonly Incident[];
  tallies: readonly Tally[];
  claimsById: ReadonlyMap<string, ClaimSummary>;
  placesById: ReadonlyMap<string, Place>;
  sourcesById?: ReadonlyMap<string, Source>;
  /** Where the search reads quotes (see `SearchInput`). */
  details?: SearchQuotes;
  /** Lets an undated event be placed at its reports' publication dates (`undatedByPublication`). */
  reportsById?: ReadonlyMap<string, Report>;
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

type Test = (i: number) => boolean;

/** A lookup table: 1 for each code of the chosen values. */
function chosen(values: readonly string[], codes: ReadonlyMap<string, number>, size: number): Uint8Array {
  const out = new Uint8Array(size);
  for (const v of values) {
    const c = codes.get(v);
    if (c !== undefined) out[c] = 1;
  }
  return out;
}

/** 1 for every place that is, or lies inside, a chosen place. */
function placesWithin(ix: FilterIndex, wanted: readonly string[]): Uint8Array {
  const marked = new Uint8Array(ix.placeIds.length);
  for (const id of wanted) {
    const k = ix.placeIndex.get(id);
    if (k !== undefined) marked[k] = 1;
  }
  return inheritDown(ix, marked);
}

/** One test per active facet, over index slots; inactive facets are left out so they cost nothing. */
export function compile(f: FilterState, input: FilterInput, ix: FilterIndex): Array<[Facet, Test]> {
  const tests: Array<[Facet, Test]> = [];
  if (f.kinds.length > 0) {
    const kinds = chosen(
      f.kinds,
      new Map([
        ['incident', 0],
        ['tally', 1],
      ]),
      2,
    );
    tests.push(['kinds', (i) => kinds[ix.kind[i] as number] === 1]);
  }
  if (f.from !== null || f.to !== null) {
    const from = f.from === null ? -Infinity : dayNumber(f.from);
    const to = f.to === null ? Infinity : dayNumber(f.to);
    const published = f.undatedByPublication ? publicationDays(input, ix) : null;
    tests.push([
      'dates',
      (i) => {
        if ((ix.dayFrom[i] as number) !== UNDATED)
          return (ix.dayTo[i] as number) >= from && (ix.dayFrom[i] as number) <= to;
        return published !== null && (published.to[i] as number) >= from && (published.from[i] as number) <= to;
      },
    ]);
  }
  if (f.perpetrators.length > 0) {
    const set = chosen(f.perpetrators, vocabCode.perpetrator, PERPETRATORS.length);
    tests.push(['perpetrators', (i) => set[ix.perpetrator[i] as number] === 1]);
  }
  if (f.weapons.length > 0) {
    const set = chosen(f.weapons, vocabCode.weapon, WEAPONS.length);
    tests.push(['weapons', (i) => set[ix.weapon[i] as number] === 1]);
  }
  if (f.victims.length > 0) {
    const set = chosen(f.victims, vocabCode.victims, VICTIMS.length);
    tests.push(['victims', (i) => set[ix.victims[i] as number] === 1]);
  }
  if (f.sources.length > 0) {
    const set = chosen(f.sources, ix.sourceIndex, ix.sourceIndex.size);
    tests.push([
      'sources',
      (i) => {
        for (let k = ix.sourceStart[i] as number, end = ix.sourceStart[i + 1] as number; k < end; k++) {
          if (set[ix.sourceOf[k] as number] === 1) return true;
        }
        return false;
      },
    ]);
  }
  if (f.minKilled !== null) {
    const least = f.minKilled;
    tests.push(['minKilled', (i) => (ix.upperKilled[i] as number) >= least]);
  }
  if (f.disagree) tests.push(['disagree', (i) => ((ix.flags[i] as number) & FLAG_DISAGREE) !== 0]);
  if (f.statuses.length > 0) {
    const mask =
      (f.statuses.includes('preliminary') ? FLAG_PRELIMINARY : 0) | (f.statuses.includes('revised') ? FLAG_REVISED : 0);
    tests.push(['statuses', (i) => ((ix.flags[i] as number) & mask) !== 0]);
  }
  if (f.places.length > 0) {
    const within = placesWithin(ix, f.places);
    tests.push(['places', (i) => (ix.place[i] as number) >= 0 && within[ix.place[i] as number] === 1]);
  }
  const terms = queryTerms(f.query);
  if (terms.length > 0) {
    const hits = searchHits(ix, input, terms);
    tests.push(['query', (i) => hits[i] === 1]);
  }
  return tests;
}

export const indexOf = (input: FilterInput) => filterIndex(input.incidents, input.tallies, input.placesById);

/** The one filter every view reads through. Keeps the dataset's order. */
export function applyFilters(input: FilterInput, filters: FilterState): Selection {
  // No filter: no need to build the index (the first render of a large dataset stays light).
  if (isEmptyFilter(filters)) return { incidents: [...input.incidents], tallies: [...input.tallies] };
  const ix = indexOf(input);
  const tests = compile(filters, input, ix);
  const incidents: Incident[] = [];
  const tallies: Tally[] = [];
  const n = ix.events.length;
  outer: for (let i = 0; i < n; i++) {
    for (const [, test] of tests) if (!test(i)) continue outer;
    if (i < ix.incidentCount) incidents.push(ix.events[i] as Incident);
    else tallies.push(ix.events[i] as Tally);
  }
  return { incidents, tallies };
}

/** True when no filter restricts anything. */
export function isEmptyFilter(f: FilterState): boolean {
  return (
    f.from === null &&
    f.to === null &&
    f.places.length + f.perpetrators.length + f.weapons.length + f.victims.length === 0 &&
    f.sources.length + f.kinds.length + f.statuses.length === 0 &&
    f.minKilled === null &&
    !f.disagree &&
    queryTerms(f.query).length === 0
  );
}

/**
 * Prepares a dataset for fast filtering ahead of the first filter change: the filter index at once, then the
 * search index in slices handed to `schedule` (e.g. requestIdleCallback). Returns a function that stops the work.
 */
export function warmFilters(input: FilterInput, schedule: (step: () => void) => void): () => void {
  let stop = () => {};
  let stopped = false;
  schedule(() => {
    if (stopped) return;
    stop = warmSearchIndex(indexOf(input), input, schedule);
  });
  return () => {
    stopped = true;
    stop();
  };
}

/** The victims a selection is restricted to, in vocabulary order; null when it counts every victim. */
export function victimsCounted(f: FilterState): Victims[] | null {
  const chosen = VICTIMS.filter((v) => f.victims.includes(v));
  return chosen.length === 0 || chosen.length === VICTIMS.length ? null : chosen;
}

const publishedCache = new WeakMap<FilterIndex, { from: Int32Array; to: Int32Array }>();

/**
 * For each undated event, the first and last publication day of the reports its claims come from (UNDATED / −UNDATED
 * when none is known); dated events are left at UNDATED. Built on first use per index.
 */
export function publicationDays(input: FilterInput, ix: FilterIndex): { from: Int32Array; to: Int32Array } {
  const hit = publishedCache.get(ix);
  if (hit) return hit;
  const n = ix.events.length;
  const from = new Int32Array(n).fill(UNDATED);
  const to = new Int32Array(n).fill(-UNDATED);
  for (let i = 0; i < n; i++) {
    if ((ix.dayFrom[i] as number) !== UNDATED) continue;
    for (const id of (ix.events[i] as Incident | Tally).claim_ids) {
      const reportId = input.claimsById.get(id)?.report_id;
      const day = reportId === undefined ? undefined : input.reportsById?.get(reportId)?.published;
      if (day == null) continue;
      const d = dayNumber(day);
      if (d < (from[i] as number)) from[i] = d;
      if (d > (to[i] as number)) to[i] = d;
    }
  }
  const out = { from, to };
  publishedCache.set(ix, out);
  return out;
}

/** Undated events a date filter leaves out, that every other filter would keep ("N undated hidden"). */
export function undatedHidden(input: FilterInput, f: FilterState): { hidden: number; placeable: number } {
  if ((f.from === null && f.to === null) || f.undatedByPublication) return { hidden: 0, placeable: 0 };
  const ix = indexOf(input);
  const tests = compile({ ...f, from: null, to: null }, input, ix);
  const withPublication = compile({ ...f, undatedByPublication: true }, input, ix);
  let hidden = 0;
  let placeable = 0;
  outer: for (let i = 0; i < ix.events.length; i++) {
    if ((ix.dayFrom[i] as number) !== UNDATED) continue;
    for (const [, test] of tests) if (!test(i)) continue outer;
    hidden++;
    if (withPublication.every(([, test]) => test(i))) placeable++;
  }
  return { hidden, placeable };
}

/** True when an event is shown only because the filter placed it at its reports' publication dates. */
export function placedByPublication(event: Incident | Tally, f: FilterState): boolean {
  return event.date === null && f.undatedByPublication && (f.from !== null || f.to !== null);
}
