import { rememberSlots } from './aggregateColumns';
import { CountMap, type FacetCounts } from './facets';
import {
  compile,
  EMPTY_FILTERS,
  indexOf,
  publicationDays,
  type Facet,
  type FilterInput,
  type FilterState,
  type Selection,
} from './filter';
import { dayNumber, FLAG_PRELIMINARY, FLAG_REVISED, UNDATED, type FilterIndex } from './filterIndex';
import type { Incident, Tally } from './schema';
import { PERPETRATORS, VICTIMS, WEAPONS } from './vocabulary';

/**
 * Everything a filter change gives every view, from one pass over the filter index (issue 12.4): the selection, the
 * slots it holds (so aggregations read columns instead of finding the events again), the timeline's context (every
 * filter but the dates), the counts beside each filter option, and the undated events a date filter hides.
 */
export interface SelectionPass extends Selection {
  filters: FilterState;
  /** Filter-index slots of the selected events, ascending: incidents (slot = index in the dataset's incidents), then tallies. */
  slots: Int32Array;
  /** The selection without its date filter: what the timeline's brush moves over (the selection's own lists when no date filter is set). */
  context: Selection;
  counts: FacetCounts;
  /** Undated events the date filter hides that every other filter keeps; how many have a publication date inside it. */
  undated: { hidden: number; placeable: number };
}

const toMap = (keys: readonly string[], counts: Int32Array) => {
  const m = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) if ((counts[i] as number) > 0) m.set(keys[i] as string, counts[i] as number);
  return m;
};

// The facets the pass counts, as numbers for its inner loop; every other facet is OTHER.
const [NONE, KINDS, DATES, PERPS, WEAPONS_, VICTIMS_, SOURCES, STATUSES, PLACES, OTHER] = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
];
const FACET_CODE = new Map<Facet, number>([
  ['kinds', KINDS],
  ['dates', DATES],
  ['perpetrators', PERPS],
  ['weapons', WEAPONS_],
  ['victims', VICTIMS_],
  ['sources', SOURCES],
  ['statuses', STATUSES],
  ['places', PLACES],
]);

/** The filters other than the dates, as a key: equal keys give the same timeline context. */
const contextKey = (f: FilterState) => JSON.stringify({ ...f, from: null, to: null, undatedByPublication: false });

/**
 * The one filter pass. `previous` (the last pass over the same input) lets the timeline keep its context object when
 * only the dates changed, so dragging the brush does not rebuild its buckets.
 */
