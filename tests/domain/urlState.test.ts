import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/domain/filter';
import { PERPETRATORS, VICTIMS, WEAPONS } from '../../src/domain/vocabulary';
import {
  changedParams,
  isMapOnly,
  MAX_QUERY,
  parseView,
  reconcileView,
  serialiseView,
  type UrlView,
} from '../../src/state/urlState';

const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,30}$/);
const isoDay = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const subset = <T>(values: readonly T[]) =>
  fc.subarray([...values]).chain((xs) => fc.shuffledSubarray(xs, { minLength: xs.length }));
// Finite numbers in range; -0 is written "0", so it is generated as 0.
const num = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n));

const dateRange = fc
  .tuple(fc.option(isoDay), fc.option(isoDay))
  .map(([a, b]): [string | null, string | null] => (a !== null && b !== null && b < a ? [b, a] : [a, b]));

const view: fc.Arbitrary<UrlView> = fc.record(
  {
    language: fc.constantFrom('ar' as const, 'en' as const),
    compare: fc.boolean(),
    filters: fc
      .record({
        range: dateRange,
        places: fc.uniqueArray(id, { maxLength: 4 }),
        perpetrators: subset(PERPETRATORS),
        weapons: subset(WEAPONS),
        victims: subset(VICTIMS),
        sources: fc.uniqueArray(id, { maxLength: 4 }),
        kinds: subset(['incident', 'tally'] as const),
        statuses: subset(['preliminary', 'revised'] as const),
        minKilled: fc.option(fc.integer({ min: 0, max: 1_000_000 })),
        disagree: fc.boolean(),
        undatedByPublication: fc.boolean(),
        query: fc.string({ unit: 'grapheme', maxLength: 40 }),
      })
      .map(({ range: [from, to], ...rest }) => ({ from, to, ...rest })),
    selectedId: fc.option(id),
    report: fc.option(fc.record({ reportId: id, claimId: fc.option(id) })),
    mapView: fc.option(fc.record({ lat: num(-90, 90), lon: num(-180, 180), zoom: num(0, 20) })),
    digits: fc.constantFrom('latn' as const, 'arab' as const),
  },
  { requiredKeys: ['language', 'compare', 'filters', 'selectedId', 'report', 'mapView'] },
);

describe('URL round trip', () => {
  it('state → URL → state is the identity, with no notices', () => {
    fc.assert(
      fc.property(view, (v) => {
        const url = serialiseView(v).toString();
        const back = parseView(`?${url}`, v.language === 'ar' ? 'en' : 'ar');
        expect(back.notices).toEqual([]);
        expect(back.view).toEqual(v);
      }),
      { numRuns: 500 },
    );
  });

  it('an empty URL gives no filters and the fallback language', () => {
    expect(parseView('', 'en')).toEqual({
      view: { language: 'en', filters: EMPTY_FILTERS, selectedId: null, report: null, mapView: null, compare: false },
      notices: [],
    });
  });

  it('writes a readable URL: lists comma-separated, Arabic search text encoded', () => {
    const v: UrlView = {
      language: 'ar',
      compare: false,
      filters: {
        ...EMPTY_FILTERS,
        places: ['gov-SY07'],
        from: '2024-12-01',
        to: '2024-12-01',
        perpetrators: ['regime'],
        query: 'ادلب',
      },
      selectedId: null,
      report: null,
      mapView: { lat: 35.93, lon: 36.63, zoom: 11 },
    };
    expect(decodeURIComponent(serialiseView(v).toString())).toBe(
      'lang=ar&from=2024-12-01&to=2024-12-01&place=gov-SY07&perp=regime&q=ادلب&lat=35.93&lon=36.63&zoom=11',
    );
  });
});

