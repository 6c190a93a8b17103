import { useCallback } from 'react';
import type { DateEnd } from '../lib/DateInputs';
import { useViewSelectShallow, useViewState } from './viewState';

/**
 * The date filter's two ends bound to the view state, as `lib/DateInputs` takes them (`<DateInputs {...binding} />`):
 * the filter panel and the timeline show the same inputs, so they stay in step with each other and the brush.
 * Re-renders only when an end changes, and keeps `value` and `onChange` while they do not, so a facet click does not
 * re-render the date inputs.
 */
export function useDateFilter(): {
  value: { from: string | null; to: string | null };
  onChange: (end: DateEnd, day: string | null) => void;
} {
  const value = useViewSelectShallow((s) => ({ from: s.filters.from, to: s.filters.to }));
  const { setFilters } = useViewState('setFilters');
  const onChange = useCallback(
    (end: DateEnd, day: string | null) => setFilters((f) => ({ ...f, [end]: day })),
    [setFilters],
  );
  return { value, onChange };
}
