import { useLayoutEffect, useRef, type RefObject } from 'react';

/** What each brush handle should say: its name and its value as a date, by chronological bucket index. */
export interface BrushHandleText {
  startLabel: string;
  endLabel: string;
  /** Number of buckets; handles' values run 0 … count − 1 in time order. */
  count: number;
  /** Chronological window (inclusive bucket indices). */
  start: number;
  end: number;
  /** The date a handle at a bucket stands for: first day for the start, last day for the end. */
  startText: string;
  endText: string;
  /** True when the drawn order runs right to left (the leftmost handle is the latest). */
  rtl: boolean;
}

const ATTRS = ['aria-label', 'aria-valuenow', 'aria-valuetext', 'aria-valuemin', 'aria-valuemax'];

/**
 * Recharts gives both brush handles one shared label and a pixel position as aria-valuenow. This names them
 * "start"/"end of range" and gives their value as a bucket index with the date as aria-valuetext. Recharts rewrites
 * its attributes when it re-renders, so a MutationObserver puts ours back (writing only what differs, so it settles).
 */
export function useBrushA11y(container: RefObject<HTMLElement | null>, text: BrushHandleText): void {
  const latest = useRef(text);
  latest.current = text;
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    const observer = new MutationObserver(() => applyBrushText(root, latest.current));
    applyBrushText(root, latest.current);
    observer.observe(root, { subtree: true, attributes: true, attributeFilter: ATTRS, childList: true });
    return () => observer.disconnect();
  }, [container]);
  // New text on a re-render: the observer only hears of Recharts' own writes.
  useLayoutEffect(() => {
    if (container.current) applyBrushText(container.current, text);
  });
}

/** Sets both handles' names and values (only attributes that differ, so the observer settles). */
export function applyBrushText(root: Element, t: BrushHandleText): void {
  const handles = [...root.querySelectorAll<SVGGElement>('.recharts-brush-traveller')];
  if (handles.length !== 2) return;
  // The handle drawn further left holds the lower display index.
  const x = (g: SVGGElement) => Number(g.querySelector('rect')?.getAttribute('x') ?? 0);
  const [a, b] = handles as [SVGGElement, SVGGElement];
  const [left, right] = x(a) <= x(b) ? [a, b] : [b, a];
  const [startHandle, endHandle] = t.rtl ? [right, left] : [left, right];
  const set = (g: SVGGElement, values: Record<string, string>) => {
    for (const [k, v] of Object.entries(values)) if (g.getAttribute(k) !== v) g.setAttribute(k, v);
  };
  const range = { 'aria-valuemin': '0', 'aria-valuemax': String(Math.max(0, t.count - 1)) };
  set(startHandle, {
    ...range,
    'aria-label': t.startLabel,
    'aria-valuenow': String(t.start),
    'aria-valuetext': t.startText,
  });
  set(endHandle, { ...range, 'aria-label': t.endLabel, 'aria-valuenow': String(t.end), 'aria-valuetext': t.endText });
}
