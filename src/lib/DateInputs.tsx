import { useViewState } from '../state/viewState';

/**
 * The date filter as a "from" and a "to" input, bounded by the data's extent and by each other. The filter panel and
 * the timeline both show it, bound to the same state as the brush, so all stay in step.
 */
export function DateInputs({
  labels,
  extent,
}: {
  labels: { from: string; to: string };
  extent: { from: string; to: string } | null;
}) {
  const { filters, setFilters } = useViewState();
  const set = (key: 'from' | 'to', value: string) => setFilters((f) => ({ ...f, [key]: value === '' ? null : value }));
  return (
    <>
      <label>
        {labels.from}{' '}
        <input
          type="date"
          value={filters.from ?? ''}
          min={extent?.from}
          max={filters.to ?? extent?.to}
          onChange={(e) => set('from', e.target.value)}
        />
      </label>
      <label>
        {labels.to}{' '}
        <input
          type="date"
          value={filters.to ?? ''}
          min={filters.from ?? extent?.from}
          max={extent?.to}
          onChange={(e) => set('to', e.target.value)}
        />
      </label>
    </>
  );
}
