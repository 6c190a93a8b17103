import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  EMPTY_FILTERS,
  placedByPublication,
  undatedHidden,
  type FilterInput,
  type FilterState,
} from '../../src/domain/filter';
import type { Claim, Incident, Report } from '../../src/domain/schema';

// A small frozen dataset: one dated incident (August 2017), two undated ones reported in August 2017 and in 2019,
// and one undated incident whose report has no publication date.
const event = (
  id: string,
  date: { from: string; to: string } | null,
  claimIds: string[],
  victims: Incident['victims'] = 'civilians',
) =>
  ({
    id,
    kind: 'incident',
    date,
    perpetrator: 'unknown',
    weapon: 'unknown',
    victims,
    killed: { min: 10, max: 10 },
    discrepancy: null,
    preliminary: false,
    revised: false,
    place_id: null,
    source_ids: ['src'],
    claim_ids: claimIds,
    current_claim_ids: claimIds,
  }) as unknown as Incident;

const incidents = [
  event('dated-aug', { from: '2017-08-20', to: '2017-08-20' }, ['c1']),
  event('undated-pub-aug', null, ['c2']),
  event('undated-pub-2019', null, ['c3'], 'combatants'),
  event('undated-no-pub', null, ['c4']),
];
const claim = (id: string, report_id: string) => [id, { id, report_id } as unknown as Claim] as const;
const report = (id: string, published: string | null) => [id, { id, published } as unknown as Report] as const;
const input: FilterInput = {
  incidents,
  tallies: [],
  claimsById: new Map([claim('c1', 'r1'), claim('c2', 'r1'), claim('c3', 'r2'), claim('c4', 'r3')]),
  placesById: new Map(),
  reportsById: new Map([report('r1', '2017-08-22'), report('r2', '2019-03-01'), report('r3', null)]),
};
const ids = (f: Partial<FilterState>) => applyFilters(input, { ...EMPTY_FILTERS, ...f }).incidents.map((e) => e.id);
const AUGUST = { from: '2017-08-01', to: '2017-08-31' };

describe('undated incidents under a date filter', () => {
  it('are hidden by default, and counted as hidden', () => {
    expect(ids(AUGUST)).toEqual(['dated-aug']);
    expect(undatedHidden(input, { ...EMPTY_FILTERS, ...AUGUST })).toEqual({ hidden: 3, placeable: 1 });
  });

  it('with "include by publication date", one reported in the range is placed there; others stay out', () => {
    expect(ids({ ...AUGUST, undatedByPublication: true })).toEqual(['dated-aug', 'undated-pub-aug']);
    expect(ids({ from: '2019-01-01', to: '2019-12-31', undatedByPublication: true })).toEqual(['undated-pub-2019']);
    // Nothing is hidden any more once the user chose to include them.
    expect(undatedHidden(input, { ...EMPTY_FILTERS, ...AUGUST, undatedByPublication: true }).hidden).toBe(0);
  });

  it('count only what every other filter keeps', () => {
    expect(undatedHidden(input, { ...EMPTY_FILTERS, ...AUGUST, victims: ['combatants'] })).toEqual({
      hidden: 1,
      placeable: 0,
    });
  });

  it('are all shown, and none hidden, without a date filter', () => {
    expect(ids({})).toHaveLength(4);
    expect(ids({ undatedByPublication: true })).toHaveLength(4);
    expect(undatedHidden(input, EMPTY_FILTERS)).toEqual({ hidden: 0, placeable: 0 });
  });

  it('marks an event placed by its publication date', () => {
    const f = { ...EMPTY_FILTERS, ...AUGUST, undatedByPublication: true };
    expect(placedByPublication(incidents[1]!, f)).toBe(true);
    expect(placedByPublication(incidents[0]!, f)).toBe(false);
    expect(placedByPublication(incidents[1]!, { ...f, from: null, to: null })).toBe(false);
  });

  it('never crash without reports to read dates from', () => {
    const { reportsById: _, ...rest } = input;
    const bare: FilterInput = { ...rest, incidents: [...incidents] };
    expect(applyFilters(bare, { ...EMPTY_FILTERS, ...AUGUST, undatedByPublication: true }).incidents).toHaveLength(1);
  });
});
