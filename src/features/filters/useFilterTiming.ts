import { useEffect } from 'react';
import type { Selection } from '../../domain/filter';
import { FILTER_START_MARK } from '../../state/viewState';

/** Name of the measure "filter change → every view updated", in milliseconds. */
export const FILTER_MEASURE = 'rasd:filter';
export const FILTER_END_MARK = 'rasd:filter-end';

/**
 * Measures how long a filter change takes to reach the screen. `setFilters` marks the start; here, once the new
 * selection is committed, the next animation frame marks the end: by then React has run every view's effects
 * (map layers, charts) for that commit, and the browser is about to paint it. Read the numbers with
 * `performance.getEntriesByName('rasd:filter')`.
 */
export function useFilterTiming(selection: Selection): void {
  useEffect(() => {
    const perf = globalThis.performance;
    if (!perf?.getEntriesByName || perf.getEntriesByName(FILTER_START_MARK, 'mark').length === 0) return;
    const frame = requestAnimationFrame(() => {
      perf.mark(FILTER_END_MARK);
      perf.measure(FILTER_MEASURE, FILTER_START_MARK, FILTER_END_MARK);
      perf.clearMarks(FILTER_START_MARK);
    });
    return () => cancelAnimationFrame(frame);
  }, [selection]);
}
