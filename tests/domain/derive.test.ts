import { describe, expect, it } from 'vitest';
import { countRange, discrepancy } from '../../src/domain/derive';
import type { Claim } from '../../src/domain/schema';
import { shippedValid } from '../helpers/dataset';

const dataset = shippedValid();
const incident = (id: string) => {
  const found = dataset.incidents.find((i) => i.id === id);
  if (!found) throw new Error(`no incident ${id}`);
  return found;
};

describe('incidents derived from the founding reports', () => {
  it('counts only the revised SOHR figure for Harat al-Badu, 20 August 2017 (17 → 27)', () => {
    const harat = incident('raqqa-2017-08-20-harat-al-badu-coalition-strike');
    expect(harat.claim_ids).toEqual(['001-1', '001-2']);
    expect(harat.current_claim_ids).toEqual(['001-2']);
    expect(harat.killed).toEqual({ min: 27, max: 27 });
    expect(harat.revised).toBe(true);
    expect(harat.source_count).toBe(1);
    expect(harat.date).toEqual({ from: '2017-08-20', to: '2017-08-20' });
  });

  it('keeps the late-September Harat al-Badu strike a separate incident', () => {
    expect(incident('raqqa-2017-09-harat-al-badu-residential-building').killed).toEqual({ min: 40, max: 40 });
  });

  it('joins two sources on al-Jazra: 14 and "at least 14" give an open range and no disagreement', () => {
    const jazra = incident('raqqa-2017-06-08-jazra-internet-cafe');
    expect(jazra.source_count).toBe(2);
    expect(jazra.killed).toEqual({ min: 14, max: null });
    expect(jazra.discrepancy).toBe(0);
    // The finest place any claim gives: the junction, not the city.
    expect(jazra.place_id).toBe('rasd-raqqa-jazra-junction');
    expect(jazra.precision).toBe('neighborhood');
  });

  it('keeps tallies apart from incidents', () => {
    expect(dataset.incidents).toHaveLength(9);
    expect(dataset.tallies).toHaveLength(10);
    expect(dataset.tallies.map((t) => t.id)).toContain('raqqa-city-2017-08-16-to-22-coalition-week-tally');
    expect(dataset.incidents.every((i) => i.kind === 'incident')).toBe(true);
  });

  it('marks preliminary tolls', () => {
    expect(incident('aleppo-2024-12-01-university-hospital-strike').preliminary).toBe(true);
  });
});

describe('countRange', () => {
  it.each([
    [[{ min: 17, max: 17, qualifier: 'exact' }], { min: 17, max: 17 }],
    [
      [
        { min: 14, max: 14, qualifier: 'exact' },
        { min: 14, max: null, qualifier: 'at_least' },
      ],
      { min: 14, max: null },
    ],
    [
      [
        { min: 27, max: 27, qualifier: 'exact' },
        { min: 16, max: null, qualifier: 'more_than' },
      ],
      { min: 16, max: 27 },
    ],
    [
      [
        { min: 27, max: 27, qualifier: 'exact' },
        { min: 40, max: 40, qualifier: 'exact' },
      ],
      { min: 27, max: 40 },
    ],
    [[null], null],
  ] as const)('%j → %j', (counts, expected) => {
    expect(countRange(counts as never)).toEqual(expected);
  });
});

describe('discrepancy', () => {
  const claim = (source_id: string, killed: number): Claim =>
    ({ source_id, killed: { min: killed, max: killed, qualifier: 'exact' } }) as Claim;
  it('is (highest − lowest) / highest across sources', () => {
    expect(discrepancy([claim('sohr', 27), claim('rbss', 40)])).toBeCloseTo(13 / 40);
  });
  it('is null with a single source, whatever its claims', () => {
    expect(discrepancy([claim('sohr', 17), claim('sohr', 27)])).toBeNull();
  });
});