describe('junk in the URL is ignored with notices, never a crash', () => {
  it('?from=banana&zoom=999&perp=<script> keeps what is valid and reports the rest', () => {
    const { view: v, notices } = parseView('?from=banana&zoom=999&lat=1&lon=2&perp=<script>,regime&lang=en', 'ar');
    expect(v.filters).toEqual({ ...EMPTY_FILTERS, perpetrators: ['regime'] });
    expect(v.mapView).toBeNull();
    expect(v.language).toBe('en');
    expect(notices).toEqual([
      { param: 'from', value: 'banana', reason: 'invalid' },
      { param: 'perp', value: '<script>', reason: 'invalid' },
      { param: 'zoom', value: '999', reason: 'out-of-range' },
    ]);
    // Exactly the link from the issue: one notice per bad parameter.
    expect(parseView('?from=banana&zoom=999&perp=<script>', 'ar').notices.map((n) => n.param)).toEqual([
      'from',
      'perp',
      'zoom',
    ]);
  });

  const cases: Array<[string, string, { param: string; reason: string }]> = [
    ['unknown parameter', '?utm_source=x', { param: 'utm_source', reason: 'unknown' }],
    ['unknown language', '?lang=fr', { param: 'lang', reason: 'invalid' }],
    ['impossible day', '?from=2024-02-30', { param: 'from', reason: 'invalid' }],
    ['range ending before it starts', '?from=2024-12-02&to=2024-12-01', { param: 'to', reason: 'out-of-range' }],
    ['negative minimum', '?min=-3', { param: 'min', reason: 'out-of-range' }],
    ['fractional minimum', '?min=2.5', { param: 'min', reason: 'out-of-range' }],
    ['non-number minimum', '?min=ten', { param: 'min', reason: 'invalid' }],
    ['latitude beyond the pole', '?lat=91&lon=0&zoom=3', { param: 'lat', reason: 'out-of-range' }],
    ['infinite longitude', '?lat=1&lon=Infinity&zoom=3', { param: 'lon', reason: 'invalid' }],
    ['id with spaces', '?sel=a%20b', { param: 'sel', reason: 'invalid' }],
    ['claim without report', '?claim=001-1', { param: 'claim', reason: 'invalid' }],
    ['disagree other than 1', '?disagree=yes', { param: 'disagree', reason: 'invalid' }],
    ['repeated single parameter', '?q=a&q=b', { param: 'q', reason: 'invalid' }],
  ];
  it.each(cases)('%s', (_name, search, expected) => {
    const { notices } = parseView(search, 'ar');
    expect(notices).toEqual([expect.objectContaining(expected)]);
  });

  it('cuts search text longer than the limit', () => {
    const { view: v, notices } = parseView(`?q=${'ا'.repeat(MAX_QUERY + 5)}`, 'ar');
    expect(v.filters.query).toHaveLength(MAX_QUERY);
    expect(notices[0]?.reason).toBe('out-of-range');
    expect(notices[0]?.value.length).toBeLessThanOrEqual(60);
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const { view: v } = parseView(s, 'ar');
        expect(['ar', 'en']).toContain(v.language);
      }),
      { numRuns: 300 },
    );
  });
});

describe('reconcileView', () => {
  it('drops ids the dataset lacks, with a notice each', () => {
    const { view: v } = parseView('?place=gov-SY07,gov-XX&source=sohr&sel=nope&report=r9', 'ar');
    const known = {
      places: new Set(['gov-SY07']),
      sources: new Set(['sohr']),
      events: new Set<string>(),
      reports: new Set<string>(),
    };
    const out = reconcileView(v, known);
    expect(out.view.filters.places).toEqual(['gov-SY07']);
    expect(out.view.filters.sources).toEqual(['sohr']);
    expect(out.view.selectedId).toBeNull();
    expect(out.view.report).toBeNull();
    expect(out.notices.map((n) => `${n.param}=${n.value}:${n.reason}`)).toEqual([
      'place=gov-XX:not-in-data',
      'sel=nope:not-in-data',
      'report=r9:not-in-data',
    ]);
  });
});

describe('history entries', () => {
  it('names the parameters that changed, so a burst of one change can share an entry', () => {
    expect(changedParams('?lang=ar&from=2017-01-01', '?lang=ar&from=2017-02-01&kind=tally')).toBe('from,kind');
    expect(changedParams('?lang=ar', '?lang=ar')).toBe('');
    expect(isMapOnly(changedParams('?lang=ar&lat=1&lon=2&zoom=3', '?lang=ar&lat=1.5&lon=2&zoom=4'))).toBe(true);
    expect(isMapOnly(changedParams('?lang=ar', '?lang=ar&lat=1&lon=2&zoom=3&q=x'))).toBe(false);
    expect(isMapOnly('')).toBe(false);
  });
});

describe('the digits choice in the URL', () => {
  it('opens with Arabic-Indic digits from digits=arab, and leaves the device choice when absent', () => {
    expect(parseView('?digits=arab', 'ar').view.digits).toBe('arab');
    expect(parseView('?lang=ar', 'ar').view).not.toHaveProperty('digits');
  });

  it('ignores any other value with a notice', () => {
    const { view, notices } = parseView('?digits=roman&lang=en', 'ar');
    expect(view).not.toHaveProperty('digits');
    expect(view.language).toBe('en');
    expect(notices).toEqual([{ param: 'digits', value: 'roman', reason: 'invalid' }]);
  });
});

describe('the UCDP GED comparison in the URL', () => {
  it('turns on with compare=ucdp and is written back', () => {
    const { view, notices } = parseView('?lang=en&compare=ucdp', 'ar');
    expect(view.compare).toBe(true);
    expect(notices).toEqual([]);
    expect(serialiseView(view).get('compare')).toBe('ucdp');
  });
  it('ignores an unknown dataset with a notice and stays off', () => {
    const { view, notices } = parseView('?compare=acled', 'ar');
    expect(view.compare).toBe(false);
    expect(notices).toEqual([{ param: 'compare', value: 'acled', reason: 'invalid' }]);
  });
});

describe('undated events by publication date in the URL', () => {
  it('turns on with undated=published and is written back', () => {
    const { view, notices } = parseView('?lang=en&from=2017-01-01&to=2017-12-31&undated=published', 'ar');
    expect(view.filters.undatedByPublication).toBe(true);
    expect(notices).toEqual([]);
    expect(serialiseView(view).get('undated')).toBe('published');
  });
  it('ignores any other value with a notice', () => {
    const { view, notices } = parseView('?undated=guess', 'ar');
    expect(view.filters.undatedByPublication).toBe(false);
    expect(notices).toEqual([{ param: 'undated', value: 'guess', reason: 'invalid' }]);
  });
});
