import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentHash } from '../../scripts/lib/siteDataset';
import { summarize } from '../../src/domain/claimDetails';
import { toCore } from '../../src/domain/core';
import { loadCore } from '../../src/dataset/loadCore';
import { shippedValid } from '../helpers/dataset';

const URL = './data/core.json';
const noProgress = () => {};

/** Serves `body` at the core's URL with a content type, or a 404 when `body` is null. */
function serve(body: string | null, type = 'application/json') {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () =>
      body === null
        ? new Response('not found', { status: 404 })
        : new Response(body, { status: 200, headers: { 'content-type': type } }),
    ),
  );
}

const hashOf = (text: string) => contentHash(Buffer.from(text, 'utf8'));

afterEach(() => vi.unstubAllGlobals());

describe('loading the site’s core', () => {
  const dataset = shippedValid();
  const text = JSON.stringify(toCore(dataset, { chunkSize: 256 }));

  it('takes a core whose bytes are the ones the build checked, with every record and claims as summaries', async () => {
    serve(text);
    const load = await loadCore(URL, hashOf(text), noProgress);
    if (!load.ok) throw new Error(`not taken: ${load.why} ${load.detail}`);
    expect(load.dataset.incidents).toEqual(dataset.incidents);
    expect(load.dataset.claims).toEqual(dataset.claims.map(summarize));
    expect(load.dataset.claims[0]).not.toHaveProperty('quote');
  });

  it('reports progress against the announced size, and against no total when the answer is compressed', async () => {
    const bytes = new TextEncoder().encode(text).byteLength;
    for (const [headers, total] of [
      [{ 'content-length': String(bytes) }, bytes],
      // A host serving core.json.gz announces the compressed size; the body reads several times more bytes.
      [{ 'content-length': String(Math.round(bytes / 4)), 'content-encoding': 'gzip' }, null],
    ] as const) {
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => new Response(text, { headers: { 'content-type': 'application/json', ...headers } })),
      );
      const seen: Array<{ loaded: number; total: number | null }> = [];
      expect(await loadCore(URL, hashOf(text), (p) => seen.push(p))).toMatchObject({ ok: true });
      expect(seen.at(-1)).toEqual({ loaded: bytes, total });
    }
  });

  it('is absent, with nothing to tell the reader, when the server has no core or answers with the app page', async () => {
    serve(null);
    expect(await loadCore(URL, 'ffffffffffffffff', noProgress)).toMatchObject({ ok: false, why: 'absent' });
    serve('<!doctype html><title>Rasd</title>', 'text/html; charset=utf-8');
    expect(await loadCore(URL, 'ffffffffffffffff', noProgress)).toMatchObject({ ok: false, why: 'absent' });
  });

  it('refuses a core whose bytes differ from the build’s (one space more), so the whole dataset is loaded', async () => {
    serve(text + ' ');
    expect(await loadCore(URL, hashOf(text), noProgress)).toMatchObject({ ok: false, why: 'mismatch' });
    serve(text);
    expect(await loadCore(URL, null, noProgress)).toMatchObject({ ok: false, why: 'mismatch' });
  });

  it('calls a cut-off file corrupt', async () => {
    const cut = text.slice(0, text.length >> 1);
    serve(cut);
    expect(await loadCore(URL, hashOf(cut), noProgress)).toMatchObject({ ok: false, why: 'corrupt' });
  });

  it('calls a file the build vouches for but that is no core corrupt, never throwing', async () => {
    for (const junk of ['{}', '[]', 'null', '{"format":"rasd-core","version":99}', JSON.stringify({ claims: [] })]) {
      serve(junk);
      const load = await loadCore(URL, hashOf(junk), noProgress);
      expect(load).toMatchObject({ ok: false, why: 'corrupt' });
      expect(load.ok ? '' : load.detail).not.toBe('');
    }
  });
});
