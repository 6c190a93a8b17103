import type { DateEnd } from '../lib/DateInputs';
import { useViewState } from './viewState';

/**
 * The date filter's two ends bound to the view state, as `lib/DateInputs` takes them (`<DateInputs {...binding} />`):
 * the filter panel and the timeline show the same inputs, so they stay in step with each other and the brush.
 */
export function useDateFilter(): {
  value: { from: string | null; to: string | null };
  onChange: (end: DateEnd, day: string | null) => void;
} {
  const { filters, setFilters } = useViewState('filters', 'setFilters');
  return {
    value: { from: filters.from, to: filters.to },
    onChange: (end, day) => setFilters((f) => ({ ...f, [end]: day })),
  };
}
