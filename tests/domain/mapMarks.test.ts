import { describe, expect, it } from 'vitest';
import Supercluster from 'supercluster';
import {
  HALO_METRES,
  MAX_MARK_RADIUS_PX,
  MIN_MARK_RADIUS_PX,
  clusterRadiusPx,
  mapPoint,
  spotsOf,
  spotsOfSlots,
  locateIncidents,
  markKilled,
  markRadiusPx,
  mergeSummary,
  metresPerPixel,
  perpetratorShares,
  pointSummary,
  type ClusterSummary,
  type Spot,
} from '../../src/domain/mapMarks';
import { tallyArea } from '../../src/domain/tallyAreas';
import { PERPETRATOR_COLOURS } from '../../src/lib/palette';
import { PERPETRATORS } from '../../src/domain/vocabulary';
import { shippedModel } from '../helpers/dataset';
import { EMPTY_FILTERS, indexOf, type FilterInput } from '../../src/domain/filter';
import { selectionPass } from '../../src/domain/selectionPass';

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
  it('sums counts, known killed and perpetrators', () => {
    const sum = pointSummary({ killed: 40, perpetrator: 'coalition' });
    mergeSummary(sum, pointSummary({ killed: null, perpetrator: 'coalition' }));
    mergeSummary(sum, pointSummary({ killed: 12, perpetrator: 'regime' }));
    expect(sum.count).toBe(3);
    expect(sum.killed).toBe(52);
    expect(perpetratorShares(sum)).toEqual([
      ['coalition', 2 / 3],
      ['regime', 1 / 3],
    ]);
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

describe('spots', () => {
  it('groups incidents drawn at the same place, summing them, in input order', () => {
    const model = shippedModel();
    const { spots, unlocated, located } = spotsOf(model.incidents, model.placesById);
    expect(unlocated).toEqual([]);
    expect(located).toBe(model.incidents.length);
    expect(spots.reduce((n, s) => n + s.members.length, 0)).toBe(model.incidents.length);
    const raqqa = spots.find((s) => s.placeId === 'gn-172955');
    expect(raqqa?.members.map((i) => model.incidents[i]?.id)).toEqual([
      'raqqa-2017-09-harat-al-badu-residential-building',
      'raqqa-2017-08-20-harat-al-badu-coalition-strike',
    ]);
    expect(raqqa?.summary).toMatchObject({ count: 2, killed: 67 });
    expect(raqqa?.haloM).toBe(HALO_METRES.city);
  });

  it('agrees with locating incidents one by one', () => {
    const model = shippedModel();
    const { points } = locateIncidents(model.incidents, model.placesById);
    const { spots } = spotsOf(model.incidents, model.placesById);
    const fromSpots = spots.flatMap((s) => s.members.map((i) => mapPoint(model.incidents[i]!, s)));
    expect(fromSpots.sort((a, b) => a.id.localeCompare(b.id))).toEqual(points.sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('sets aside incidents that cannot be located', () => {
    const model = shippedModel();
    const first = model.incidents[0]!;
    expect(spotsOf([{ ...first, place_id: 'no-such-place' }], model.placesById)).toEqual({
      spots: [],
      unlocated: [first.id],
      located: 0,
    });
  });

  it('reads the same spots from the filter index columns as from the incidents, for any selection', () => {
    const model = shippedModel();
    const first = model.incidents[0]!;
    // One incident more at a place the dataset does not know, and one with no place: both are set aside.
    const input: FilterInput = {
      ...model,
      incidents: [
        ...model.incidents,
        { ...first, id: 'lost', place_id: 'no-such-place' },
        { ...first, id: 'nowhere', place_id: null },
      ],
    };
    for (const filters of [EMPTY_FILTERS, { ...EMPTY_FILTERS, perpetrators: [first.perpetrator] }]) {
      const pass = selectionPass(input, filters);
      const fromColumns = spotsOfSlots(indexOf(input), pass.slots, pass.incidents, input.placesById);
      const fromObjects = spotsOf(pass.incidents, input.placesById);
      // The same spots; from the columns they come in the index's place order.
      const byPlace = (spots: readonly Spot[]) => [...spots].sort((a, b) => a.placeId.localeCompare(b.placeId));
      expect(byPlace(fromColumns.spots)).toEqual(byPlace(fromObjects.spots));
      expect({ ...fromColumns, spots: [] }).toEqual({ ...fromObjects, spots: [] });
    }
    expect(
      spotsOfSlots(indexOf(input), selectionPass(input, EMPTY_FILTERS).slots, input.incidents, input.placesById)
        .unlocated,
    ).toEqual(['lost', 'nowhere']);
  });

  it('sums clusters at every zoom without changing the spots or finer clusters they were built from', () => {
    // Four spots: two pairs close together, the pairs far apart; each pair joins first, then all four.
    const spots = [
      { at: [36.0, 35.0], s: pointSummary({ killed: 3, perpetrator: 'isis' }) },
      { at: [36.001, 35.0], s: pointSummary({ killed: 5, perpetrator: 'regime' }) },
      { at: [37.0, 36.0], s: pointSummary({ killed: 7, perpetrator: 'isis' }) },
      { at: [37.001, 36.0], s: pointSummary({ killed: 11, perpetrator: 'coalition' }) },
    ];
    const before = structuredClone(spots.map((p) => p.s));
    const index = new Supercluster<{ g: number }, ClusterSummary>({
      radius: 120,
      maxZoom: 15,
      map: ({ g }) => ({ ...spots[g]!.s }),
      reduce: mergeSummary,
    }).load(
      spots.map((p, g) => ({ type: 'Feature', properties: { g }, geometry: { type: 'Point', coordinates: p.at } })),
    );
    const sums = (zoom: number) =>
      index
        .getClusters([-180, -85, 180, 85], zoom)
        .map((f) => ('cluster' in f.properties ? f.properties : spots[f.properties.g]!.s))
        .map((p) => [p.count, p.killed, p.byPerpetrator.reduce((a, b) => a + b, 0)])
        .sort((a, b) => a[1]! - b[1]!);
    expect(sums(0)).toEqual([[4, 26, 4]]);
    expect(sums(8)).toEqual([
      [2, 8, 2],
      [2, 18, 2],
    ]);
    expect(sums(0)).toEqual([[4, 26, 4]]);
    expect(spots.map((p) => p.s)).toEqual(before);
  });

  it('never changes a merged summary’s perpetrator counts afterwards', () => {
    const a = pointSummary({ killed: 1, perpetrator: 'isis' });
    const b = { ...a };
    mergeSummary(b, pointSummary({ killed: 1, perpetrator: 'isis' }));
    expect(a.byPerpetrator).toEqual(pointSummary({ killed: 1, perpetrator: 'isis' }).byPerpetrator);
  });
});
