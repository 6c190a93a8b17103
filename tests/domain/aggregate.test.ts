import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  coarsenBuckets,
  bucketIndex,
  chooseUnit,
  dateExtent,
  dayNumber,
  incidentExtent,
  isoDay,
  killedByGovernorate,
  makeBuckets,
  perpetratorsPresent,
  timelineBuckets,
} from '../../src/domain/aggregate';
import type { Incident } from '../../src/domain/schema';
import { shippedValid } from '../helpers/dataset';

const data = shippedValid();

describe('days and buckets', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2017-08-20', 17398],
    ['1969-12-31', -1],
  ])('%s is day %i, and back', (iso, day) => {
    expect(dayNumber(iso)).toBe(day);
    expect(isoDay(day)).toBe(iso);
  });

  it('reads any ISO day as Date.UTC does (the digit-by-digit parser)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(dayNumber(iso)).toBe(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
      }),
    );
  });

  it.each([
    [1, 'day'],
    [92, 'day'],
    [93, 'week'],
    [730, 'week'],
    [731, 'month'],
  ] as const)('a visible span of %i days is shown by %s', (span, unit) => {
    expect(chooseUnit(span)).toBe(unit);
  });

  it('starts weeks on Monday and months on the 1st, covering both ends', () => {
    // 2017-08-16 is a Wednesday; its week starts Monday 14 August.
    const weeks = makeBuckets(dayNumber('2017-08-16'), dayNumber('2017-08-22'), 'week');
    expect(weeks.map((b) => [b.key, isoDay(b.end)])).toEqual([
      ['2017-08-14', '2017-08-20'],
      ['2017-08-21', '2017-08-27'],
    ]);
    const months = makeBuckets(dayNumber('2017-11-30'), dayNumber('2018-02-01'), 'month');
    expect(months.map((b) => [b.key, isoDay(b.end)])).toEqual([
      ['2017-11-01', '2017-11-30'],
      ['2017-12-01', '2017-12-31'],
      ['2018-01-01', '2018-01-31'],
      ['2018-02-01', '2018-02-28'],
    ]);
    expect(bucketIndex(dayNumber('2018-01-15'), months, 'month')).toBe(2);
    expect(bucketIndex(dayNumber('2017-08-21'), weeks, 'week')).toBe(1);
  });
});

describe('timelineBuckets on the shipped data', () => {
  const extent = dateExtent(data.incidents)!;

  it('spans the dated incidents, 8 June 2017 to 1 December 2024, so months', () => {
    expect(extent).toEqual({ from: '2017-06-08', to: '2024-12-01' });
    expect(chooseUnit(dayNumber(extent.to) - dayNumber(extent.from) + 1)).toBe('month');
  });

  it('counts incidents and killed per month; the three undated incidents stay off the axis', () => {
    const { buckets, undated } = timelineBuckets(data.incidents, dayNumber(extent.from), dayNumber(extent.to), 'month');
    expect(buckets).toHaveLength(91); // June 2017 … December 2024
    expect(undated).toBe(3);
    const nonEmpty = buckets.filter((b) => b.incidents > 0);
    // June 2017: al-Jazra café 14 ("at least 14" from local sources) + Ain Issa 5. August: Harat al-Badu 27 (SOHR's
    // revision; its superseded 17 no longer counts). December 2024: Idlib 16+ and 8, Aleppo hospital 12.
    expect(nonEmpty.map((b) => [b.key, b.incidents, b.killed, b.killedMax])).toEqual([
      ['2017-06-01', 2, 19, 19],
      ['2017-08-01', 1, 27, 27],
      ['2024-12-01', 3, 36, 36],
    ]);
    expect(nonEmpty[0]!.byPerpetrator).toMatchObject({ coalition: 14, unknown: 5, regime: 0 });
    expect(nonEmpty[2]!.byPerpetrator.regime).toBe(36);
  });

  it('spreads an imprecise date over its days instead of piling it on one', () => {
    const week = { ...data.incidents[1]!, date: { from: '2017-08-16', to: '2017-08-22' } } as Incident;
    const { buckets } = timelineBuckets([week], dayNumber('2017-08-14'), dayNumber('2017-08-27'), 'week');
    // 16–20 August fall in the week of the 14th (5 of 7 days), 21–22 in the next (2 of 7); 27 killed split alike.
    expect(buckets.map((b) => b.incidents)).toEqual([5 / 7, 2 / 7]);
    expect(buckets[0]!.killed).toBeCloseTo((27 * 5) / 7, 10);
    expect(buckets.reduce((s, b) => s + b.incidents, 0)).toBeCloseTo(1, 12);
  });

  it('keeps every dated incident whole: the weights of each unit add up to the number of incidents', () => {
    for (const unit of ['day', 'week', 'month'] as const) {
      const { buckets } = timelineBuckets(data.incidents, dayNumber(extent.from), dayNumber(extent.to), unit);
      expect(buckets.reduce((s, b) => s + b.incidents, 0)).toBeCloseTo(6, 9);
      expect(buckets.reduce((s, b) => s + b.killed, 0)).toBeCloseTo(19 + 27 + 36, 9);
    }
  });

  it('drops the days that fall outside the buckets', () => {
    const week = { ...data.incidents[1]!, date: { from: '2017-08-16', to: '2017-08-22' } } as Incident;
    const { buckets } = timelineBuckets([week], dayNumber('2017-08-21'), dayNumber('2017-08-22'), 'day');
    expect(buckets.map((b) => b.incidents)).toEqual([1 / 7, 1 / 7]);
  });
});

