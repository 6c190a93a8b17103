import { describe, expect, it } from 'vitest';
import { HALO_METRES, locateIncidents, mapPoint, type Spot } from '../../src/domain/mapMarks';
import { spotLayout, SpotTally, tallySpots, type SpotLayout } from '../../src/domain/spotTally';
import { EMPTY_FILTERS, indexOf, type FilterInput } from '../../src/domain/filter';
import { selectionPass } from '../../src/domain/selectionPass';
import type { Incident } from '../../src/domain/schema';
import { PERPETRATORS, type Perpetrator } from '../../src/domain/vocabulary';
import { SpotClusters } from '../../src/features/map/spotClusters';
import { shippedModel } from '../helpers/dataset';

/** The shipped data with one incident more at a place the dataset does not know, and one with no place. */
function inputWithStrays(): FilterInput {
  const model = shippedModel();
  const first = model.incidents[0]!;
  return {
    ...model,
    incidents: [
      ...model.incidents,
      { ...first, id: 'lost', place_id: 'no-such-place' },
      { ...first, id: 'nowhere', place_id: null },
    ],
  };
}

describe('spots counted from the filter index columns', () => {
  it('groups the incidents drawn at one place, summing them, in the selection’s order', () => {
    const model = shippedModel();
    const pass = selectionPass(model, EMPTY_FILTERS);
    const tally = tallySpots(indexOf(model), model.placesById, pass.slots, pass.incidents);
    expect(tally.unlocated).toEqual([]);
    expect(tally.located).toBe(model.incidents.length);
    const raqqa = tally.spot(tally.layout.placeId.indexOf('gn-172955'));
    expect(raqqa?.members.map((i) => pass.incidents[i]?.id)).toEqual([
      'raqqa-2017-09-harat-al-badu-residential-building',
      'raqqa-2017-08-20-harat-al-badu-coalition-strike',
    ]);
    expect(raqqa?.summary).toMatchObject({ count: 2, killed: 67 });
    expect(raqqa?.haloM).toBe(HALO_METRES.city);
  });

  it('places every selected incident where locating it one by one does, for any selection', () => {
    const input = inputWithStrays();
    const first = input.incidents[0]!;
    for (const filters of [EMPTY_FILTERS, { ...EMPTY_FILTERS, perpetrators: [first.perpetrator] }]) {
      const pass = selectionPass(input, filters);
      const tally = tallySpots(indexOf(input), input.placesById, pass.slots, pass.incidents);
      const { points, unlocated } = locateIncidents(pass.incidents, input.placesById);
      const spots = tally.spots().map((g) => tally.spot(g) as Spot);
      const drawn = spots.flatMap((s) => s.members.map((i) => mapPoint(pass.incidents[i]!, s)));
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect(drawn.sort(byId)).toEqual(points.sort(byId));
      expect(tally.unlocated).toEqual(unlocated);
      expect(tally.located).toBe(points.length);
      // Each spot's sums are its members' own figures.
      for (const s of spots) {
        const members = s.members.map((i) => points.find((p) => p.id === pass.incidents[i]!.id)!);
        expect(s.summary.count).toBe(members.length);
        expect(s.summary.killed).toBe(members.reduce((n, p) => n + (p.killed ?? 0), 0));
      }
    }
  });

  it('sets aside the incidents it cannot place, and keeps one layout for every selection of a dataset', () => {
    const input = inputWithStrays();
    const ix = indexOf(input);
    const all = selectionPass(input, EMPTY_FILTERS);
    expect(tallySpots(ix, input.placesById, all.slots, all.incidents).unlocated).toEqual(['lost', 'nowhere']);
    const layout = spotLayout(ix, input.placesById);
    // Spots are every place the dataset draws at, whatever the filters: a filter change re-counts them.
    const some = selectionPass(input, { ...EMPTY_FILTERS, perpetrators: [input.incidents[0]!.perpetrator] });
    const tally = tallySpots(ix, input.placesById, some.slots, some.incidents);
    expect(tally.layout).toBe(layout);
    expect(tally.spots().length).toBeLessThan(layout.size);
    // A spot the selection leaves empty is not drawn.
    const empty = Array.from({ length: layout.size }, (_, g) => g).filter((g) => tally.count[g] === 0);
    expect(empty.length).toBeGreaterThan(0);
    for (const g of empty) expect(tally.spot(g)).toBeNull();
  });
});

/**
 * Four spots: two pairs close together, the pairs far apart, each spot with one incident of its own. Slot i is
 * incident i, at spot i; the columns give each its killed figure and perpetrator.
 */
const SPOTS: Array<{ lat: number; lon: number; killed: number; perpetrator: Perpetrator }> = [
  { lat: 35.0, lon: 36.0, killed: 3, perpetrator: 'isis' },
  { lat: 35.0, lon: 36.001, killed: 5, perpetrator: 'regime' },
  { lat: 36.0, lon: 37.0, killed: 7, perpetrator: 'isis' },
  { lat: 36.0, lon: 37.001, killed: 11, perpetrator: 'coalition' },
];
const layout: SpotLayout = {
  size: SPOTS.length,
  placeId: SPOTS.map((_, g) => `p${g}`),
  lat: Float64Array.from(SPOTS, (s) => s.lat),
  lon: Float64Array.from(SPOTS, (s) => s.lon),
  haloM: new Float64Array(SPOTS.length),
  spotOfSlot: Int32Array.from(SPOTS, (_, g) => g),
};
const columns = {
  upperKilled: Int32Array.from(SPOTS, (s) => s.killed),
  perpetrator: Uint8Array.from(SPOTS, (s) => PERPETRATORS.indexOf(s.perpetrator)),
};
/** A selection of the four incidents, by slot. */
function select(...slots: number[]): SpotTally {
  const incidents = slots.map((i) => ({ id: `i${i}` }) as Incident);
  return SpotTally.fill(layout, columns, Int32Array.from(slots), incidents);
}
const WORLD: [number, number, number, number] = [-180, -85, 180, 85];

