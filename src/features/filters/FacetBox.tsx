import { memo, useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A facet's checkbox, memoised on what it shows. A filter click changes the counts beside every box, not the boxes:
 * re-rendering an <input> makes React 19 re-apply its name and type (92 inputs, three attribute writes each, on
 * every click at 100k), so the boxes are kept and only their counts re-render.
 */
export const FacetBox = memo(function FacetBox({
  value,
  checked,
  onToggle,
}: {
  value: string;
  checked: boolean;
  onToggle: (value: string, on: boolean) => void;
}) {
  return <input type="checkbox" checked={checked} onChange={(e) => onToggle(value, e.target.checked)} />;
});

/**
 * One function for the life of the component that adds a value to `chosen` or takes it out, calling the latest
 * `onChange`: the boxes keep their props from one filter click to the next.
 */
export function useToggle(chosen: readonly string[], onChange: (next: string[]) => void) {
  const latest = useRef({ chosen, onChange });
  useLayoutEffect(() => {
    latest.current = { chosen, onChange };
  });
  return useCallback((value: string, on: boolean) => {
    const { chosen: now, onChange: change } = latest.current;
    change(on ? [...now, value] : now.filter((v) => v !== value));
  }, []);
}
