import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/domain/validate';
import { shippedRaw } from '../helpers/dataset';

describe('validateDataset', () => {
  it('accepts the shipped dataset whole', () => {
    const result = validateDataset(shippedRaw());
    expect(result.ok && result.dataset.rejected).toEqual([]);
    expect(result.ok && result.dataset.claims).toHaveLength(21);
  });

  it('sets aside a claim that fails the schema, with its reason, and keeps every other record', () => {
    const raw = shippedRaw();
    const broken = raw.claims[0] as unknown as Record<string, unknown>;
    broken.killed = { min: 40, max: 3, qualifier: 'exact' };
    (raw.claims[1] as unknown as Record<string, unknown>).perpetrator = 'aliens';
    const result = validateDataset(raw);
    if (!result.ok) throw new Error('should load');
    expect(result.dataset.rejected.map((r) => r.id)).toEqual(['000-1', '000-2']);
    expect(result.dataset.rejected[0]?.reasons.join()).toMatch(/killed/);
    expect(result.dataset.claims).toHaveLength(19);
    // Incidents are derived from what is valid: the rejected claim's incident is gone, not stale.
    expect(result.dataset.incidents.map((i) => i.id)).not.toContain('raqqa-2017-09-harat-al-badu-residential-building');
  });

  it('rejects a claim pointing at a report that is not there', () => {
    const raw = shippedRaw();
    (raw.claims[0] as unknown as Record<string, unknown>).report_id = 'no-such-report';
    const result = validateDataset(raw);
    expect(result.ok && result.dataset.rejected[0]).toMatchObject({
      reasons: ['report_id: no report no-such-report'],
      outcome: 'set-aside',
    });
  });

  it('keeps hostile text as data: validation never interprets it', () => {
    const raw = shippedRaw();
    raw.claims[0]!.notes = '<img src=x onerror=alert(1)>';
    const result = validateDataset(raw);
    expect(result.ok && result.dataset.claims[0]?.notes).toBe('<img src=x onerror=alert(1)>');
  });

  it.each([null, 42, 'text', [], { format: 'geojson' }])('refuses %j as a whole: it is not a dataset', (raw) => {
    expect(validateDataset(raw).ok).toBe(false);
  });

  it('reports a collection that is not a list and still shows every claim, unplaced', () => {
    const raw = { ...shippedRaw(), places: 'oops' } as unknown;
    const result = validateDataset(raw);
    if (!result.ok) throw new Error('should load');
    expect(result.dataset.rejected[0]).toMatchObject({ collection: 'places', index: -1, outcome: 'set-aside' });
    expect(result.dataset.claims).toHaveLength(21);
    expect(result.dataset.claims.every((c) => c.place_id === null)).toBe(true);
    expect(result.dataset.rejected.filter((r) => r.outcome === 'kept')).toHaveLength(21);
  });
});
