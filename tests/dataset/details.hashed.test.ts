/**
 * Detail files named by hash in the core (issue 12): a file whose bytes are the ones the build hashed is read as the
 * build wrote it, without the zod check of each claim; any other file is checked as before, so a valid one still
 * shows and an invalid one fails for its own claims only.
 */
import { describe, expect, it, vi } from 'vitest';
import * as checked from '../../src/dataset/detailsChecked';
import { fetchedSource } from '../../src/dataset/detailsFetched';
import type { DetailResults } from '../../src/dataset/details';
import type { Claim } from '../../src/domain/schema';
import { shippedValid } from '../helpers/dataset';
import { asCore, detailFetch, hashesOf } from '../helpers/summary';

vi.mock('../../src/dataset/detailsChecked', async (actual) => {
  const m = await actual<typeof checked>();
  return {
    checkChunk: vi.fn(m.checkChunk),
    checkSearch: vi.fn(m.checkSearch),
    checkMessages: vi.fn(m.checkMessages),
  };
});

const valid = shippedValid();
const CHUNK = 4;
const claim = (k: number) => valid.claims[k] as Claim;
const statuses = (r: DetailResults) => Object.fromEntries([...r].map(([id, d]) => [id, d.ok ? 'ok' : d.problem]));
const ids = (...ks: number[]) => ks.map((k) => claim(k).id);

/** Chunk 1 (claims 4–7) with claim 5's quote one word longer than its offsets: the schema refuses it. */
function withLongQuote(files: Map<string, string>): void {
  const chunk = JSON.parse(files.get('details/1.json') as string) as { claims: Array<Record<string, unknown>> };
  chunk.claims[1] = { ...chunk.claims[1], quote: `${claim(5).quote} و` };
  files.set('details/1.json', JSON.stringify(chunk));
}

function reset() {
  vi.mocked(checked.checkChunk).mockClear();
  vi.mocked(checked.checkSearch).mockClear();
  vi.mocked(checked.checkMessages).mockClear();
}

