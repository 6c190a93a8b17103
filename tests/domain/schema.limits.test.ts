/**
 * Hostile sizes (issue 11.4): a quote, place name, outlet or notes over its maximum length fails that one record,
 * with its reason, and the rest of the dataset still loads.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/schema';
import { validateDataset, type ValidDataset } from '../../src/domain/validate';
import { shippedRaw } from '../helpers/dataset';

type Raw = ReturnType<typeof shippedRaw>;
const record = (x: unknown) => x as Record<string, unknown>;

function load(edit: (raw: Raw) => void): ValidDataset {
  const raw = shippedRaw();
  edit(raw);
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(`the dataset should still load: ${result.detail}`);
  return result.dataset;
}

const whole = load(() => undefined);
const long = (n: number) => 'ب'.repeat(n);

describe('schema LIMITS: one over-long field fails only its record', () => {
  it.each([
    ['a 5 MB quote', 'quote', (c: Record<string, unknown>) => (c.quote = long(5_000_000))],
    ['notes over the limit', 'notes', (c: Record<string, unknown>) => (c.notes = long(LIMITS.notes + 1))],
    [
      'the place as the report words it, over the limit',
      'place.text_ar',
      (c: Record<string, unknown>) => (c.place = { ...record(c.place), text_ar: long(LIMITS.place + 1) }),
    ],
    ['a source name over the limit', 'source', (c: Record<string, unknown>) => (c.source = long(LIMITS.name + 1))],
  ])('%s: that claim is set aside with its reason; every other claim loads', (_, field, edit) => {
    const target = shippedRaw().claims[2]?.id;
    const dataset = load((raw) => edit(record(raw.claims[2])));
    const rejected = dataset.rejected.filter((r) => r.outcome === 'set-aside');
    expect(rejected.map((r) => [r.collection, r.id])).toEqual([['claims', target]]);
    expect(rejected[0]?.reasons.join('; ')).toMatch(
      new RegExp(`${field.replace('.', '\\.')}.*longer than \\d+ characters`),
    );
    expect(dataset.claims.map((c) => c.id)).toEqual(whole.claims.map((c) => c.id).filter((id) => id !== target));
    expect(dataset.reports).toHaveLength(whole.reports.length);
  });

  it('an outlet over the limit sets aside that report; the other reports and their claims load', () => {
    const raw = shippedRaw();
    const target = raw.reports[1]?.id;
    const dataset = load((r) => (record(r.reports[1]).outlet = long(LIMITS.name + 1)));
    const rejected = dataset.rejected.filter((r) => r.collection === 'reports');
    expect(rejected).toEqual([expect.objectContaining({ id: target, outcome: 'set-aside' })]);
    expect(rejected[0]?.reasons.join('; ')).toMatch(/outlet.*longer than 200 characters/);
    expect(dataset.reports.map((r) => r.id)).toEqual(whole.reports.map((r) => r.id).filter((id) => id !== target));
    const others = whole.claims.filter((c) => c.report_id !== target).map((c) => c.id);
    expect(dataset.claims.map((c) => c.id)).toEqual(expect.arrayContaining(others));
  });

  it('a place name over the limit sets aside that place; the other places load', () => {
    const raw = shippedRaw();
    const target = raw.places[0]?.id;
    const dataset = load((r) => (record(r.places[0]).name_en = long(LIMITS.place + 1)));
    const rejected = dataset.rejected.filter((r) => r.collection === 'places');
    expect(rejected).toEqual([expect.objectContaining({ id: target, outcome: 'set-aside' })]);
    expect(rejected[0]?.reasons.join('; ')).toMatch(/name_en.*longer than 300 characters/);
    expect(dataset.places.map((p) => p.id)).toEqual(whole.places.map((p) => p.id).filter((id) => id !== target));
  });

  it('a value exactly at its limit is accepted', () => {
    const dataset = load((raw) => {
      const claim = record(raw.claims[2]);
      // The offsets must span the quote, or the claim fails for that instead.
      Object.assign(claim, { quote: long(LIMITS.quote), quote_end: Number(claim.quote_start) + LIMITS.quote });
      record(raw.claims[3]).notes = long(LIMITS.notes);
      record(raw.reports[1]).outlet = long(LIMITS.name);
    });
    expect(dataset.rejected.filter((r) => r.outcome === 'set-aside')).toEqual([]);
    expect(dataset.claims).toHaveLength(whole.claims.length);
  });
});
