import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/dataset/model';
import { applyFilters, EMPTY_FILTERS, isEmptyFilter, warmFilters, type FilterState } from '../../src/domain/filter';
import { facetCounts } from '../../src/domain/facets';
import { validateDataset } from '../../src/domain/validate';

// The shipped dataset, loaded the way the app loads it: 9 incidents and 10 tallies from 5 reports.
const result = validateDataset(JSON.parse(readFileSync('tests/fixtures/dataset-v2/dataset.json', 'utf8')));
if (!result.ok) throw new Error(result.detail);
const model = buildModel(result.dataset);

const run = (f: Partial<FilterState>) => {
  const s = applyFilters(model, { ...EMPTY_FILTERS, ...f });
  return { incidents: s.incidents.map((e) => e.id), tallies: s.tallies.map((e) => e.id) };
};

const RAQQA_INCIDENTS = [
  'raqqa-2017-09-harat-al-badu-residential-building',
  'raqqa-2017-08-20-harat-al-badu-coalition-strike',
  'raqqa-2017-06-08-jazra-internet-cafe',
  'ain-issa-2017-06-08-landmine-children',
];
const RAQQA_TALLIES = [
  'raqqa-city-2017-08-16-to-22-coalition-week-tally',
  'raqqa-countryside-2017-landmine-remnants-tally',
  'raqqa-city-2017-06-onward-ohchr-tally',
];
const IDLIB_CITY_1_DEC = [
  'idlib-city-2024-12-01-qusour-khamara-shamali-strikes',
  'idlib-city-2024-12-01-earlier-airstrikes',
];

describe('applyFilters on the shipped data', () => {
  const cases: Array<[string, Partial<FilterState>, { incidents: string[]; tallies: string[] }]> = [
    [
      // Regional tallies ("Idlib and Aleppo") are not inside Idlib, so they stay out.
      'Idlib governorate + 1 December 2024 gives exactly the Idlib city incidents of that day',
      { places: ['gov-SY07'], from: '2024-12-01', to: '2024-12-01' },
      { incidents: IDLIB_CITY_1_DEC, tallies: [] },
    ],
    ['a city includes its neighbourhoods', { places: ['gn-169389'] }, { incidents: IDLIB_CITY_1_DEC, tallies: [] }],
    [
      'Raqqa governorate includes its city, towns, villages and landmarks',
      { places: ['gov-SY11'] },
      { incidents: RAQQA_INCIDENTS, tallies: RAQQA_TALLIES },
    ],
    [
      'a date range keeps events whose span overlaps it and drops undated ones',
      { from: '2017-08-01', to: '2017-08-31' },
      {
        incidents: ['raqqa-2017-08-20-harat-al-badu-coalition-strike'],
        tallies: ['raqqa-city-2017-08-16-to-22-coalition-week-tally'],
      },
    ],
    [
      'perpetrator: the coalition',
      { perpetrators: ['coalition'] },
      {
        incidents: [...RAQQA_INCIDENTS.slice(0, 3), 'hajin-2017-06-coalition-drone-isis-car'],
        tallies: ['raqqa-city-2017-08-16-to-22-coalition-week-tally'],
      },
    ],
    [
      'victims: combatants',
      { victims: ['combatants'] },
      {
        incidents: ['deir-ez-zor-2017-08-russia-strike-isis-convoy', 'hajin-2017-06-coalition-drone-isis-car'],
        tallies: [],
      },
    ],
    [
      'weapon: landmine',
      { weapons: ['landmine'] },
      {
        incidents: ['ain-issa-2017-06-08-landmine-children'],
        tallies: ['raqqa-countryside-2017-landmine-remnants-tally'],
      },
    ],
    [
      'source: the White Helmets',
      { sources: ['white-helmets'] },
      {
        incidents: ['idlib-city-2024-12-01-earlier-airstrikes'],
        tallies: [
          'idlib-countryside-2017-09-26-regime-russia-airstrikes',
          'nw-syria-2024-11-30-daily-tally',
          'nw-syria-2024-11-27-to-30-four-day-tally',
        ],
      },
    ],
    ['kind: tallies only', { kinds: ['tally'] }, { incidents: [], tallies: model.tallies.map((t) => t.id) }],
    [
      'status: preliminary figures',
      { statuses: ['preliminary'] },
      {
        incidents: ['idlib-city-2024-12-01-earlier-airstrikes', 'aleppo-2024-12-01-university-hospital-strike'],
        tallies: [],
      },
    ],
    [
      'status: revised figures',
      { statuses: ['revised'] },
      { incidents: ['raqqa-2017-08-20-harat-al-badu-coalition-strike'], tallies: [] },
    ],
    [
      'minimum killed reads the upper figure, open ranges by their lower one',
      { minKilled: 100 },
      {
        incidents: ['deir-ez-zor-2017-08-russia-strike-isis-convoy'],
        tallies: [
          'idlib-countryside-2017-09-19-to-26-escalation-tally',
          'raqqa-city-2017-08-16-to-22-coalition-week-tally',
          'raqqa-city-2017-06-onward-ohchr-tally',
        ],
      },
    ],
    [
      // The only event with two sources giving figures (al-Jazra) has them agree.
      'sources disagree: none in the shipped data',
      { disagree: true },
      { incidents: [], tallies: [] },
    ],
  ];
  it.each(cases)('%s', (_name, filters, expected) => {
    expect(run(filters)).toEqual(expected);
  });

  it('no filter keeps everything, in dataset order', () => {
    expect(run({})).toEqual({ incidents: model.incidents.map((e) => e.id), tallies: model.tallies.map((e) => e.id) });
    expect(isEmptyFilter(EMPTY_FILTERS)).toBe(true);
    expect(isEmptyFilter({ ...EMPTY_FILTERS, query: '  ' })).toBe(true);
    expect(isEmptyFilter({ ...EMPTY_FILTERS, minKilled: 0 })).toBe(false);
  });
});

