import { describe, expect, it } from 'vitest';
import { AgreementTally, figurePerSource, median, pointFigure, spread } from '../../src/domain/agreement';
import { discrepancy } from '../../src/domain/derive';
import type { Claim, Count } from '../../src/domain/schema';

const exact = (n: number): Count => ({ min: n, max: n, qualifier: 'exact' });
/** Only the fields agreement reads: who says it and how many were killed. */
const claim = (source_id: string, killed: Count | null) => ({ source_id, killed }) as Claim;

describe("a source's figure", () => {
  it('is the upper bound of a closed range, else the lower bound', () => {
    expect(pointFigure({ min: 17, max: 27, qualifier: 'approx' })).toBe(27);
    expect(pointFigure({ min: 14, max: null, qualifier: 'at_least' })).toBe(14);
  });

  it('is one per source, its highest; claims without a killed count are passed over', () => {
    const figures = figurePerSource([claim('sohr', exact(17)), claim('sana', exact(9)), claim('sohr', exact(27))]);
    expect([...figures]).toEqual([
      ['sohr', 27],
      ['sana', 9],
    ]);
    expect(figurePerSource([claim('sohr', null), undefined]).size).toBe(0);
  });
});

describe('how far apart the sources are', () => {
  it.each<[string, Array<[string, number]>, number | null]>([
    ['one source: nothing to compare', [['sohr', 27]], null],
    [
      '27 against 17: (27 − 17) / 27',
      [
        ['sohr', 27],
        ['sana', 17],
      ],
      10 / 27,
    ],
    [
      'all say 14',
      [
        ['a', 14],
        ['b', 14],
      ],
      0,
    ],
    [
      'all say 0',
      [
        ['a', 0],
        ['b', 0],
      ],
      0,
    ],
  ])('%s', (_name, figures, expected) => {
    expect(spread(new Map(figures))).toBe(expected);
  });

  it("is an incident's discrepancy, one voice per source", () => {
    // SOHR twice (17, then 27) and SANA once (9): 27 against 9, not three voices.
    const claims = [claim('sohr', exact(17)), claim('sohr', exact(27)), claim('sana', exact(9))];
    expect(discrepancy(claims)).toBe((27 - 9) / 27);
  });
});

describe('standing against the median', () => {
  it('takes the middle figure, or the mean of the middle two', () => {
    expect(median([3, 9, 14])).toBe(9);
    expect(median([14, 27])).toBe(20.5);
  });

  it('counts each source higher, lower or the same as each incident’s median, with mean deviations', () => {
    const tally = new AgreementTally();
    tally.addIncident(
      new Map([
        ['sohr', 27],
        ['sana', 17],
        ['airwars', 20],
      ]),
    ); // median 20
    tally.addIncident(
      new Map([
        ['sohr', 14],
        ['sana', 14],
      ]),
    ); // median 14
    tally.addIncident(new Map([['sohr', 5]])); // one source: not counted
    expect(tally.rows()).toEqual([
      {
        sourceId: 'sana',
        incidents: 2,
        higher: 0,
        lower: 1,
        same: 1,
        meanDeviation: -1.5,
        meanRelativeDeviation: -0.075,
      },
      {
        sourceId: 'sohr',
        incidents: 2,
        higher: 1,
        lower: 0,
        same: 1,
        meanDeviation: 3.5,
        meanRelativeDeviation: 0.175,
      },
      { sourceId: 'airwars', incidents: 1, higher: 0, lower: 0, same: 1, meanDeviation: 0, meanRelativeDeviation: 0 },
    ]);
  });

  it('reads a relative deviation of 0 where the median is 0', () => {
    const tally = new AgreementTally();
    tally.addIncident(
      new Map([
        ['a', 0],
        ['b', 0],
        ['c', 3],
      ]),
    );
    expect(tally.rows().find((r) => r.sourceId === 'c')).toMatchObject({ higher: 1, meanRelativeDeviation: 0 });
  });
});
