import { memo } from 'react';
import { AXIS_WIDTH } from './layout';
import { PLOT_BOTTOM, PLOT_TOP, TICK_GAP, TICK_SIZE } from './scale';

const AXIS_STROKE = '#666';
const FONT_SIZE = 12;

/** A plot value's height in px: 0 at the bottom, `top` (the highest tick) at PLOT_TOP. */
export const yOf = (value: number, top: number) =>
  PLOT_BOTTOM - (top > 0 ? (value / top) * (PLOT_BOTTOM - PLOT_TOP) : 0);

/**
 * A vertical value axis: its line at `x` on the plot's edge (or further out), ticks and labels outside it.
 * Memoised: its props are numbers, a colour and one ticks array kept while the highest value's ticks are the same,
 * so a filter change redraws it only when its scale changes.
 */
export const ValueAxis = memo(function ValueAxis({
  x,
  side,
  ticks,
  colour,
  format,
  label,
}: {
  x: number;
  side: 'left' | 'right';
  ticks: readonly number[];
  colour: string;
  format: (n: number) => string;
  /** A name under the axis (UCDP's). */
  label?: string;
}) {
  const top = ticks[ticks.length - 1] ?? 1;
  const out = side === 'left' ? -1 : 1;
  return (
    <g className="timeline-axis" aria-hidden="true">
      <line x1={x} x2={x} y1={PLOT_TOP} y2={PLOT_BOTTOM} stroke={AXIS_STROKE} />
      {ticks.map((v) => {
        const y = yOf(v, top);
        return (
          <g key={v}>
            <line x1={x} x2={x + out * TICK_SIZE} y1={y} y2={y} stroke={AXIS_STROKE} />
            <text
              x={x + out * (TICK_SIZE + TICK_GAP)}
              y={y}
              dominantBaseline="central"
              textAnchor={side === 'left' ? 'end' : 'start'}
              fontSize={FONT_SIZE}
              fill={colour}
            >
              {format(v)}
            </text>
          </g>
        );
      })}
      {label ? (
        // Under the axis, beside the time axis' labels: at its top it would cover the highest tick.
        <text
          x={x + (out * AXIS_WIDTH) / 2}
          y={PLOT_BOTTOM + TICK_SIZE + TICK_GAP}
          dy="0.71em"
          textAnchor="middle"
          fontSize={11}
          fill={colour}
        >
          {label}
        </text>
      ) : null}
    </g>
  );
});

/**
 * The time axis under the plot: every `stride`-th bucket's label, centred on its band. Which buckets are labelled
 * follows their chronological index, so labels stay put as the brush moves.
 */
export const TimeAxis = memo(function TimeAxis({
  labels,
  left,
  right,
  stride,
  first,
  step,
}: {
  /** The labels of the buckets in the window, in display order. */
  labels: readonly string[];
  left: number;
  right: number;
  stride: number;
  /** The chronological bucket index of the window's first label, and +1 or −1 (right to left) per label after it. */
  first: number;
  step: 1 | -1;
}) {
  const band = labels.length > 0 ? (right - left) / labels.length : 0;
  return (
    <g className="timeline-axis timeline-time-axis" aria-hidden="true">
      <line x1={left} x2={right} y1={PLOT_BOTTOM} y2={PLOT_BOTTOM} stroke={AXIS_STROKE} />
      {labels.map((label, i) => {
        const chrono = first + step * i;
        if (chrono % stride !== 0) return null;
        const x = left + (i + 0.5) * band;
        return (
          <g key={chrono}>
            <line x1={x} x2={x} y1={PLOT_BOTTOM} y2={PLOT_BOTTOM + TICK_SIZE} stroke={AXIS_STROKE} />
            <text
              x={x}
              y={PLOT_BOTTOM + TICK_SIZE + TICK_GAP}
              dy="0.71em"
              textAnchor="middle"
              fontSize={FONT_SIZE}
              fill={AXIS_STROKE}
            >
              {label}
            </text>
          </g>
        );
      })}
    </g>
  );
});
