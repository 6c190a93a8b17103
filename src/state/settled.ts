import { useEffect } from 'react';

/**
 * Views that render a filter change at lower priority (charts, timeline) report when they have caught up, so
 * "filter change → every view updated" can be measured: `rasd:views-updated` is marked once no view is stale, after
 * every commit that gave a view a new selection. A view away from the viewport takes it at once (it keeps its
 * drawing, marked behind, until the reader scrolls near), so it is never stale and a click that changes nothing on
 * screen below the fold is done when the list and the map are.
 */
const stale = new Set<string>();
let checking = false;

export const VIEWS_UPDATED_MARK = 'rasd:views-updated';

/** Marks once the effects of the current commit have all run: a view reporting stale in it must count. */
function markWhenSettled(): void {
  if (checking) return;
  checking = true;
  queueMicrotask(() => {
    checking = false;
    if (stale.size === 0) globalThis.performance?.mark?.(VIEWS_UPDATED_MARK);
  });
}

/** `following` is what the view is given (the selection): each new one is reported, stale or caught up. */
export function useViewsSettled(view: string, isStale: boolean, following: unknown): void {
  useEffect(() => {
    if (isStale) stale.add(view);
    else {
      stale.delete(view);
      markWhenSettled();
    }
    // A view that goes away while stale must not hold the mark back for good.
    return () => void stale.delete(view);
  }, [view, isStale, following]);
}
