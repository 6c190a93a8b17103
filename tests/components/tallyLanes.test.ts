import { describe, expect, it } from 'vitest';
import { packLanes } from '../../src/features/timeline/TallyRow';

const periods = (pairs: Array<[number, number]>) => pairs.map(([start, end], i) => ({ id: i, start, end }));

describe('tally lanes', () => {
  it('puts each period in the first lane it does not overlap, longer periods first at equal starts', () => {
    const laid = packLanes(
      periods([
        [0, 3],
        [0, 5],
        [4, 6],
        [6, 8],
        [2, 2],
      ]),
    );
    const laneOf = (id: number) => laid.find((p) => p.id === id)?.lane;
    expect(laneOf(1)).toBe(0); // [0,5] sorts before [0,3]
    expect(laneOf(0)).toBe(1);
    expect(laneOf(4)).toBe(2); // [2,2] overlaps both
    expect(laneOf(2)).toBe(1); // [4,6] fits after [0,3]
    expect(laneOf(3)).toBe(0); // [6,8] fits after [0,5]
  });

  it('gives every period beyond the drawn lanes the overflow lane, and keeps the drawn lanes as if unbounded', () => {
    // Ten periods over one another, then one after them all: lanes 0..2 drawn, the rest overflow.
    const stacked = periods([...Array.from({ length: 10 }, () => [0, 9] as [number, number]), [10, 12]]);
    const capped = packLanes(stacked, 3);
    expect(capped.map((p) => p.lane)).toEqual([0, 1, 2, 3, 3, 3, 3, 3, 3, 3, 0]);
    const unbounded = packLanes(stacked, Infinity);
    for (const p of capped.filter((q) => q.lane < 3)) {
      expect(unbounded.find((q) => q.id === p.id)?.lane).toBe(p.lane);
    }
  });
});