export function selectionPass(
  input: FilterInput,
  filters: FilterState,
  previous?: SelectionPass | null,
): SelectionPass {
  const ix = indexOf(input);
  const tests = compile(filters, input, ix);
  const n = ix.events.length;
  const dated = filters.from !== null || filters.to !== null;
  const reuseContext =
    previous != null && passIndex.get(previous) === ix && contextKey(previous.filters) === contextKey(filters);
  // An undated event hidden by the dates is "placeable" when its reports' publication days fall in the range.
  const published = dated && !filters.undatedByPublication ? publicationDays(input, ix) : null;
  const from = filters.from === null ? -Infinity : dayNumber(filters.from);
  const to = filters.to === null ? Infinity : dayNumber(filters.to);

  // Undated, the context's tests are the selection's: the context is the selection, with no slots of its own.
  const slots = scratch(0, n);
  const contextSlots = reuseContext || !dated ? null : scratch(1, n);
  let count = 0;
  let contextCount = 0;
  let hidden = 0;
  let placeable = 0;
  const kinds = new Int32Array(2);
  const perps = new Int32Array(PERPETRATORS.length);
  const weapons = new Int32Array(WEAPONS.length);
  const victims = new Int32Array(VICTIMS.length);
  const sources = new Int32Array(ix.sourceIndex.size);
  const statuses = new Int32Array(2);
  const ownPlace = new Int32Array(ix.placeIds.length);
  // Facets as small numbers and tests as a flat array: the loop below runs once per event (100k), and comparing
  // strings and destructuring a pair per test there cost more than the tests themselves.
  const testOf = tests.map(([, test]) => test);
  const codeOf = tests.map(([facet]) => FACET_CODE.get(facet) ?? OTHER);
  const m = testOf.length;
  for (let i = 0; i < n; i++) {
    // `failed` NONE: the event passes every filter and counts everywhere; else it fails only test `failed`.
    let failed = NONE;
    let twice = false;
    for (let t = 0; t < m; t++) {
      if ((testOf[t] as (i: number) => boolean)(i)) continue;
      if (failed !== NONE) {
        twice = true;
        break;
      }
      failed = codeOf[t] as number;
    }
    if (twice) continue;
    const all = failed === NONE;
    if (all) slots[count++] = i;
    if (contextSlots !== null && (all || failed === DATES)) contextSlots[contextCount++] = i;
    if (failed === DATES && published !== null && (ix.dayFrom[i] as number) === UNDATED) {
      hidden++;
      if ((published.to[i] as number) >= from && (published.from[i] as number) <= to) placeable++;
    }
    if (all || failed === KINDS) kinds[ix.kind[i] as number]!++;
    if (all || failed === PERPS) perps[ix.perpetrator[i] as number]!++;
    if (all || failed === WEAPONS_) weapons[ix.weapon[i] as number]!++;
    if (all || failed === VICTIMS_) victims[ix.victims[i] as number]!++;
    if (all || failed === SOURCES) {
      for (let k = ix.sourceStart[i] as number; k < (ix.sourceStart[i + 1] as number); k++)
        sources[ix.sourceOf[k] as number]!++;
    }
    if (all || failed === STATUSES) {
      const flags = ix.flags[i] as number;
      if (flags & FLAG_PRELIMINARY) statuses[0]!++;
      if (flags & FLAG_REVISED) statuses[1]!++;
    }
    if ((all || failed === PLACES) && (ix.place[i] as number) >= 0) ownPlace[ix.place[i] as number]!++;
  }
  // Each place's own events count for it and for every place it lies in.
  const places = new Int32Array(ix.placeIds.length);
  ownPlace.forEach((c, p) => {
    if (c === 0) return;
    for (let q = p, steps = 0; q !== -1 && steps <= ownPlace.length; q = ix.placeParent[q] as number, steps++) {
      places[q]! += c;
    }
  });

  // The one copy of the selected slots; the incidents' slots remembered for the aggregations are a view of it.
  const selected = slots.slice(0, count);
  const selection = split(input, ix.events, ix.incidentCount, selected, false);
  const context = !dated
    ? selection
    : contextSlots === null
      ? previous!.context
      : split(input, ix.events, ix.incidentCount, contextSlots.subarray(0, contextCount), true);
  const pass: SelectionPass = {
    ...selection,
    filters,
    slots: selected,
    context,
    counts: {
      total: count,
      kinds: toMap(['incident', 'tally'], kinds),
      perpetrators: toMap(PERPETRATORS, perps),
      weapons: toMap(WEAPONS, weapons),
      victims: toMap(VICTIMS, victims),
      sources: new CountMap(ix.sourceIndex, [...ix.sourceIndex.keys()], sources),
      statuses: toMap(['preliminary', 'revised'], statuses),
      places: new CountMap(ix.placeIndex, ix.placeIds, places),
    },
    undated: { hidden, placeable },
  };
  passIndex.set(pass, ix);
  return pass;
}

/** The index each pass read, so a context is only reused over the same data. */
const passIndex = new WeakMap<SelectionPass, FilterIndex>();

/**
 * Two slot buffers of at least `n`, kept between passes (one for the selection, one for the context): a pass writes
 * its slots here and copies out only as many as it selected, instead of allocating two arrays of every event per
 * filter change. Nothing outside a pass ever holds them.
 */
const buffers: Int32Array[] = [new Int32Array(0), new Int32Array(0)];
function scratch(which: 0 | 1, n: number): Int32Array {
  if ((buffers[which] as Int32Array).length < n) buffers[which] = new Int32Array(n);
  return buffers[which] as Int32Array;
}