describe('clusters of spots', () => {
  const clusters = new SpotClusters(layout);

  it('sums a cluster’s selected incidents: count, known killed, perpetrators', () => {
    const [top] = clusters.marks(WORLD, 0, select(0, 1, 2, 3));
    expect(top?.kind).toBe('cluster');
    if (top?.kind !== 'cluster') return;
    expect(top.tally.summary.count).toBe(4);
    expect(top.tally.summary.killed).toBe(26);
    expect(top.tally.summary.byPerpetrator[PERPETRATORS.indexOf('isis')]).toBe(2);
    expect(top.tally.summary.byPerpetrator.reduce((a, b) => a + b, 0)).toBe(4);
    // The legend's perpetrators: those of the drawn incidents.
    const totals = select(0, 2).perpetratorTotals;
    expect(PERPETRATORS.filter((_, k) => totals[k]! > 0)).toEqual(['isis']);
  });

  it('splits into the two pairs when zoomed in', () => {
    const marks = clusters.marks(WORLD, 8, select(0, 1, 2, 3));
    const sums = marks.map((m) => (m.kind === 'cluster' ? m.tally.summary.killed : NaN)).sort((a, b) => a - b);
    expect(sums).toEqual([8, 18]);
  });

  it('draws a cluster with one selected spot as that spot, and one with none not at all', () => {
    // Spot 0 alone of its pair; nothing of the other pair.
    expect(clusters.marks(WORLD, 8, select(0))).toEqual([{ kind: 'spot', g: 0 }]);
    expect(clusters.marks(WORLD, 0, select(0))).toEqual([{ kind: 'spot', g: 0 }]);
    expect(clusters.marks(WORLD, 0, select())).toEqual([]);
  });

  it('draws a cluster at the mean position of its selected spots, not of spots the filters hide', () => {
    const [top] = clusters.marks(WORLD, 0, select(0, 1, 2));
    expect(top?.kind).toBe('cluster');
    if (top?.kind !== 'cluster') return;
    expect(top.tally.spots).toBe(3);
    expect(top.tally.lat).toBeCloseTo((35 + 35 + 36) / 3, 6);
    expect(top.tally.lon).toBeCloseTo((36 + 36.001 + 37) / 3, 6);
    expect(top.tally.summary.count).toBe(3);
  });

  it('lists a cluster’s spots, the same each time it is asked', () => {
    const [top] = clusters.marks(WORLD, 0, select(0, 1, 2, 3));
    if (top?.kind !== 'cluster') throw new Error('expected a cluster');
    const leaves = clusters.leavesOf(top.clusterId);
    expect([...leaves].sort()).toEqual([0, 1, 2, 3]);
    expect(clusters.leavesOf(top.clusterId)).toBe(leaves);
  });

  it('lists a spot’s incidents in selection order', () => {
    const twoAtOne: SpotLayout = { ...layout, spotOfSlot: Int32Array.from([0, 0, 2, 3]) };
    const tally = SpotTally.fill(
      twoAtOne,
      columns,
      Int32Array.from([0, 1, 3]),
      [0, 1, 3].map((i) => ({ id: `i${i}` }) as Incident),
    );
    expect([...tally.members(0)]).toEqual([0, 1]);
    expect(tally.spot(0)).toMatchObject({ placeId: 'p0', members: [0, 1], summary: { count: 2, killed: 8 } });
    expect(tally.spot(1)).toBeNull();
    expect([...tally.members(3)]).toEqual([2]);
  });

  it('gathers each cluster’s spots while clustering, the same as walking the index, at every zoom', () => {
    // 400 spots over Syria from a fixed pseudo-random sequence: clusters of every size at every zoom.
    let seed = 7;
    const next = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const n = 400;
    const many: SpotLayout = {
      size: n,
      placeId: Array.from({ length: n }, (_, g) => `p${g}`),
      lat: Float64Array.from({ length: n }, () => 32.5 + 4.5 * next()),
      lon: Float64Array.from({ length: n }, () => 35.8 + 6.3 * next()),
      haloM: new Float64Array(n),
      spotOfSlot: Int32Array.from({ length: n }, (_, g) => g),
    };
    const built = new SpotClusters(many);
    for (let zoom = 0; zoom <= 15; zoom++) {
      for (const f of built.index.getClusters(WORLD, zoom)) {
        if (!('cluster' in f.properties)) continue;
        const walked = built.index.getLeaves(f.properties.cluster_id, Infinity).map((l) => l.properties.g);
        expect([...f.properties.leaves].sort((a, b) => a - b)).toEqual(walked.sort((a, b) => a - b));
      }
    }
  });
});