describe('detail files the core names by hash', () => {
  it('reads a file that matches its hash without the schema check, each claim whole', async () => {
    reset();
    const { dataset, files } = asCore(valid, CHUNK, { hashed: true });
    const source = fetchedSource(dataset.claims, dataset.detailFiles, detailFetch(files).fetcher);
    const r = await source.claims(ids(4, 5, 9));
    expect(r.get(claim(5).id)).toEqual({ ok: true, claim: claim(5) });
    expect(statuses(r)).toEqual({ [claim(4).id]: 'ok', [claim(5).id]: 'ok', [claim(9).id]: 'ok' });
    // The same answer object on every ask (views keyed on it do not redraw).
    expect(source.peek(ids(5))?.get(claim(5).id)).toBe(r.get(claim(5).id));
    expect((await source.quotes())(claim(2).id)).toBe(claim(2).quote);
    expect(await source.messages()).toEqual(valid.messages);
    expect(checked.checkChunk).not.toHaveBeenCalled();
    expect(checked.checkSearch).not.toHaveBeenCalled();
    expect(checked.checkMessages).not.toHaveBeenCalled();
  });

  it('takes the build’s word for a matching file: the hash, not the schema, is the proof', async () => {
    reset();
    const { dataset, files } = asCore(valid, CHUNK);
    withLongQuote(files);
    // As if the build had written this very file: its hash is in the core.
    dataset.detailFiles.sha256 = hashesOf(dataset.detailFiles, files);
    const source = fetchedSource(dataset.claims, dataset.detailFiles, detailFetch(files).fetcher);
    expect(statuses(await source.claims(ids(5)))).toEqual({ [claim(5).id]: 'ok' });
    expect(checked.checkChunk).not.toHaveBeenCalled();
  });

  it('still joins a matching file by position and id: a detail under another id is corrupt alone', async () => {
    const { dataset, files } = asCore(valid, CHUNK);
    const chunk = JSON.parse(files.get('details/1.json') as string) as { claims: Array<Record<string, unknown>> };
    chunk.claims[0] = { ...chunk.claims[0], id: claim(9).id };
    files.set('details/1.json', JSON.stringify(chunk));
    files.set('details/2.json', JSON.stringify({ ...JSON.parse(files.get('details/2.json') as string), start: 0 }));
    dataset.detailFiles.sha256 = hashesOf(dataset.detailFiles, files);
    const source = fetchedSource(dataset.claims, dataset.detailFiles, detailFetch(files).fetcher);
    expect(statuses(await source.claims(ids(4, 5, 8)))).toEqual({
      [claim(4).id]: 'corrupt',
      [claim(5).id]: 'ok',
      [claim(8).id]: 'corrupt',
    });
  });

  it('checks a file changed after the build in full: still valid, it shows', async () => {
    reset();
    const { dataset, files } = asCore(valid, CHUNK, { hashed: true });
    // Re-serialised with other whitespace: other bytes, the same claims.
    const path = 'details/1.json';
    files.set(path, JSON.stringify(JSON.parse(files.get(path) as string), null, 1));
    files.set('details/search.json', `${files.get('details/search.json') as string}\n`);
    const source = fetchedSource(dataset.claims, dataset.detailFiles, detailFetch(files).fetcher);
    const r = await source.claims(ids(4, 5, 9));
    expect(r.get(claim(5).id)).toEqual({ ok: true, claim: claim(5) });
    expect(statuses(r)).toEqual({ [claim(4).id]: 'ok', [claim(5).id]: 'ok', [claim(9).id]: 'ok' });
    expect(checked.checkChunk).toHaveBeenCalledTimes(1);
    expect((await source.quotes())(claim(2).id)).toBe(claim(2).quote);
    expect(checked.checkSearch).toHaveBeenCalledTimes(1);
  });

  it('checks a file changed after the build in full: invalid, its own claims are damaged and no others', async () => {
    const { dataset, files } = asCore(valid, CHUNK, { hashed: true });
    withLongQuote(files);
    const source = fetchedSource(dataset.claims, dataset.detailFiles, detailFetch(files).fetcher);
    const r = await source.claims(ids(4, 5, 9));
    expect(statuses(r)).toEqual({ [claim(4).id]: 'ok', [claim(5).id]: 'corrupt', [claim(9).id]: 'ok' });
    expect(r.get(claim(5).id)).toEqual({ ok: false, problem: 'corrupt' });
  });

  it('checks every file in full when the core names no hashes (a site built before them)', async () => {
    reset();
    const { dataset, files } = asCore(valid, CHUNK);
    expect(dataset.detailFiles.sha256).toBeUndefined();
    const source = fetchedSource(dataset.claims, dataset.detailFiles, detailFetch(files).fetcher);
    expect(statuses(await source.claims(ids(5, 9)))).toEqual({ [claim(5).id]: 'ok', [claim(9).id]: 'ok' });
    expect(await source.messages()).toEqual(valid.messages);
    expect(checked.checkChunk).toHaveBeenCalledTimes(2);
    expect(checked.checkMessages).toHaveBeenCalledTimes(1);
    withLongQuote(files);
    const again = fetchedSource(dataset.claims, dataset.detailFiles, detailFetch(files).fetcher);
    expect(statuses(await again.claims(ids(5, 6)))).toEqual({ [claim(5).id]: 'corrupt', [claim(6).id]: 'ok' });
  });

  it('checks in full when the page cannot hash (no Web Crypto outside a secure context)', async () => {
    reset();
    const { dataset, files } = asCore(valid, CHUNK, { hashed: true });
    withLongQuote(files);
    dataset.detailFiles.sha256 = hashesOf(dataset.detailFiles, files);
    vi.stubGlobal('crypto', {});
    try {
      const source = fetchedSource(dataset.claims, dataset.detailFiles, detailFetch(files).fetcher);
      expect(statuses(await source.claims(ids(5, 6)))).toEqual({ [claim(5).id]: 'corrupt', [claim(6).id]: 'ok' });
      expect(checked.checkChunk).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
