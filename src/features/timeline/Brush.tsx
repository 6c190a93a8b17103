import { memo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { INCIDENT_COLOUR } from './layout';
import { BRUSH_HEIGHT, BRUSH_TOP } from './scale';

/** Display indices (left to right), inclusive. */
export type Range = { start: number; end: number };

const HANDLE_WIDTH = 10;
const HIT_WIDTH = 24;
/** Keys that move a handle; releasing one commits the window. */
export const BRUSH_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

interface HandleText {
  label: string;
  /** The date it stands for: a bucket's first day for the start, its last day for the end. */
  valueText: string;
}

/**
 * The strip under the plot with the brushed window and two handles. Each handle sits on a bucket edge (the start on
 * the window's first bucket's leading edge, the end on its last one's trailing edge), so the window drawn is the
 * share of the span chosen. Dragging a handle (pointer capture) moves it by whole buckets and reports a draft, and
 * dragging the window between them pans it; releasing commits. Handles are sliders: named, valued by chronological
 * bucket index with the date as text; arrow keys move them as they look (in Arabic ArrowLeft is later in time),
 * Home/End go to the ends, and releasing the key commits. The start cannot pass the end.
 */
export const Brush = memo(function Brush({
  count,
  window: win,
  left,
  right,
  rtl,
  label,
  start,
  end,
  onDraft,
  onCommit,
}: {
  count: number;
  window: Range;
  left: number;
  right: number;
  rtl: boolean;
  /** The strip's name (the period shown). */
  label: string;
  start: HandleText;
  end: HandleText;
  onDraft: (r: Range) => void;
  onCommit: (r: Range) => void;
}) {
  const band = count > 0 ? (right - left) / count : 0;
  const latest = useRef(win);
  latest.current = win;
  // What is held (a handle, or the window to pan it), where the pointer went down and the window then.
  const grab = useRef<{ side: 'lo' | 'hi' | 'both'; from: number; start: number; end: number } | null>(null);
  const edgeX = (side: 'lo' | 'hi') => left + (side === 'lo' ? win.start : win.end + 1) * band;
  /** The window with one side's handle moved to bucket edge `edge`, the other side unmoved. */
  const moved = (side: 'lo' | 'hi', edge: number): Range => {
    const w = latest.current;
    return side === 'lo'
      ? { start: Math.min(w.end, Math.max(0, edge)), end: w.end }
      : { start: w.start, end: Math.max(w.start, Math.min(count - 1, edge - 1)) };
  };
  const draft = (r: Range) => {
    const w = latest.current;
    if (r.start !== w.start || r.end !== w.end) onDraft(r);
  };

  const onPointerDown = (side: 'lo' | 'hi' | 'both') => (e: PointerEvent<Element>) => {
    e.currentTarget.setPointerCapture?.(e.pointerId);
    grab.current = { side, from: e.clientX, ...latest.current };
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<Element>) => {
    const g = grab.current;
    if (!g || band <= 0) return;
    const shift = Math.round((e.clientX - g.from) / band);
    if (g.side === 'lo') draft(moved('lo', g.start + shift));
    else if (g.side === 'hi') draft(moved('hi', g.end + 1 + shift));
    else {
      // Panning keeps the window's length, stopping at either end of the span.
      const by = Math.min(count - 1 - g.end, Math.max(-g.start, shift));
      draft({ start: g.start + by, end: g.end + by });
    }
  };
  const onPointerUp = () => {
    if (!grab.current) return;
    grab.current = null;
    onCommit(latest.current);
  };
  // Chronological sides: the start handle is the display-left one in English, the display-right one in Arabic.
  const onKeyDown = (side: 'lo' | 'hi') => (e: KeyboardEvent<SVGGElement>) => {
    const w = latest.current;
    const edge = side === 'lo' ? w.start : w.end + 1;
    const later = rtl ? -1 : 1;
    const page = Math.max(1, Math.round(count / 10));
    const steps: Record<string, number> = {
      ArrowLeft: edge - 1,
      ArrowRight: edge + 1,
      ArrowUp: edge + later,
      ArrowDown: edge - later,
      PageUp: edge + later * page,
      PageDown: edge - later * page,
      // Home is the earliest date: the left end in English, the right end in Arabic.
      Home: rtl ? count : 0,
      End: rtl ? 0 : count,
    };
    if (!(e.key in steps)) return;
    e.preventDefault();
    draft(moved(side, steps[e.key]!));
  };
  const onKeyUp = (e: KeyboardEvent<SVGGElement>) => {
    if (BRUSH_KEYS.has(e.key)) onCommit(latest.current);
  };

  const chrono = (display: number) => (rtl ? count - 1 - display : display);
  const handle = (side: 'lo' | 'hi') => {
    // lo is the start in English, the end in Arabic.
    const isStart = (side === 'lo') !== rtl;
    const text = isStart ? start : end;
    const x = Math.min(right - HANDLE_WIDTH, Math.max(left, edgeX(side) - HANDLE_WIDTH / 2));
    return (
      <g
        key={side}
        className="brush-handle"
        role="slider"
        tabIndex={0}
        aria-label={text.label}
        aria-valuemin={0}
        aria-valuemax={Math.max(0, count - 1)}
        aria-valuenow={isStart ? chrono(rtl ? win.end : win.start) : chrono(rtl ? win.start : win.end)}
        aria-valuetext={text.valueText}
        aria-orientation="horizontal"
        onPointerDown={onPointerDown(side)}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown(side)}
        onKeyUp={onKeyUp}
      >
        <rect
          className="brush-grip"
          x={x}
          y={BRUSH_TOP}
          width={HANDLE_WIDTH}
          height={BRUSH_HEIGHT}
          fill={INCIDENT_COLOUR}
        />
        <line x1={x + 3} x2={x + 3} y1={BRUSH_TOP + 8} y2={BRUSH_TOP + BRUSH_HEIGHT - 8} stroke="#fff" />
        <line x1={x + 7} x2={x + 7} y1={BRUSH_TOP + 8} y2={BRUSH_TOP + BRUSH_HEIGHT - 8} stroke="#fff" />
        {/* A wider, invisible grip: 10 px is narrow for a finger. */}
        <rect
          x={x + HANDLE_WIDTH / 2 - HIT_WIDTH / 2}
          y={BRUSH_TOP}
          width={HIT_WIDTH}
          height={BRUSH_HEIGHT}
          fill="transparent"
        />
      </g>
    );
  };

  // The start handle first in the tab order (the right-hand one in Arabic).
  const sides = rtl ? (['hi', 'lo'] as const) : (['lo', 'hi'] as const);
  return (
    <g className="timeline-brush" role="group" aria-label={label}>
      <rect
        className="brush-track"
        x={left}
        y={BRUSH_TOP}
        width={Math.max(0, right - left)}
        height={BRUSH_HEIGHT}
        fill="#fff"
        stroke={INCIDENT_COLOUR}
      />
      <rect
        className="brush-window"
        x={edgeX('lo')}
        y={BRUSH_TOP}
        width={Math.max(0, edgeX('hi') - edgeX('lo'))}
        height={BRUSH_HEIGHT}
        fill={INCIDENT_COLOUR}
        fillOpacity={0.2}
        onPointerDown={onPointerDown('both')}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      />
      {sides.map(handle)}
    </g>
  );
});
