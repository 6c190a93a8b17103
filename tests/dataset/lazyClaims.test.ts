/**
 * A published core's claims are built when a view first reads them, not while the page loads (issue 12: the first
 * marks need only the events, places and sources). Until then nothing reads them; once read, every lookup answers
 * as for a dataset decoded whole, and a malformed claims table is still refused at load.
 */
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/domain/claimDetails';
import { CoreFormatError, fromCore, toCore, type CoreColumn } from '../../src/domain/core';
import { isPending } from '../../src/domain/lazy';
import { withLocal } from '../../src/dataset/localData';
import { buildModel } from '../../src/dataset/model';
import { synthetic } from '../domain/core.fixtures';

const d = synthetic(60);
const coreJson = () => JSON.parse(JSON.stringify(toCore(d, { chunkSize: 16 }))) as ReturnType<typeof toCore>;

describe('a core model before and after its claims are read', () => {
  it('loads and builds the model without building a claim', () => {
    const dataset = fromCore(coreJson());
    const model = buildModel(dataset);
    expect(isPending(dataset, 'claims')).toBe(true);
    for (const key of ['claims', 'claimsById', 'claimsByReport']) expect(isPending(model, key)).toBe(true);
    // What the first marks read is there.
    expect(model.incidents).toStrictEqual(d.incidents);
    expect(model.placesById.size).toBe(d.places.length);
    expect(model.details.quotesNow()).toBeNull();
    expect(model.messages).toStrictEqual([]);
  });

  it('answers every claim lookup once read, building the claims once', () => {
    const dataset = fromCore(coreJson());
    const model = buildModel(dataset);
    const summaries = d.claims.map(summarize);
    const [first] = summaries;
    expect(model.claimsById.get(first!.id)).toStrictEqual(first);
    expect(model.claims).toStrictEqual(summaries);
    expect(model.claims).toBe(dataset.claims);
    expect(model.claimsById.get(first!.id)).toBe(model.claims[0]);
    const ofReport = model.claimsByReport.get(first!.report_id) ?? [];
    expect(ofReport.map((c) => c.id)).toStrictEqual(
      [...summaries]
        .filter((c) => c.report_id === first!.report_id)
        .sort((a, b) => a.quote_start - b.quote_start)
        .map((c) => c.id),
    );
  });

  it('refuses a claims table with a bad code at load, not at the first read', () => {
    const raw = coreJson();
    const column = raw.tables.claims.columns.find((c: CoreColumn) => c.type === 'str' && c.values) as CoreColumn;
    (column.values as unknown[])[0] = raw.strings.length;
    expect(() => fromCore(raw)).toThrow(CoreFormatError);
  });

  it('merges the device’s claims into a core model', () => {
    const model = buildModel(fromCore(coreJson()));
    const base = d.claims[0]!;
    const mine = { ...base, id: `${base.id}-local`, uid: `${base.uid}-local` };
    const merged = withLocal(model, {
      reports: [],
      claims: [{ id: mine.id, original: mine, current: mine }],
      places: [],
      sources: [],
    });
    expect(merged.claims).toHaveLength(d.claims.length + 1);
    expect(merged.claimsById.get(mine.id)).toBe(mine);
    expect(merged.claimsById.get(base.id)).toStrictEqual(summarize(base));
    expect(merged.claimsByReport.get(base.report_id)?.map((c) => c.id)).toContain(mine.id);
  });
});
