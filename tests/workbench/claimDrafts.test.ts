/**
 * What the analyst adds by hand: a claim the machine missed, from the words selected in the report; merging claims
 * into one incident and splitting one off; a source typed by hand. Each is a decision in the audit trail, and the
 * export carries it so the CLI rebuild shows the same.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveEvents } from '../../src/domain/derive';
import { Claim as ClaimSchema } from '../../src/domain/schema';
import { loadResources } from '../../src/ingest/cli';
import { applyCorrections } from '../../src/ingest/corrections';
import { prepare, type Prepared } from '../../src/ingest/prepare';
import { importReports, type ImportResult } from '../../src/dataset/importReports';
import { decide } from '../../src/dataset/decisions';
import { draftClaim, nearIncidents, newSource, ownEvent } from '../../src/dataset/claimDrafts';
import { decisionsToCorrections } from '../../src/dataset/localExport';
import type { LocalClaim } from '../../src/dataset/localStore';

const SLOW = 120_000;
const FIXTURE = 'tests/fixtures/workbench/kafranbel-strike';
const AT = '2026-12-06T12:00:00.000Z';
let prepared: Prepared;
let r: ImportResult;
let text: string;

const must = <T>(x: T | null | undefined): T => {
  if (x === null || x === undefined) throw new Error('missing');
  return x;
};
const apply = (c: LocalClaim, d: Parameters<typeof decide>[1]) => {
  const out = decide(c, d, AT);
  if (!out.ok) throw new Error(out.reasons.join('; '));
  return out.claim;
};

beforeAll(() => {
  prepared = prepare(loadResources('data').resources);
  const item = {
    name: 'kafranbel-strike.txt',
    bytes: readFileSync(`${FIXTURE}.txt`),
    sidecar: readFileSync(`${FIXTURE}.meta.json`),
  };
  r = importReports([item], prepared, { uids: new Set(), ids: new Set() });
  text = must(r.reports[0]).text;
}, SLOW);

describe('a claim the machine missed, added by selecting its words', () => {
  it('drafts a claim on the selected words, reviewed once saved, and exported as an add the CLI applies', () => {
    const words = 'وإن عدد القتلى مرشح للارتفاع';
    const start = text.indexOf(words);
    // The selection took a space on each side: the quote is the words alone.
    const draft = must(
      draftClaim(must(r.reports[0]).report.id, text, { start: start - 1, end: start + words.length + 1 }, r.claims, AT),
    );
    expect(draft.current.quote).toBe(words);
    expect(text.slice(draft.current.quote_start, draft.current.quote_end)).toBe(words);
    expect(r.claims.map((c) => c.id)).not.toContain(draft.id);
    expect(draft.current).toMatchObject({ review_status: 'machine-read', killed: null, place_id: null });
    expect(draft.current.audit).toEqual([{ at: AT, action: 'add' }]);

    const saved = apply(draft, {
      action: 'edit',
      changes: { killed: { min: 11, max: null, qualifier: 'at_least' } },
    });
    expect(saved.current.review_status).toBe('reviewed');
    expect(saved.current.audit?.map((a) => a.action)).toEqual(['add', 'edit']);

    const { corrections } = decisionsToCorrections([saved]);
    expect(corrections).toEqual([expect.objectContaining({ action: 'add', report_id: saved.current.report_id })]);
    const texts = new Map([[saved.current.report_id, text]]);
    const rebuilt = applyCorrections(r.claims, corrections, texts, prepared.resources.sources, []);
    const added = must(rebuilt.claims.find((c) => c.id === saved.id));
    expect(added).toMatchObject({
      quote: words,
      quote_start: saved.current.quote_start,
      killed: { min: 11, max: null },
    });
  });

  it('offers nothing for an empty or blank selection', () => {
    expect(draftClaim('x', text, { start: 5, end: 5 }, [], AT)).toBeNull();
    expect(draftClaim('x', '   \n  ', { start: 0, end: 6 }, [], AT)).toBeNull();
  });
});

describe('merge claims into one incident, or split one', () => {
  it('splits a claim into its own incident and merges it back, each decision in the audit trail', () => {
    const [a, b] = r.claims.map((c): LocalClaim => ({ id: c.id, original: c, current: c }));
    if (!a || !b) throw new Error('fixture reads two claims');
    expect(a.current.event).toBe(b.current.event);

    const alone = apply(b, { action: 'split', event: ownEvent(b.current, r.claims), note: 'a different strike' });
    expect(deriveEvents([a.current, alone.current]).incidents).toHaveLength(2);
    expect(alone.current.audit?.at(-1)).toMatchObject({ action: 'split', field: 'event', note: 'a different strike' });
    expect(alone.current.review_status).toBe('reviewed');

    // The split claim is offered its old incident (same place, same day) to join again.
    const near = nearIncidents(alone.current, [a.current, alone.current]);
    expect(near.map((n) => n.event)).toEqual([a.current.event]);

    const back = apply(alone, { action: 'merge', event: a.current.event });
    const { incidents } = deriveEvents([a.current, back.current]);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.killed).toEqual({ min: 9, max: 11 });
    expect(back.current.audit?.map((x) => x.action)).toEqual(['split', 'merge']);
  });

  it('offers no incident far away in time', () => {
    const [a, b] = r.claims;
    if (!a?.date || !b) throw new Error('fixture reads two dated claims');
    const later = ClaimSchema.parse({
      ...b,
      event: 'elsewhere',
      date: { ...a.date, from: '2019-06-30', to: '2019-06-30' },
    });
    expect(nearIncidents(later, [a])).toEqual([]);
  });
});

describe('a source typed by hand', () => {
  it('gets its own id and keeps its Arabic name; a known name is the dictionary entry', () => {
    const sources = prepared.resources.sources;
    const s = must(newSource('Kafranbel Media Office', 'المكتب الإعلامي في كفرنبل', 'media', sources));
    expect(s).toEqual({
      id: 'local-kafranbel-media-office',
      name_en: 'Kafranbel Media Office',
      names_ar: ['المكتب الإعلامي في كفرنبل'],
      kind: 'media',
    });
    const known = must(sources[0]);
    expect(newSource(known.name_en.toUpperCase(), '', 'media', sources)).toBe(known);
    expect(newSource('  ', '', 'media', sources)).toBeNull();
  });
});
