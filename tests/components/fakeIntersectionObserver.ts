import { act } from '@testing-library/react';
import { vi } from 'vitest';

/**
 * An IntersectionObserver the test drives: `setNear(true/false)` as if the observed element (the last one
 * observed) scrolled in or out of reach. Undo with `vi.unstubAllGlobals()`.
 */
export function fakeIntersectionObserver() {
  let callback: ((entries: Array<{ isIntersecting: boolean }>) => void) | null = null;
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(cb: typeof callback) {
        callback = cb;
      }
      observe() {}
      disconnect() {}
    },
  );
  return { setNear: (near: boolean) => act(() => callback?.([{ isIntersecting: near }])) };
}
