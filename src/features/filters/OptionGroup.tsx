import { useFormat } from '../../state/useFormat';
import { FacetBox, useToggle } from './FacetBox';

export interface Option {
  value: string;
  label: string;
}

/**
 * A group of checkboxes for one facet, each with how many events it would give with the other filters kept.
 * Options with no event are left out unless chosen, so the list shows what the data holds.
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
  const fmt = useFormat();
  const toggle = useToggle(chosen, onChange);
  const shown = options.filter((o) => (counts.get(o.value) ?? 0) > 0 || chosen.includes(o.value));
  if (shown.length === 0) return null;
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <ul className="options">
        {shown.map((o) => (
          <li key={o.value}>
            <label>
              <FacetBox value={o.value} checked={chosen.includes(o.value)} onToggle={toggle} /> <bdi>{o.label}</bdi>{' '}
              <span className="count muted">{fmt.number(counts.get(o.value) ?? 0)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