describe("reading a selection through the dataset's columns", () => {
  const all = data.incidents;
  const subset = all.filter((e) => e.governorate !== 'Raqqa');

  it('gives what the subset alone gives, whether in dataset order or not', () => {
    const extent = dateExtent(all)!;
    const [from, to] = [dayNumber(extent.from), dayNumber(extent.to)];
    const alone = timelineBuckets(subset, from, to, 'month');
    expect(timelineBuckets(subset, from, to, 'month', all)).toEqual(alone);
    // Out of order: the columns cannot be matched by one pass, so the subset's own are built.
    expect(timelineBuckets([...subset].reverse(), from, to, 'month', all)).toEqual(alone);
    expect(killedByGovernorate(subset, all)).toEqual(killedByGovernorate(subset));
    // Outside Raqqa only the December 2024 incidents are dated.
    expect(incidentExtent(subset, all)).toEqual({ from: dayNumber('2024-12-01'), to: dayNumber('2024-12-01') });
  });
});

describe('killedByGovernorate on the shipped data', () => {
  it('sums each governorate as a range, stacked by perpetrator, most killed first', () => {
    const rows = killedByGovernorate(data.incidents);
    expect(rows.map((r) => [r.governorate, r.incidents, r.killed])).toEqual([
      // Russian MoD "more than 200" (min 201, open) + Hajin 3.
      ['Deir ez-Zor', 2, { min: 204, max: 204, open: true }],
      // Harat al-Badu 40 (September) + 27 (August) + al-Jazra 14 ("at least") + Ain Issa 5.
      ['Raqqa', 4, { min: 86, max: 86, open: true }],
      ['Idlib', 2, { min: 24, max: 24, open: true }],
      ['Aleppo', 1, { min: 12, max: 12, open: false }],
    ]);
    expect(rows[1]!.byPerpetrator).toMatchObject({ coalition: 81, unknown: 5 });
    expect(rows[0]!.byPerpetrator).toMatchObject({ russia: 201, coalition: 3 });
    expect(perpetratorsPresent(rows)).toEqual(['coalition', 'russia', 'regime', 'unknown']);
  });
});

describe('coarsenBuckets', () => {
  const bucket = (i: number, killed: number) =>
    ({
      key: `k${i}`,
      start: i * 30,
      end: i * 30 + 29,
      incidents: 1,
      killed,
      killedMax: killed,
      byPerpetrator: {
        regime: killed,
        russia: 0,
        regime_russia: 0,
        coalition: 0,
        isis: 0,
        sdf: 0,
        opposition: 0,
        unknown: 0,
      },
    }) as const;
  it('joins 168 months into at most 60 bars and keeps every total', () => {
    const months = Array.from({ length: 168 }, (_, i) => bucket(i, i % 5));
    const { buckets, per } = coarsenBuckets(months, 60);
    expect(per).toBe(3);
    expect(buckets).toHaveLength(56);
    const sum = (xs: ReadonlyArray<{ killed: number }>) => xs.reduce((a, b) => a + b.killed, 0);
    expect(sum(buckets)).toBe(sum(months));
    expect(buckets[1]).toMatchObject({ key: 'k3', start: 90, end: 5 * 30 + 29, incidents: 3 });
    expect(buckets[1]!.byPerpetrator.regime).toBe(3 + 4 + 0);
  });
  it('leaves a short series alone', () => {
    expect(coarsenBuckets([bucket(0, 1), bucket(1, 2)], 60).per).toBe(1);
  });
});