/**
 * The events at `slots` as lists, each remembered with its slots so the aggregations read columns directly. With
 * `copy` false, `slots` is the pass's own (never written again), and the incidents' slots are a view of it.
 */
function split(
  input: FilterInput,
  events: ReadonlyArray<Incident | Tally>,
  incidentCount: number,
  slots: Int32Array,
  copy: boolean,
): Selection {
  // Slots ascend and incidents come first: k, the number of incidents, by bisection.
  let k = 0;
  for (let hi = slots.length; k < hi;) {
    const mid = (k + hi) >>> 1;
    if ((slots[mid] as number) < incidentCount) k = mid + 1;
    else hi = mid;
  }
  const incidentSlots = copy ? slots.slice(0, k) : slots.subarray(0, k);
  const incidents = new Array<Incident>(k);
  for (let j = 0; j < k; j++) incidents[j] = events[incidentSlots[j] as number] as Incident;
  const tallies = new Array<Tally>(slots.length - k);
  for (let j = k; j < slots.length; j++) tallies[j - k] = events[slots[j] as number] as Tally;
  rememberSlots(input.incidents, incidents, incidentSlots);
  return { incidents, tallies };
}

/** Below this many events a cold pass costs a few milliseconds at most: no rehearsal. */
export const REHEARSAL_MIN_EVENTS = 10_000;

/**
 * The filter changes a reader makes first, one facet each (a place, a perpetrator, a year, a weapon, victims, a
 * source, a kind), for `rehearsal` to run ahead of them; values are taken from the data so each selects something.
 */
function rehearsals(ix: FilterIndex): FilterState[] {
  const at = (i: number) => ix.events[Math.min(ix.events.length - 1, i)] as Incident | Tally;
  const mid = at(ix.events.length >> 1);
  const place = ix.placeIds[ix.place[ix.events.length >> 1] as number];
  const source = [...ix.sourceIndex.keys()][0];
  const year = (mid.date?.from ?? at(0).date?.from ?? '2017-01-01').slice(0, 4);
  const out: FilterState[] = [
    { ...EMPTY_FILTERS, perpetrators: [mid.perpetrator] },
    { ...EMPTY_FILTERS, from: `${year}-01-01`, to: `${year}-12-31` },
    { ...EMPTY_FILTERS, weapons: [mid.weapon], victims: [mid.victims] },
    { ...EMPTY_FILTERS, kinds: ['incident'], statuses: ['preliminary', 'revised'], disagree: true, minKilled: 1 },
  ];
  if (place !== undefined) out.unshift({ ...EMPTY_FILTERS, places: [place] });
  if (source !== undefined) out.push({ ...EMPTY_FILTERS, sources: [source] });
  return out;
}

/**
 * Runs the pass over the real data with the filter changes a reader makes first, one per `schedule`d step (idle
 * time), and throws the results away. Until then the pass has only run with no filter, so the engine has never seen
 * its filter tests or its counting branches run: the first click after load ran them cold (at 100k, 8.8 ms in the
 * pass against 0.8 ms for the same change repeated later). Datasets under `REHEARSAL_MIN_EVENTS` are left alone.
 * Returns a function that stops the steps not yet run.
 */
export function rehearseSelectionPass(
  input: FilterInput,
  schedule: (step: () => void) => void,
  minEvents = REHEARSAL_MIN_EVENTS,
): () => void {
  let stopped = false;
  let steps: FilterState[] | null = null;
  const next = () => {
    if (stopped) return;
    if (steps === null) {
      // The index is built here, in the first step, if nothing has built it yet.
      const ix = indexOf(input);
      steps = ix.events.length < minEvents ? [] : rehearsals(ix);
    }
    const f = steps.shift();
    if (f === undefined) return;
    selectionPass(input, f);
    schedule(next);
  };
  schedule(next);
  return () => {
    stopped = true;
  };
}
