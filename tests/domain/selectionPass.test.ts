import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/dataset/model';
import { positionsOf } from '../../src/domain/aggregateColumns';
import { applyFilters, EMPTY_FILTERS, type FilterState } from '../../src/domain/filter';
import { childrenOf, inheritDown } from '../../src/domain/filterIndex';
import { rehearseSelectionPass, selectionPass } from '../../src/domain/selectionPass';
import { validateDataset } from '../../src/domain/validate';
import { indexOf } from '../../src/domain/filter';

// The shipped dataset, loaded the way the app loads it: 9 incidents and 10 tallies from 5 reports.
const result = validateDataset(JSON.parse(readFileSync('tests/fixtures/dataset-v2/dataset.json', 'utf8')));
if (!result.ok) throw new Error(result.detail);
const model = buildModel(result.dataset);

const ids = (s: { incidents: { id: string }[]; tallies: { id: string }[] }) => [
  ...s.incidents.map((e) => e.id),
  ...s.tallies.map((e) => e.id),
];
const pass = (f: Partial<FilterState>, previous?: ReturnType<typeof selectionPass>) =>
  selectionPass(model, { ...EMPTY_FILTERS, ...f }, previous);

describe('the selection pass', () => {
  it('without a date filter, the timeline context is the selection itself (one list, not a copy)', () => {
    const p = pass({ perpetrators: ['coalition'] });
    expect(p.context.incidents).toBe(p.incidents);
    expect(p.context.tallies).toBe(p.tallies);
    expect(ids(p)).toEqual(ids(applyFilters(model, { ...EMPTY_FILTERS, perpetrators: ['coalition'] })));
  });

  it('with a date filter, the context is every other filter over all dates', () => {
    const f = { perpetrators: ['coalition' as const], from: '2017-08-01', to: '2017-08-31' };
    const p = pass(f);
    expect(ids(p)).toEqual(ids(applyFilters(model, { ...EMPTY_FILTERS, ...f })));
    expect(ids(p.context)).toEqual(ids(applyFilters(model, { ...EMPTY_FILTERS, perpetrators: ['coalition'] })));
    expect(ids(p.context).length).toBeGreaterThan(ids(p).length);
    // Only the dates changed: the timeline keeps its context object (its buckets are not rebuilt).
    const q = pass({ ...f, to: '2017-09-30' }, p);
    expect(q.context).toBe(p.context);
  });

  it('a later pass leaves an earlier one as it was: slots, lists and the slots remembered for the charts', () => {
    const first = pass({ perpetrators: ['regime', 'regime_russia'], from: '2017-01-01' });
    const slots = [...first.slots];
    const listed = ids(first);
    const context = ids(first.context);
    const remembered = [...(positionsOf(model.incidents, first.incidents) ?? [])];
    const contextRemembered = [...(positionsOf(model.incidents, first.context.incidents) ?? [])];
    pass({ perpetrators: ['coalition'], from: '2024-01-01' });
    pass({ weapons: ['drone'] });
    expect([...first.slots]).toEqual(slots);
    expect(ids(first)).toEqual(listed);
    expect(ids(first.context)).toEqual(context);
    expect([...(positionsOf(model.incidents, first.incidents) ?? [])]).toEqual(remembered);
    expect([...(positionsOf(model.incidents, first.context.incidents) ?? [])]).toEqual(contextRemembered);
    // The remembered slots are where the incidents are.
    expect(remembered.map((i) => model.incidents[i]?.id)).toEqual(first.incidents.map((e) => e.id));
  });

  it('counts places like a map of the places that have events, and nothing for the others', () => {
    const { places, sources } = pass({ perpetrators: ['coalition'] }).counts;
    const entries = [...places];
    expect(entries.length).toBe(places.size);
    expect(entries.every(([, c]) => c > 0)).toBe(true);
    expect(Object.fromEntries(places)).toMatchObject({ 'gov-SY11': 4, 'gn-172955': 3 });
    expect(places.get('gov-SY11')).toBe(4);
    const empty = model.places.find((p) => !places.has(p.id));
    expect(empty).toBeDefined();
    expect(places.get(empty!.id)).toBeUndefined();
    expect(places.get('no-such-place')).toBeUndefined();
    expect([...sources.keys()].length).toBe(sources.size);
    expect([...sources.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(5);
  });
});

describe('inheritDown', () => {
  it('marks the places inside a marked place, and reads a cycle as not inside', () => {
    const ix = indexOf(model);
    const placeParent = Int32Array.from([-1, 0, 1, 4, 3]);
    const { start, children } = childrenOf(placeParent);
    const base = {
      ...ix,
      placeIds: ['a', 'b', 'c', 'd', 'e'],
      placeParent,
      placeChildStart: start,
      placeChildren: children,
    };
    // a ⊃ b ⊃ c; d and e are each other's parent (bad data).
    expect([...inheritDown(base, Uint8Array.from([1, 0, 0, 0, 0]))]).toEqual([1, 1, 1, 0, 0]);
    expect([...inheritDown(base, Uint8Array.from([0, 1, 0, 0, 0]))]).toEqual([0, 1, 1, 0, 0]);
    expect([...inheritDown(base, Uint8Array.from([0, 0, 0, 1, 0]))]).toEqual([0, 0, 0, 1, 1]);
    expect([...inheritDown(base, Uint8Array.from([0, 0, 0, 0, 0]))]).toEqual([0, 0, 0, 0, 0]);
  });

  it('agrees with walking up from every place, on random trees with cycles and self-parents', () => {
    // The definition: a place is inside when it, or a place up its chain of parents, is marked.
    const walkUp = (parent: Int32Array, marked: Uint8Array) =>
      [...parent].map((_, p) => {
        for (let q = p, steps = 0; q !== -1 && steps <= parent.length; q = parent[q] as number, steps++)
          if (marked[q] === 1) return 1;
        return 0;
      });
    let seed = 7;
    const random = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % k);
    const ix = indexOf(model);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + random(40);
      const placeParent = Int32Array.from({ length: n }, () => random(n + 3) - 3).map((q) => (q < 0 ? -1 : q));
      const marked = Uint8Array.from({ length: n }, () => (random(6) === 0 ? 1 : 0));
      const { start, children } = childrenOf(placeParent);
      const fake = {
        ...ix,
        placeIds: [...placeParent].map(String),
        placeParent,
        placeChildStart: start,
        placeChildren: children,
      };
      expect([...inheritDown(fake, marked)]).toEqual(walkUp(placeParent, marked));
    }
  });
});

