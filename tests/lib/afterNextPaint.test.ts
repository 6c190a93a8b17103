// @vitest-environment jsdom
/**
 * Claim details that arrive wait for the next frame (src/lib/afterNextPaint.ts), so a click's frame is never held
 * up by them; those waiting on the same frame go on together; a hidden page, which draws no frames, never leaves
 * them waiting.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../src/lib/afterNextPaint';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Animation frames that run only when the test says a frame is drawn. */
function frames() {
  const queued: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queued.push(cb));
  return () => {
    for (const cb of queued.splice(0)) cb(performance.now());
  };
}

const settle = () => new Promise((r) => setTimeout(r, 5));

describe('afterNextPaint', () => {
  it('waits for the next frame, and callers of the same frame share it', async () => {
    const paint = frames();
    const done: string[] = [];
    const a = afterNextPaint().then(() => done.push('a'));
    const b = afterNextPaint().then(() => done.push('b'));
    await settle();
    expect(done).toEqual([]);
    paint();
    await Promise.all([a, b]);
    expect(done).toEqual(['a', 'b']);
    // A later caller waits for a later frame.
    let later = false;
    void afterNextPaint().then(() => (later = true));
    await settle();
    expect(later).toBe(false);
    paint();
    await settle();
    expect(later).toBe(true);
  });

  it('does not wait for frames on a hidden page', async () => {
    frames();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    let done = false;
    void afterNextPaint().then(() => (done = true));
    await settle();
    expect(done).toBe(true);
  });
});
