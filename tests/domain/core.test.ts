/**
 * The published core gives back every record the dataset had: claims as their summaries, whose details the chunk
 * files hold at the claims' core positions, absent fields absent and nulls null, whatever the text in them.
 */
import { describe, expect, it } from 'vitest';
import { detailOf, summarize, withDetail, type ClaimDetail } from '../../src/domain/claimDetails';
import {
  CORE_TABLES,
  DEFAULT_CHUNK_SIZE,
  coreText,
  fromCore,
  siteFiles,
  toCore,
  type CoreColumn,
} from '../../src/domain/core';
import type { ValidDataset } from '../../src/domain/validate';
import { ARABIC, EMOJI, XSS, hostile, shipped, synthetic, ucdpSlice, valid } from './core.fixtures';

/** What the page gets: the core as written to disk and parsed back. */
const published = (d: ValidDataset, chunkSize?: number) =>
  fromCore(JSON.parse(JSON.stringify(toCore(d, chunkSize === undefined ? {} : { chunkSize }))));

const NOT_OWN = new Set<string>([...CORE_TABLES, 'messages', 'detailFiles']);
const ownFields = (d: object) => Object.fromEntries(Object.entries(d).filter(([key]) => !NOT_OWN.has(key)));

function expectRoundTrip(d: ValidDataset, chunkSize?: number) {
  const back = published(d, chunkSize);
  expect(back.claims).toStrictEqual(d.claims.map(summarize));
  for (const name of CORE_TABLES) if (name !== 'claims') expect(back[name]).toStrictEqual(d[name]);
  // The dataset's own fields (format, version, generated_at, title, rejected) come back too, and nothing else.
  expect(ownFields(back)).toStrictEqual(ownFields(d));
  const { detailFiles } = back;
  // The details, read from the files the site writes, make each summary the whole claim again.
  const files = new Map(siteFiles(d, chunkSize === undefined ? {} : { chunkSize }).map((f) => [f.path, f.json]));
  back.claims.forEach((summary, i) => {
    const chunk = JSON.parse(
      JSON.stringify(files.get(detailFiles.chunks[Math.floor(i / detailFiles.chunkSize)] ?? '')),
    ) as { start: number; claims: ClaimDetail[] };
    const detail = chunk.claims[i - chunk.start] as ClaimDetail;
    expect(detail).toStrictEqual(detailOf(d.claims[i]!));
    expect(withDetail(summary, detail)).toStrictEqual(d.claims[i]);
  });
  return back;
}

