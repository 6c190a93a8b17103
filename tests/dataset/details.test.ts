import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/dataset/model';
import { withLocal } from '../../src/dataset/localData';
import { fetchedSource } from '../../src/dataset/detailsFetched';
import { ClaimIndex } from '../../src/dataset/claimIndex';
import type { DetailResults } from '../../src/dataset/details';
import type { LocalData } from '../../src/dataset/localStore';
import { applyFilters, EMPTY_FILTERS } from '../../src/domain/filter';
import { fold } from '../../src/domain/arabic';
import type { Claim } from '../../src/domain/schema';
import { shippedValid } from '../helpers/dataset';
import { asCore, detailFetch, gate } from '../helpers/summary';

const valid = shippedValid();
/** Chunks of 4 claims: the frozen dataset's 21 claims make six chunks, the last one shorter. */
const CHUNK = 4;
const core = () => asCore(valid, CHUNK);
const claim = (k: number) => valid.claims[k] as Claim;
const statuses = (r: DetailResults) => Object.fromEntries([...r].map(([id, d]) => [id, d.ok ? 'ok' : d.problem]));

describe('details in memory (a dataset loaded whole)', () => {
  it('answers at once with the whole claims, as today', async () => {
    const model = buildModel(valid);
    const ids = [claim(0).id, claim(7).id];
    const now = model.details.peek(ids);
    expect(now?.get(claim(7).id)).toEqual({ ok: true, claim: claim(7) });
    expect(await model.details.claims(ids)).toEqual(now);
    expect(model.details.quotesNow()?.(claim(3).id)).toBe(claim(3).quote);
    expect(model.messages).toBe(valid.messages);
  });
});

describe('a core model’s claims by id', () => {
  it('reads as the Map it replaces, a repeated id keeping its last claim, and gives each claim’s position', () => {
    const claims = [...valid.claims, { ...claim(2), killed: null }];
    const index = new ClaimIndex(claims);
    const map = new Map(claims.map((c) => [c.id, c]));
    expect(index.size).toBe(map.size);
    expect([...index]).toEqual([...map]);
    expect([...index.keys()]).toEqual([...map.keys()]);
    expect([...index.values()]).toEqual([...map.values()]);
    expect(index.get(claim(2).id)?.killed).toBeNull();
    expect(index.has('no-such-claim')).toBe(false);
    expect(index.positionOf(claim(7).id)).toBe(7);
    expect(index.positionOf(claim(2).id)).toBe(claims.length - 1);
  });
});

