import { memo } from 'react';
import { useFormat } from '../../state/useFormat';
import { FacetBox, useToggle } from './FacetBox';

export interface Option {
  value: string;
  label: string;
}

/**
 * A group of checkboxes for one facet, each with how many events it would give with the other filters kept.
 * `options` are those the dataset holds: one the other filters leave at 0 stays, greyed, so a filter click never
 * moves the boxes below it (or the map and the list) and a 0 reads as a finding, not as a missing choice.
 */
export function OptionGroup({
  legend,
  options,
  chosen,
  counts,
  onChange,
}: {
  legend: string;
  options: readonly Option[];
  chosen: readonly string[];
  counts: ReadonlyMap<string, number>;
  onChange: (next: string[]) => void;
}) {
  const toggle = useToggle(chosen, onChange);
  if (options.length === 0) return null;
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <ul className="options">
        {options.map((o) => (
          <OptionRow
            key={o.value}
            value={o.value}
            label={o.label}
            checked={chosen.includes(o.value)}
            count={counts.get(o.value) ?? 0}
            onToggle={toggle}
          />
        ))}
      </ul>
    </fieldset>
  );
}

/** One option: re-rendered only when its count or its box changes, not by every filter click. */
const OptionRow = memo(function OptionRow({
  value,
  label,
  checked,
  count,
  onToggle,
}: {
  value: string;
  label: string;
  checked: boolean;
  count: number;
  onToggle: (value: string, on: boolean) => void;
}) {
  const fmt = useFormat();
  return (
    <li>
      <label>
        <FacetBox value={value} checked={checked} onToggle={onToggle} />{' '}
        <bdi className={count === 0 ? 'muted' : undefined}>{label}</bdi>{' '}
        <span className="count muted">{fmt.number(count)}</span>
      </label>
    </li>
  );
});
