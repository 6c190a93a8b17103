// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { MAP_WAIT_MS, createMapChunk } from '../../src/app/mapChunk';

/** A loader whose promise the test settles. */
function deferred() {
  let resolve: (m: string) => void = () => {};
  let reject: (e: unknown) => void = () => {};
  const promise = new Promise<string>((ok, no) => {
    resolve = ok;
    reject = no;
  });
  return { load: () => promise, resolve, reject };
}

afterEach(() => vi.useRealTimers());

describe('the dashboard waiting for the map code', () => {
  it('does not wait when nothing started loading the map', () => {
    const chunk = createMapChunk(deferred().load);
    const { result } = renderHook(() => chunk.useSettled(true));
    expect(result.current).toBe(true);
  });

  it('waits while the code loads, and renders with the map as soon as it is here', async () => {
    const code = deferred();
    const chunk = createMapChunk(code.load);
    void chunk.loadChunk();
    const { result } = renderHook(() => chunk.useSettled(true));
    expect(result.current).toBe(false);
    await act(async () => {
      code.resolve('map');
      await chunk.loadChunk();
    });
    expect(result.current).toBe(true);
    // The map slot then has the code on its first render: no placeholder first.
    expect(renderHook(() => chunk.useChunk()).result.current).toBe('map');
  });

  it('renders anyway when the code fails to load', async () => {
    const code = deferred();
    const chunk = createMapChunk(code.load);
    const loading = chunk.loadChunk().catch(() => null);
    const { result } = renderHook(() => chunk.useSettled(true));
    expect(result.current).toBe(false);
    await act(async () => {
      code.reject(new Error('offline'));
      await loading;
    });
    expect(result.current).toBe(true);
  });

  it('never holds a ready dashboard back for long: past the wait it renders without the map', () => {
    vi.useFakeTimers();
    const chunk = createMapChunk(deferred().load);
    void chunk.loadChunk();
    const { result, rerender } = renderHook(({ ready }) => chunk.useSettled(ready), {
      initialProps: { ready: false },
    });
    // The wait counts from the data being ready, not from the page's start.
    act(() => void vi.advanceTimersByTime(10 * MAP_WAIT_MS));
    expect(result.current).toBe(false);
    rerender({ ready: true });
    act(() => void vi.advanceTimersByTime(MAP_WAIT_MS - 1));
    expect(result.current).toBe(false);
    act(() => void vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
  });
});
