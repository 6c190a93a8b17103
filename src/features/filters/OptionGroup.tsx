import { useFormat } from '../../state/useFormat';

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
  const shown = options.filter((o) => (counts.get(o.value) ?? 0) > 0 || chosen.includes(o.value));
  if (shown.length === 0) return null;
  const toggle = (value: string, on: boolean) => onChange(on ? [...chosen, value] : chosen.filter((v) => v !== value));
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <ul className="options">
        {shown.map((o) => (
          <li key={o.value}>
            <label>
              <input
                type="checkbox"
                checked={chosen.includes(o.value)}
                onChange={(e) => toggle(o.value, e.target.checked)}
              />{' '}
              <bdi>{o.label}</bdi> <span className="count muted">{fmt.number(counts.get(o.value) ?? 0)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
