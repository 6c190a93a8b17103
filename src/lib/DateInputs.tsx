/** Which end of a date range an input sets. */
export type DateEnd = 'from' | 'to';

/**
 * A date range as a "from" and a "to" input, bounded by the data's extent and by each other. Controlled: the filter
 * panel and the timeline both bind it to the filter state, beside the brush, so all stay in step.
 */
export function DateInputs({
  labels,
  extent,
  value,
  onChange,
}: {
  labels: { from: string; to: string };
  extent: { from: string; to: string } | null;
  value: { from: string | null; to: string | null };
  /** Called with the changed end and its ISO day, or null when the input was cleared. */
  onChange: (end: DateEnd, day: string | null) => void;
}) {
  const set = (end: DateEnd, day: string) => onChange(end, day === '' ? null : day);
  return (
    <>
      <label>
        {labels.from}{' '}
        <input
          type="date"
          value={value.from ?? ''}
          min={extent?.from}
          max={value.to ?? extent?.to}
          onChange={(e) => set('from', e.target.value)}
        />
      </label>
      <label>
        {labels.to}{' '}
        <input
          type="date"
          value={value.to ?? ''}
          min={value.from ?? extent?.from}
          max={extent?.to}
          onChange={(e) => set('to', e.target.value)}
        />
      </label>
    </>
  );
}