describe('toCore → fromCore: every record back', () => {
  it('the shipped dataset', () => {
    const d = shipped();
    expect(d.claims.length).toBeGreaterThan(0);
    expectRoundTrip(d);
  });

  it('a synthetic dataset of a few hundred incidents, in chunks of 50', () => {
    const d = synthetic(300);
    expectRoundTrip(d, 50);
    // Its columns are written in each short form (runs, differences) and plain, so each is read back above.
    const leaves = (columns: CoreColumn[]): CoreColumn[] => columns.flatMap((c) => [c, ...leaves(c.columns ?? [])]);
    const all = CORE_TABLES.flatMap((name) => leaves(toCore(d).tables[name].columns));
    expect(all.some((c) => c.runs !== undefined)).toBe(true);
    expect(all.some((c) => c.delta === true)).toBe(true);
    expect(all.some((c) => c.values !== undefined && c.delta === undefined)).toBe(true);
  });

  it('a slice of UCDP GED (imported figures, coordinates sources, no report texts)', () => {
    const d = ucdpSlice(400);
    expect(d.claims.some((c) => c.figures !== undefined)).toBe(true);
    expectRoundTrip(d, 128);
  });

  it('hostile records: markup, Arabic with diacritics and tatweel, emoji, empty strings, nulls, absent optionals', () => {
    const d = hostile();
    expect(d.rejected).toEqual([]);
    const back = expectRoundTrip(d, 2);
    const [marked, bare, figures] = back.claims;
    expect(marked).toMatchObject({ source: XSS, source_ar: ARABIC, place: { city: XSS, neighborhood: '' } });
    expect(marked).not.toHaveProperty('quote');
    expect(bare).toMatchObject({ source_ar: null, time_of_day: null });
    expect(bare).not.toHaveProperty('uid');
    expect(bare).not.toHaveProperty('review_status');
    expect(figures?.figures).toEqual({
      measure: 'best',
      best: 4,
      low: 3,
      high: 6,
      civilians: null,
      uncertainty_km: 2.5,
      sources: [XSS, ''],
    });
    expect(back.places[0]?.names_ar).toEqual([ARABIC, '', EMOJI]);
    expect(back.title).toBe(`${XSS} ${ARABIC}`);
  });

  it('a field the schema does not know yet is kept, nested or not (nothing is dropped by a field list)', () => {
    const d = shipped();
    const claims = d.claims.map((c, i) => (i === 0 ? { ...c, future: { level: 2, tags: ['a'], at: null } } : c));
    const incidents = d.incidents.map((e, i) => (i === 1 ? { ...e, weight: 0.25, flagged: false } : e));
    const back = published({ ...d, claims, incidents } as ValidDataset);
    expect(back.claims[0]).toHaveProperty('future', { level: 2, tags: ['a'], at: null });
    expect(back.claims[1]).not.toHaveProperty('future');
    expect(back.incidents[1]).toMatchObject({ weight: 0.25, flagged: false });
    expect(back.incidents[0]).not.toHaveProperty('weight');
  });

  it('a dataset with no claims still has a valid core and an empty search file', () => {
    const d = valid({ ...shipped(), claims: [], incidents: [], tallies: [] });
    const back = expectRoundTrip(d);
    expect(back.claims).toEqual([]);
    expect(back.detailFiles.chunks).toEqual([]);
    const files = siteFiles(d);
    expect(files.map((f) => f.path)).toEqual(['core.json', 'details/search.json', 'details/messages.json']);
    expect(files[1]?.json).toEqual({ format: 'rasd-search', version: 1, quotes: [] });
  });

  it('its file text is plain ASCII that parses back to the same core, Arabic and emoji included', () => {
    const core = toCore(hostile());
    const text = coreText(core);
    expect(text).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(text)).toStrictEqual(JSON.parse(JSON.stringify(core)));
    expect(fromCore(JSON.parse(text)).places[0]?.names_ar).toEqual([ARABIC, '', EMOJI]);
  });

  it('strings are written once, the most frequent first', () => {
    const d = synthetic(200);
    const core = toCore(d);
    expect(new Set(core.strings).size).toBe(core.strings.length);
    // A vocabulary word every claim uses gets a shorter code than any claim's own id.
    expect(core.strings.indexOf('incident')).toBeLessThan(core.strings.indexOf(d.claims[0]!.id));
  });
});

describe('siteFiles: the detail chunks', () => {
  const d = synthetic(150);
  const n = d.claims.length;

  it('cuts the claims into chunks of chunkSize in core order, the last one shorter', () => {
    const size = 64;
    const files = siteFiles(d, { chunkSize: size });
    const chunks = files.filter((f) => /^details\/\d+\.json$/.test(f.path));
    expect(chunks).toHaveLength(Math.ceil(n / size));
    chunks.forEach((f, k) => {
      expect(f.path).toBe(`details/${k}.json`);
      const json = f.json as { format: string; version: number; start: number; claims: ClaimDetail[] };
      expect(json).toMatchObject({ format: 'rasd-details', version: 1, start: k * size });
      expect(json.claims.map((c) => c.id)).toEqual(d.claims.slice(k * size, (k + 1) * size).map((c) => c.id));
    });
    const last = chunks.at(-1)?.json as { claims: unknown[] };
    expect(last.claims).toHaveLength(n - (chunks.length - 1) * size);
    const core = files[0]?.json as { detailFiles: { chunks: string[]; chunkSize: number } };
    expect(core.detailFiles).toMatchObject({ chunkSize: size, chunks: chunks.map((f) => f.path) });
  });

  it('writes every quote in core order to the search file, and the messages to theirs', () => {
    const files = siteFiles(d);
    expect(files.find((f) => f.path === 'details/search.json')?.json).toEqual({
      format: 'rasd-search',
      version: 1,
      quotes: d.claims.map((c) => c.quote),
    });
    expect(files.find((f) => f.path === 'details/messages.json')?.json).toEqual({
      format: 'rasd-messages',
      version: 1,
      messages: d.messages,
    });
  });

  it('defaults to DEFAULT_CHUNK_SIZE claims a chunk and refuses a chunk size that is not a positive integer', () => {
    expect(toCore(d).detailFiles.chunkSize).toBe(DEFAULT_CHUNK_SIZE);
    expect(() => toCore(d, { chunkSize: 0 })).toThrow(RangeError);
    expect(() => toCore(d, { chunkSize: 2.5 })).toThrow(RangeError);
  });

  it('leaves the details out of the core: no quote, note or trace of any claim is in it', () => {
    const text = JSON.stringify(toCore(hostile()));
    expect(text).not.toContain('count.statement');
    expect(text).not.toContain(`${XSS}\\n${EMOJI}`);
  });
});
