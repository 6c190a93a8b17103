import { memo, useMemo, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TooltipBox, type ChartFormat } from '../../lib/charts';
import { DATASET_COLOUR } from '../../lib/palette';
import { useFormat } from '../../state/useFormat';
import { TimeAxis, ValueAxis, yOf } from './axes';
import { INCIDENT_COLOUR, KILLED_COLOUR, type DisplayRow } from './layout';
import { CHART_HEIGHT, PLOT_BOTTOM, PLOT_TOP, labelStride, niceTicks, type PlotBox } from './scale';

type Range = { start: number; end: number };

/** Ticks for a series' highest value, kept as the same array while that value gives the same ticks. */
function useTicks(values: readonly number[]): readonly number[] {
  const key = niceTicks(Math.max(0, ...values)).join(',');
  return useMemo(() => key.split(',').map(Number), [key]);
}

/** One bar per bucket of the window, 80% of its band (the gap Recharts' bar charts leave), as plain rects. */
const Bars = memo(function Bars({
  values,
  left,
  band,
  top,
}: {
  values: readonly number[];
  left: number;
  band: number;
  top: number;
}) {
  return (
    <g className="timeline-bars" fill={INCIDENT_COLOUR}>
      {values.map((v, i) => {
        const y = yOf(v, top);
        return <rect key={i} x={left + (i + 0.1) * band} y={y} width={band * 0.8} height={PLOT_BOTTOM - y} />;
      })}
    </g>
  );
});

