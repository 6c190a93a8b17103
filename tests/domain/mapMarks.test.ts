import { describe, expect, it } from 'vitest';
import {
  HALO_METRES,
  MAX_MARK_RADIUS_PX,
  MIN_MARK_RADIUS_PX,
  clusterRadiusPx,
  locateIncidents,
  markKilled,
  markRadiusPx,
  metresPerPixel,
  perpetratorShares,
} from '../../src/domain/mapMarks';
import { tallyArea } from '../../src/domain/tallyAreas';
import { PERPETRATOR_COLOURS } from '../../src/lib/palette';
import { PERPETRATORS } from '../../src/domain/vocabulary';
import { shippedModel } from '../helpers/dataset';

describe('mark size: area proportional to killed', () => {
  it.each([
    [{ min: 40, max: 40 }, 40],
    [{ min: 201, max: null }, 201],
    [{ min: 17, max: 27 }, 27],
    [null, null],
  ])('sizes %j by %s', (killed, expected) => {
    expect(markKilled(killed)).toBe(expected);
  });

  it('doubles the area when the killed double', () => {
    const area = (n: number) => Math.PI * markRadiusPx(n) ** 2;
    expect(area(200) / area(100)).toBeCloseTo(2, 6);
    expect(area(40) / area(10)).toBeCloseTo(4, 6);
  });

  it('keeps unknown and tiny figures visible, and caps huge ones', () => {
    expect(markRadiusPx(null)).toBe(MIN_MARK_RADIUS_PX);
    expect(markRadiusPx(0)).toBe(MIN_MARK_RADIUS_PX);
    expect(markRadiusPx(1)).toBe(MIN_MARK_RADIUS_PX);
    expect(markRadiusPx(1_000_000)).toBe(MAX_MARK_RADIUS_PX);
  });
});

describe('precision: halo by the kind of place a point is drawn at', () => {
  it('draws neighbourhoods and landmarks solid, and grows the halo with vagueness', () => {
    expect(HALO_METRES.neighborhood).toBe(0);
    expect(HALO_METRES.landmark).toBe(0);
    const order = (['village', 'town', 'city', 'district', 'governorate', 'region'] as const).map(
      (k) => HALO_METRES[k],
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThan(0);
  });

  it('converts metres to pixels as Web Mercator does', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(156_543.03, 1);
    expect(metresPerPixel(60, 1)).toBeCloseTo(156_543.03 / 4, 1);
  });

  it('draws an incident without coordinates at its nearest located ancestor, with that ancestor’s halo', () => {
    const model = shippedModel();
    const { points, unlocated } = locateIncidents(model.incidents, model.placesById);
    expect(unlocated).toEqual([]);
    expect(points).toHaveLength(model.incidents.length);
    const badu = points.find((p) => p.id === 'raqqa-2017-09-harat-al-badu-residential-building');
    expect(badu).toMatchObject({ locatedAt: 'gn-172955', borrowed: true, haloM: HALO_METRES.city, killed: 40 });
    expect(badu?.lat).toBeCloseTo(35.95283, 5);
    const deir = points.find((p) => p.id === 'deir-ez-zor-2017-08-russia-strike-isis-convoy');
    expect(deir).toMatchObject({ locatedAt: 'gov-SY09', borrowed: false, haloM: HALO_METRES.governorate, killed: 201 });
  });

  it('leaves out, and reports, an incident with no located place in its lineage', () => {
    const model = shippedModel();
    const first = model.incidents[0]!;
    const { points, unlocated } = locateIncidents([{ ...first, place_id: 'no-such-place' }], model.placesById);
    expect(points).toEqual([]);
    expect(unlocated).toEqual([first.id]);
  });
});

describe('colour', () => {
  it('has a distinct colour for every perpetrator', () => {
    const colours = PERPETRATORS.map((p) => PERPETRATOR_COLOURS[p]);
    expect(new Set(colours).size).toBe(PERPETRATORS.length);
  });
});

describe('cluster summaries', () => {
  it('gives perpetrator shares from the largest, dropping zeros', () => {
    const byPerpetrator = PERPETRATORS.map((p) => (p === 'coalition' ? 2 : p === 'regime' ? 1 : 0));
    expect(perpetratorShares({ count: 3, killed: 52, byPerpetrator })).toEqual([
      ['coalition', 2 / 3],
      ['regime', 1 / 3],
    ]);
    expect(perpetratorShares({ count: 0, killed: 0, byPerpetrator: PERPETRATORS.map(() => 0) })).toEqual([]);
  });

  it('grows cluster discs with count, within bounds', () => {
    expect(clusterRadiusPx(2)).toBeLessThan(clusterRadiusPx(50));
    expect(clusterRadiusPx(1_000_000)).toBe(34);
  });
});

describe('tally areas', () => {
  const model = shippedModel();
  it('outlines a governorate tally by its P-code', () => {
    expect(tallyArea('gov-SY07', model.placesById)).toEqual({ governoratePcodes: ['SY07'], circles: [] });
  });
  it('outlines a region by its member governorates', () => {
    expect(tallyArea('rasd-region-idlib-aleppo', model.placesById).governoratePcodes).toEqual(['SY07', 'SY02']);
  });
  it('outlines a city tally as a circle around the city', () => {
    const area = tallyArea('gn-172955', model.placesById);
    expect(area.governoratePcodes).toEqual([]);
    expect(area.circles).toEqual([{ lat: 35.95283, lon: 39.00788, radiusM: HALO_METRES.city, placeId: 'gn-172955' }]);
  });
  it('outlines a district without coordinates by its governorate, never a made-up shape', () => {
    expect(tallyArea('rasd-eastern-ghouta', model.placesById)).toEqual({ governoratePcodes: ['SY03'], circles: [] });
  });
});