describe('details fetched from a core', () => {
  it('reads a claim whole from its chunk and nothing else, each chunk once, concurrent asks sharing the fetch', async () => {
    const { dataset, files } = core();
    const door = gate();
    const { fetcher, calls } = detailFetch(files, door.opened);
    const source = fetchedSource(dataset.claims, dataset.detailFiles, fetcher);
    expect(source.peek([claim(5).id])).toBeUndefined();
    const first = source.claims([claim(5).id]);
    const second = source.claims([claim(4).id, claim(6).id]);
    door.open();
    const [a, b] = await Promise.all([first, second]);
    expect(a.get(claim(5).id)).toEqual({ ok: true, claim: claim(5) });
    expect(statuses(b)).toEqual({ [claim(4).id]: 'ok', [claim(6).id]: 'ok' });
    // Already read: answered without waiting, and without another fetch.
    expect(source.peek([claim(7).id])?.get(claim(7).id)).toEqual({ ok: true, claim: claim(7) });
    await source.claims([claim(5).id, claim(7).id]);
    expect(calls).toEqual(['details/1.json']);
  });

  it('a chunk that is not JSON is an error for its claims only', async () => {
    const { dataset, files } = core();
    files.set('details/1.json', '{"format": "rasd-details", "claims": [');
    const source = fetchedSource(dataset.claims, dataset.detailFiles, detailFetch(files).fetcher);
    const r = await source.claims([claim(3).id, claim(4).id, claim(7).id, claim(8).id]);
    expect(statuses(r)).toEqual({
      [claim(3).id]: 'ok',
      [claim(4).id]: 'corrupt',
      [claim(7).id]: 'corrupt',
      [claim(8).id]: 'ok',
    });
  });

  it('a chunk at the wrong position, or of the wrong length, is corrupt', async () => {
    const { dataset, files } = core();
    const moved = JSON.parse(files.get('details/1.json') as string) as { start: number; claims: unknown[] };
    files.set('details/1.json', JSON.stringify({ ...moved, start: 0 }));
    files.set('details/2.json', JSON.stringify({ ...moved, start: 8, claims: moved.claims.slice(1) }));
    const source = fetchedSource(dataset.claims, dataset.detailFiles, detailFetch(files).fetcher);
    const r = await source.claims([claim(4).id, claim(8).id]);
    expect(statuses(r)).toEqual({ [claim(4).id]: 'corrupt', [claim(8).id]: 'corrupt' });
  });

  it('a detail under another claim’s id, or whose quote does not span its offsets, fails alone', async () => {
    const { dataset, files } = core();
    const chunk = JSON.parse(files.get('details/1.json') as string) as { claims: Array<Record<string, unknown>> };
    chunk.claims[0] = { ...chunk.claims[0], id: claim(9).id };
    chunk.claims[1] = { ...chunk.claims[1], quote: `${claim(5).quote} و` };
    files.set('details/1.json', JSON.stringify(chunk));
    const source = fetchedSource(dataset.claims, dataset.detailFiles, detailFetch(files).fetcher);
    const r = await source.claims([4, 5, 6, 7].map((k) => claim(k).id));
    expect(statuses(r)).toEqual({
      [claim(4).id]: 'corrupt',
      [claim(5).id]: 'corrupt',
      [claim(6).id]: 'ok',
      [claim(7).id]: 'ok',
    });
    // Never a wrong quote: the failing claims carry none.
    expect(r.get(claim(5).id)).toEqual({ ok: false, problem: 'corrupt' });
  });

  it('a missing file is "missing" for its claims; an id the core does not have is missing too', async () => {
    const { dataset, files } = core();
    files.delete('details/2.json');
    const source = fetchedSource(dataset.claims, dataset.detailFiles, detailFetch(files).fetcher);
    const r = await source.claims([claim(8).id, claim(12).id, 'no-such-claim']);
    expect(statuses(r)).toEqual({ [claim(8).id]: 'missing', [claim(12).id]: 'ok', 'no-such-claim': 'missing' });
  });

  it('asks again for a file that could not be reached, not for one that arrived damaged', async () => {
    const { dataset, files } = core();
    const chunk2 = files.get('details/2.json') as string;
    files.delete('details/2.json');
    files.set('details/3.json', 'not json');
    const { fetcher, calls } = detailFetch(files);
    const source = fetchedSource(dataset.claims, dataset.detailFiles, fetcher);
    const ids = [claim(8).id, claim(12).id];
    expect(statuses(await source.claims(ids))).toEqual({ [claim(8).id]: 'missing', [claim(12).id]: 'corrupt' });
    files.set('details/2.json', chunk2);
    expect(statuses(await source.claims(ids))).toEqual({ [claim(8).id]: 'ok', [claim(12).id]: 'corrupt' });
    expect(calls).toEqual(['details/2.json', 'details/3.json', 'details/2.json']);
  });

  it('reads the search quotes and the messages once, and rejects files that do not fit the core', async () => {
    const { dataset, files } = core();
    const { fetcher, calls } = detailFetch(files);
    const source = fetchedSource(dataset.claims, dataset.detailFiles, fetcher);
    expect(source.quotesNow()).toBeNull();
    const [quoteOf] = await Promise.all([source.quotes(), source.quotes()]);
    expect(quoteOf(claim(2).id)).toBe(claim(2).quote);
    expect(source.quotesNow()).toBe(quoteOf);
    expect(await source.messages()).toEqual(valid.messages);
    expect(calls.sort()).toEqual(['details/messages.json', 'details/search.json']);

    const short = core();
    short.files.set('details/search.json', JSON.stringify({ format: 'rasd-search', version: 1, quotes: ['x'] }));
    short.files.delete('details/messages.json');
    const broken = fetchedSource(short.dataset.claims, short.dataset.detailFiles, detailFetch(short.files).fetcher);
    await expect(broken.quotes()).rejects.toThrow(/search/);
    await expect(broken.messages()).rejects.toThrow(/messages/);
  });
});

describe('a core model merged with the device’s own claims', () => {
  const { dataset, files } = core();
  const own: Claim = { ...claim(0), id: 'local-1', report_id: 'local-report', quote: claim(0).quote };
  const local = {
    reports: [{ report: { ...valid.reports[0], id: 'local-report' }, text: '', messages: [] }],
    claims: [{ id: own.id, original: own, current: own }],
    places: [],
    sources: [],
  } as unknown as LocalData;

  it('answers local claims from memory and the rest from the core’s chunks', async () => {
    const { fetcher, calls } = detailFetch(files);
    const base = buildModel({ ...dataset });
    const model = withLocal({ ...base, details: fetchedSource(dataset.claims, dataset.detailFiles, fetcher) }, local);
    expect(model.claims.map((c) => c.id)).toContain(own.id);
    expect(model.details.peek([own.id])?.get(own.id)).toEqual({ ok: true, claim: own });
    expect(calls).toEqual([]);
    const r = await model.details.claims([own.id, claim(13).id]);
    expect(statuses(r)).toEqual({ [own.id]: 'ok', [claim(13).id]: 'ok' });
    expect(calls).toEqual(['details/3.json']);
  });
});

describe('search over a core', () => {
  it('reads place and source names until the quotes arrive, then finds a claim by a word of its quote', async () => {
    const { dataset, files } = core();
    const whole = buildModel(valid);
    const model = buildModel(dataset);
    const fetched = {
      ...model,
      details: fetchedSource(dataset.claims, dataset.detailFiles, detailFetch(files).fetcher),
    };
    // A word of some quote that no place or source name holds: found only through the quotes.
    const word = valid.claims
      .flatMap((c) => fold(c.quote).split(' '))
      .filter((w) => w.length >= 5)
      .find((w) => applyFilters(fetched, { ...EMPTY_FILTERS, query: w }).incidents.length === 0);
    expect(word).toBeDefined();
    const query = { ...EMPTY_FILTERS, query: word as string };
    const expected = applyFilters(whole, query).incidents.map((i) => i.id);
    expect(expected.length).toBeGreaterThan(0);
    await fetched.details.quotes();
    expect(applyFilters(fetched, query).incidents.map((i) => i.id)).toEqual(expected);
  });
});
