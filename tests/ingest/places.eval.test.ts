/** The scorer's town check: one name in two romanisations is the same town; two towns stay two. */
import { describe, expect, it } from 'vitest';
import type { GoldClaim } from '../../src/domain/gold';
import type { Claim } from '../../src/domain/schema';
import { FIELD_CHECKS } from '../../src/ingest/evaluate';

const place = (city: string) => ({ governorate: 'Aleppo', city, neighborhood: null, text_ar: null, precision: 'city' });
const same = (gold: string, got: string) =>
  FIELD_CHECKS.place_city!({ place: place(gold) } as unknown as GoldClaim, { place: place(got) } as unknown as Claim);

describe('place_city compares romanised names', () => {
  it.each([
    ['Sinjar', 'Sinjār'],
    ['al-Atarib', 'Al Atārib'],
    ['Ras al-Ain', 'Ra’s al ‘Ayn'],
    ['Khan al-Subul', 'Khān as Subul'],
    ['Maarat al-Numan', 'Ma‘arrat an Nu‘mān'],
    ['al-Sukkariya', 'As Sukkarīyah'],
    ['Kafr Nabudah', 'Kafr Nabūdah'],
  ])('%s = %s', (gold, got) => expect(same(gold, got)).toBe(true));

  it.each([
    ['Kafr Hamra', 'Kafrah'],
    ['Hass', 'Hassef'],
    ['Darat Izza', 'Hayyan'],
    ['Khasham Tahtani', 'Khusham'],
  ])('%s ≠ %s', (gold, got) => expect(same(gold, got)).toBe(false));
});
