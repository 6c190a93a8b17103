import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, ComposedChart, ReferenceArea, XAxis, YAxis } from 'recharts';
import { ChartBox } from '../../lib/charts';
import { useFormat } from '../../state/useFormat';
import { sourceName } from '../../lib/names';
import { useSelection } from '../../state/selection';
import { useViewState } from '../../state/viewState';
import { AXIS_WIDTH, CHART_MARGIN, type DisplayRow } from './layout';
import type { TimelineData } from './useTimeline';

/** At most this many lanes of tally bars; the rest are in the table. */
const MAX_LANES = 5;
/** At most this many bars (the largest tolls): each is an SVG group Recharts lays out, and thousands stall a click. */
const MAX_BARS = 60;
const LANE_HEIGHT = 22;
const TALLY_FILL = '#e9e4d8';
const TALLY_STROKE = '#7a6f57';

/** Puts each period in the first lane where it does not overlap the previous one (chronological indices). */
export function packLanes<T extends { start: number; end: number }>(items: readonly T[]): Array<T & { lane: number }> {
  const laneEnds: number[] = [];
  return [...items]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((item) => {
      let lane = laneEnds.findIndex((end) => end < item.start);
      if (lane === -1) lane = laneEnds.length;
      laneEnds[lane] = item.end;
      return { ...item, lane };
    });
}

/** Roughly how wide a label of n characters is at 11px; a label that does not fit its bar is left to the tooltip. */
const fits = (text: string, width: number) => text.length * 6 + 8 <= width;

/** One tally's period bar; hovering shows what it counts (SVG <title>), and it is labelled when the label fits. */
function TallyBar({
  x,
  y,
  width,
  height,
  label,
  title,
  rtl,
}: {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  title: string;
  rtl: boolean;
}) {
  const w = Math.max(width, 3);
  return (
    <g className="tally-bar">
      <title>{title}</title>
      <rect x={x} y={y} width={w} height={height} fill={TALLY_FILL} stroke={TALLY_STROKE} strokeDasharray="3 2" />
      {fits(label, w) ? (
        <text
          x={rtl ? x + w - 4 : x + 4}
          y={y + height / 2}
          dominantBaseline="central"
          textAnchor={rtl ? 'end' : 'start'}
          fontSize={11}
          fill="#1b2430"
        >
          {label}
        </text>
      ) : null}
    </g>
  );
}

/**
 * Tallies ("125 killed in a week") are not incidents: they are drawn apart, as bars spanning their period, under
 * the incident bars and aligned with them (same data window, margins and axis widths).
 */
export function TallyRow({
  data,
  rows,
  shown,
  rtl,
  extraAxis = false,
}: {
  data: TimelineData;
  rows: readonly DisplayRow[];
  shown: { start: number; end: number };
  rtl: boolean;
  /** The chart above has a third axis (UCDP GED's), on the killed side: pad for it so periods line up. */
  extraAxis?: boolean;
}) {
  const { t } = useTranslation('timeline');
  const { t: tc } = useTranslation('common');
  const { model } = useSelection();
  const { language } = useViewState('language');
  const fmt = useFormat();
  const lanes = useMemo(() => packLanes(data.tallies), [data.tallies]);
  const visible = rows.slice(shown.start, shown.end + 1);
  const n = data.buckets.length;
  const drawn = useMemo(() => {
    const inLanes = lanes.filter((l) => l.lane < MAX_LANES);
    if (inLanes.length <= MAX_BARS) return inLanes;
    const size = (l: (typeof inLanes)[number]) => l.tally.killed?.max ?? l.tally.killed?.min ?? 0;
    return [...inLanes].sort((a, b) => size(b) - size(a)).slice(0, MAX_BARS);
  }, [lanes]);
  const laneCount = Math.min(MAX_LANES, Math.max(1, ...drawn.map((l) => l.lane + 1)));
  if (lanes.length === 0) return null;

  return (
    <ChartBox height={laneCount * LANE_HEIGHT + 8}>
      <ComposedChart
        responsive
        data={visible}
        margin={{ ...CHART_MARGIN, top: 4 }}
        style={{ width: '100%', height: '100%' }}
      >
        <XAxis dataKey="key" hide />
        <YAxis
          yAxisId="lanes"
          type="number"
          domain={[0, laneCount]}
          reversed
          width={AXIS_WIDTH}
          tick={false}
          axisLine={false}
        />
        <YAxis yAxisId="pad" orientation="right" width={AXIS_WIDTH} tick={false} axisLine={false} />
        {extraAxis ? (
          <YAxis yAxisId="pad2" orientation={rtl ? 'left' : 'right'} width={AXIS_WIDTH} tick={false} axisLine={false} />
        ) : null}
        {/* An empty series gives the categorical axis its buckets. */}
        <Bar yAxisId="lanes" dataKey={() => 0} isAnimationActive={false} />
        {drawn.map(({ tally, start, end, lane }) => {
          // Chronological indices to display indices, then clipped to the brushed window.
          const a = Math.max(rtl ? n - 1 - end : start, shown.start);
          const b = Math.min(rtl ? n - 1 - start : end, shown.end);
          const x1 = rows[a]?.key;
          const x2 = rows[b]?.key;
          if (a > b || !x1 || !x2) return null;
          const source = tally.source_ids.map((id) => model.sourcesById.get(id)).find((s) => s !== undefined);
          const who = (source && sourceName(source, language)) ?? tc('vocab.unattributed');
          return (
            <ReferenceArea
              key={tally.id}
              yAxisId="lanes"
              x1={x1}
              x2={x2}
              y1={lane + 0.1}
              y2={lane + 0.9}
              ifOverflow="visible"
              shape={(props: { x?: number; y?: number; width?: number; height?: number }) => (
                <TallyBar
                  x={props.x ?? 0}
                  y={props.y ?? 0}
                  width={props.width ?? 0}
                  height={props.height ?? 0}
                  label={t('tallyLabel', { source: who, killed: fmt.range(tally.killed) })}
                  title={t('tallyTitle', {
                    source: who,
                    killed: fmt.range(tally.killed),
                    period: fmt.dateSpan(tally.date) ?? '',
                  })}
                  rtl={rtl}
                />
              )}
            />
          );
        })}
      </ComposedChart>
    </ChartBox>
  );
}