describe('Arabic-aware search on the shipped data', () => {
  const cases: Array<[string, string, { incidents: string[]; tallies: string[] }]> = [
    [
      'الرقه (ta marbuta as ha) finds every Raqqa event',
      'الرقه',
      { incidents: RAQQA_INCIDENTS, tallies: RAQQA_TALLIES },
    ],
    ['English place names: raqqa', 'raqqa', { incidents: RAQQA_INCIDENTS, tallies: RAQQA_TALLIES }],
    [
      'ادلب (bare alef) finds إدلب, including regions named after it',
      'ادلب',
      {
        incidents: IDLIB_CITY_1_DEC,
        tallies: [
          'idlib-rif-dimashq-2017-09-26-regime-russia-daily-tally',
          'idlib-countryside-2017-09-26-regime-russia-airstrikes',
          'idlib-countryside-2017-09-19-to-26-escalation-tally',
          'idlib-aleppo-2024-12-01-daily-tally',
          'nw-syria-2024-11-30-daily-tally',
          'nw-syria-2024-11-27-to-30-four-day-tally',
        ],
      },
    ],
    [
      'a source by its Arabic name',
      'المرصد',
      {
        incidents: ['raqqa-2017-08-20-harat-al-badu-coalition-strike'],
        tallies: ['raqqa-city-2017-08-16-to-22-coalition-week-tally'],
      },
    ],
    [
      'several words must all occur (source English name)',
      'white HELMETS',
      {
        incidents: ['idlib-city-2024-12-01-earlier-airstrikes'],
        tallies: [
          'idlib-countryside-2017-09-26-regime-russia-airstrikes',
          'nw-syria-2024-11-30-daily-tally',
          'nw-syria-2024-11-27-to-30-four-day-tally',
        ],
      },
    ],
    [
      'Arabic-Indic digits find the Latin figure in a quote',
      '١٤ مدنيا',
      { incidents: ['raqqa-2017-06-08-jazra-internet-cafe'], tallies: [] },
    ],
    ['no match gives nothing', 'zzzz', { incidents: [], tallies: [] }],
  ];
  it.each(cases)('%s', (_name, query, expected) => {
    expect(run({ query })).toEqual(expected);
  });

  it('search combines with other filters', () => {
    expect(run({ query: 'الرقه', weapons: ['landmine'] })).toEqual({
      incidents: ['ain-issa-2017-06-08-landmine-children'],
      tallies: ['raqqa-countryside-2017-landmine-remnants-tally'],
    });
  });
});

describe('facetCounts', () => {
  it('counts each option with every other filter kept', () => {
    const counts = facetCounts(model, { ...EMPTY_FILTERS, perpetrators: ['coalition'] });
    expect(counts.total).toBe(5);
    // The perpetrator facet ignores its own filter: every event counts once.
    expect(Object.fromEntries(counts.perpetrators)).toEqual({
      coalition: 5,
      russia: 1,
      unknown: 3,
      regime: 4,
      regime_russia: 6,
    });
    // Other facets count within the coalition's events.
    expect(Object.fromEntries(counts.weapons)).toEqual({ airstrike: 4, drone: 1 });
    expect(counts.places.get('gov-SY11')).toBe(4);
    expect(counts.places.get('gn-172955')).toBe(3);
  });

  it('agrees with applyFilters on the total', () => {
    const f: FilterState = { ...EMPTY_FILTERS, places: ['gov-SY07'], from: '2024-12-01' };
    const s = applyFilters(model, f);
    expect(facetCounts(model, f).total).toBe(s.incidents.length + s.tallies.length);
  });
});

describe('warming the indexes ahead of use', () => {
  it('gives the same results as building them on the first search', () => {
    // A fresh model, so its indexes are built here rather than by the tests above.
    const fresh = buildModel(result.ok ? result.dataset : (undefined as never));
    const queue: Array<() => void> = [];
    warmFilters(fresh, (step) => queue.push(step));
    while (queue.length > 0) queue.shift()!();
    const s = applyFilters(fresh, { ...EMPTY_FILTERS, query: 'ادلب' });
    expect(s.incidents.map((e) => e.id)).toEqual(IDLIB_CITY_1_DEC);
  });
});
