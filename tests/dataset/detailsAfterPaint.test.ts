// @vitest-environment jsdom
/**
 * Cards a click has just mounted ask for their claims' words; the request, its parse and its hash wait until that
 * click's frame is painted (src/dataset/detailsFetched.ts), so none of it delays what the click shows. The words
 * still arrive, after one more frame.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { fetchedSource } from '../../src/dataset/detailsFetched';
import type { Claim } from '../../src/domain/schema';
import { shippedValid } from '../helpers/dataset';
import { asCore, detailFetch } from '../helpers/summary';

afterEach(() => vi.unstubAllGlobals());

const valid = shippedValid();
const claim = (k: number) => valid.claims[k] as Claim;

it('requests a chunk only after the next frame, then answers with the claim', async () => {
  const queued: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queued.push(cb));
  const paint = () => {
    for (const cb of queued.splice(0)) cb(performance.now());
  };
  const settle = () => new Promise((r) => setTimeout(r, 5));
  const { dataset, files } = asCore(valid, 4);
  const { fetcher, calls } = detailFetch(files);
  const source = fetchedSource(dataset.claims, dataset.detailFiles, fetcher);

  let answer: Awaited<ReturnType<typeof source.claims>> | undefined;
  void source.claims([claim(5).id]).then((r) => (answer = r));
  await settle();
  expect(calls).toEqual([]);
  paint();
  await settle();
  expect(calls).toEqual(['details/1.json']);
  expect(answer).toBeUndefined();
  // The words are ready after a further frame (drawn whenever the chunk has been read).
  await vi.waitFor(() => {
    paint();
    expect(answer?.get(claim(5).id)).toEqual({ ok: true, claim: claim(5) });
  });
});
