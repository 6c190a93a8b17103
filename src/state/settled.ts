import { useEffect } from 'react';

/**
 * Views that render a filter change at lower priority (charts, timeline) report when they have caught up, so
 * "filter change → every view updated" can be measured: `rasd:views-updated` is marked when none is stale.
 */
const stale = new Set<string>();

export const VIEWS_UPDATED_MARK = 'rasd:views-updated';

export function useViewsSettled(view: string, isStale: boolean): void {
  useEffect(() => {
    if (isStale) {
      stale.add(view);
      return;
    }
    const was = stale.delete(view);
    if (was && stale.size === 0) globalThis.performance?.mark?.(VIEWS_UPDATED_MARK);
  }, [view, isStale]);
}