describe('the rehearsal before the first filter change', () => {
  it('runs the pass once per idle step over the first changes a reader makes, and changes nothing', () => {
    const f: Partial<FilterState> = { perpetrators: ['coalition'], from: '2017-01-01' };
    const before = pass(f);
    const queue: Array<() => void> = [];
    rehearseSelectionPass(model, (step) => queue.push(step), 0);
    let steps = 0;
    while (queue.length > 0) {
      queue.shift()!();
      steps++;
    }
    // One step per change (a place, a perpetrator, a year, weapon and victims, kinds and statuses, a source).
    expect(steps).toBe(7);
    const after = pass(f);
    expect(ids(after)).toEqual(ids(before));
    expect(ids(after.context)).toEqual(ids(before.context));
    expect(Object.fromEntries(after.counts.places)).toEqual(Object.fromEntries(before.counts.places));
  });

  it('leaves a small dataset alone, and stops when asked', () => {
    const queue: Array<() => void> = [];
    rehearseSelectionPass(model, (step) => queue.push(step));
    queue.shift()!();
    expect(queue).toHaveLength(0);
    const stop = rehearseSelectionPass(model, (step) => queue.push(step), 0);
    queue.shift()!();
    stop();
    queue.shift()?.();
    expect(queue).toHaveLength(0);
  });
});