/** One series as one path through its bands' centres; dots on each point when there are few. */
const SeriesLine = memo(function SeriesLine({
  values,
  left,
  band,
  top,
  colour,
  dashed = false,
  dots = false,
}: {
  values: readonly number[];
  left: number;
  band: number;
  top: number;
  colour: string;
  dashed?: boolean;
  dots?: boolean;
}) {
  const points = values.map((v, i) => [left + (i + 0.5) * band, yOf(v, top)] as const);
  const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`).join('');
  return (
    <g className="timeline-line">
      <path d={d} fill="none" stroke={colour} strokeWidth={2} strokeDasharray={dashed ? '5 3' : undefined} />
      {dots ? points.map(([x, y], i) => <circle key={i} cx={x} cy={y} r={3} fill="#fff" stroke={colour} />) : null}
    </g>
  );
});

/**
 * The plot: incidents (bars, left-hand axis in English, right-hand in Arabic), killed (line, the other side) and
 * UCDP's killed (dashed, an axis of its own beside killed's) over the brushed window, the time axis under them, and
 * a tooltip for the bucket under the pointer or, from the keyboard, the bucket the arrow keys reach. `children`
 * (the brush) is drawn in the same SVG and passed as a kept element, so hovering does not redraw it.
 */
export function PlotSurface({
  width,
  rows,
  shown,
  box,
  rtl,
  dots,
  compared,
  labels,
  cf,
  label,
  children,
}: {
  width: number;
  /** Every bucket in display order (right to left in Arabic). */
  rows: readonly DisplayRow[];
  /** The brushed window, display indices. */
  shown: Range;
  box: PlotBox;
  rtl: boolean;
  dots: boolean;
  compared: boolean;
  /** The window's bucket labels in display order (kept while the window and the buckets' dates are the same). */
  labels: readonly string[];
  cf: ChartFormat;
  label: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('timeline');
  const fmt = useFormat();
  const [active, setActive] = useState<number | null>(null);
  const visible = useMemo(() => rows.slice(shown.start, shown.end + 1), [rows, shown.start, shown.end]);
  const incidents = useMemo(() => visible.map((r) => r.incidents), [visible]);
  const killed = useMemo(() => visible.map((r) => r.killed), [visible]);
  const ucdp = useMemo(() => (compared ? visible.map((r) => r.datasetKilled ?? 0) : null), [visible, compared]);
  const incidentTicks = useTicks(incidents);
  const killedTicks = useTicks(killed);
  const ucdpTicks = useTicks(ucdp ?? []);
  const top = (ticks: readonly number[]) => ticks[ticks.length - 1] ?? 1;
  const band = visible.length > 0 ? (box.right - box.left) / visible.length : 0;
  const stride = useMemo(() => labelStride(labels, band), [labels, band]);
  const n = rows.length;
  const first = rtl ? n - 1 - shown.start : shown.start;

  const at = (e: PointerEvent<SVGRectElement>) => {
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
    return Math.min(visible.length - 1, Math.max(0, Math.floor(x / band)));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const last = visible.length - 1;
    const next: Record<string, number> = {
      ArrowLeft: (active ?? 1) - 1,
      ArrowRight: (active ?? -1) + 1,
      Home: 0,
      End: last,
    };
    if (!(e.key in next)) return;
    e.preventDefault();
    setActive(Math.min(last, Math.max(0, next[e.key]!)));
  };
  const row = active === null ? undefined : visible[active];
  const x = active === null ? 0 : box.left + (active + 0.5) * band;

  return (
    <>
      <svg width={width} height={CHART_HEIGHT} className="timeline-svg">
        <g
          className="timeline-plot"
          tabIndex={0}
          role="img"
          aria-label={label}
          onFocus={() => setActive((a) => a ?? 0)}
          onBlur={() => setActive(null)}
          onKeyDown={onKeyDown}
        >
          {row ? (
            <rect
              className="timeline-cursor"
              x={box.left + active! * band}
              y={PLOT_TOP}
              width={band}
              height={PLOT_BOTTOM - PLOT_TOP}
              fill="#ccc"
              fillOpacity={0.5}
            />
          ) : null}
          <Bars values={incidents} left={box.left} band={band} top={top(incidentTicks)} />
          <SeriesLine
            values={killed}
            left={box.left}
            band={band}
            top={top(killedTicks)}
            colour={KILLED_COLOUR}
            dots={dots}
          />
          {ucdp ? (
            <SeriesLine values={ucdp} left={box.left} band={band} top={top(ucdpTicks)} colour={DATASET_COLOUR} dashed />
          ) : null}
          <rect
            className="timeline-hover"
            x={box.left}
            y={PLOT_TOP}
            width={Math.max(0, box.right - box.left)}
            height={PLOT_BOTTOM - PLOT_TOP}
            fill="transparent"
            onPointerMove={(e) => setActive(at(e))}
            // A tap on a touch screen gives no move before it: show the tapped bucket.
            onPointerDown={(e) => setActive(at(e))}
            onPointerLeave={() => setActive(null)}
          />
        </g>
        <ValueAxis {...box.incidentsAxis} ticks={incidentTicks} colour={INCIDENT_COLOUR} format={cf.decimal} />
        <ValueAxis {...box.killedAxis} ticks={killedTicks} colour={KILLED_COLOUR} format={cf.decimal} />
        {compared ? (
          <ValueAxis {...box.datasetAxis} ticks={ucdpTicks} colour={DATASET_COLOUR} format={cf.decimal} label="UCDP" />
        ) : null}
        <TimeAxis labels={labels} left={box.left} right={box.right} stride={stride} first={first} step={rtl ? -1 : 1} />
        {children}
      </svg>
      {row ? (
        <div className="timeline-tooltip" style={x > width / 2 ? { right: width - x + 12 } : { left: x + 12 }}>
          <TooltipBox
            title={fmt.dateSpan({ from: row.from, to: row.to }) ?? row.key}
            lines={[
              { label: t('incidents'), value: cf.decimal(row.incidents), colour: INCIDENT_COLOUR },
              { label: t('killed'), value: killedText(row, cf.decimal), colour: KILLED_COLOUR },
              ...(row.datasetKilled === null
                ? []
                : [{ label: t('datasetKilled'), value: cf.decimal(row.datasetKilled), colour: DATASET_COLOUR }]),
            ]}
          />
        </div>
      ) : null}
    </>
  );
}

/** "27" or "19–23" when the highest stated figures exceed the lowest. */
export function killedText(row: { killed: number; killedMax: number }, num: (n: number) => string): string {
  return Math.abs(row.killedMax - row.killed) < 0.05 ? num(row.killed) : `${num(row.killed)}–${num(row.killedMax)}`;
}
