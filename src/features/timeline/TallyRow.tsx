import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartBox } from '../../lib/charts';
import { useFormat } from '../../state/useFormat';
import { sourceName } from '../../lib/names';
import { useModel } from '../../state/selection';
import { useViewState } from '../../state/viewState';
import { CHART_MARGIN, type DisplayRow } from './layout';
import { plotBox } from './scale';
import type { TimelineData } from './useTimeline';
import { useWidth } from './useWidth';

/** At most this many lanes of tally bars; the rest are in the table. */
const MAX_LANES = 5;
/** At most this many bars (the largest tolls): each is an SVG group Recharts lays out, and thousands stall a click. */
const MAX_BARS = 60;
const LANE_HEIGHT = 22;
const TALLY_FILL = '#e9e4d8';
const TALLY_STROKE = '#7a6f57';

/**
 * Puts each period in the first of `maxLanes` lanes where it does not overlap the previous one (chronological
 * indices); a period that fits none gets lane `maxLanes` (not drawn). Only the drawn lanes are tracked: with
 * thousands of tallies, searching every lane for every period cost more than the rest of the timeline's update.
 */
export function packLanes<T extends { start: number; end: number }>(
  items: readonly T[],
  maxLanes = MAX_LANES,
): Array<T & { lane: number }> {
  const laneEnds: number[] = [];
  return [...items]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((item) => {
      let lane = laneEnds.findIndex((end) => end < item.start);
      if (lane === -1) lane = laneEnds.length;
      if (lane < maxLanes) laneEnds[lane] = item.end;
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
 * the incident bars and aligned with them: the same buckets in the brushed window, as equal bands between the
 * plot's edges (plotBox, which the chart above uses too).
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
  const model = useModel();
  const { language } = useViewState('language');
  const fmt = useFormat();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const lanes = useMemo(() => packLanes(data.tallies), [data.tallies]);
  const n = data.buckets.length;
  const drawn = useMemo(() => {
    const inLanes = lanes.filter((l) => l.lane < MAX_LANES);
    if (inLanes.length <= MAX_BARS) return inLanes;
    const size = (l: (typeof inLanes)[number]) => l.tally.killed?.max ?? l.tally.killed?.min ?? 0;
    return [...inLanes].sort((a, b) => size(b) - size(a)).slice(0, MAX_BARS);
  }, [lanes]);
  const laneCount = Math.min(MAX_LANES, Math.max(1, ...drawn.map((l) => l.lane + 1)));
  if (lanes.length === 0) return null;

  const height = laneCount * LANE_HEIGHT + 8;
  // Between the plot's own edges (the axes and margins of the chart above: plotBox).
  const { left, right } = plotBox(width, rtl, extraAxis);
  const top = 4;
  const laneSpan = (height - top - CHART_MARGIN.bottom) / laneCount;
  const visible = shown.end - shown.start + 1;
  const band = visible > 0 ? (right - left) / visible : 0;

  return (
    <ChartBox height={height}>
      <div ref={box} className="tally-row">
        {width > 0 && rows.length > 0 ? (
          <svg width={width} height={height}>
            {drawn.map(({ tally, start, end, lane }) => {
              // Chronological indices to display indices, then clipped to the brushed window.
              const a = Math.max(rtl ? n - 1 - end : start, shown.start);
              const b = Math.min(rtl ? n - 1 - start : end, shown.end);
              if (a > b || !rows[a] || !rows[b]) return null;
              const source = tally.source_ids.map((id) => model.sourcesById.get(id)).find((x) => x !== undefined);
              const who = (source && sourceName(source, language)) ?? tc('vocab.unattributed');
              return (
                <TallyBar
                  key={tally.id}
                  x={left + (a - shown.start) * band}
                  y={top + (lane + 0.1) * laneSpan}
                  width={(b - a + 1) * band}
                  height={0.8 * laneSpan}
                  label={t('tallyLabel', { source: who, killed: fmt.range(tally.killed) })}
                  title={t('tallyTitle', {
                    source: who,
                    killed: fmt.range(tally.killed),
                    period: fmt.dateSpan(tally.date) ?? '',
                  })}
                  rtl={rtl}
                />
              );
            })}
          </svg>
        ) : null}
      </div>
    </ChartBox>
  );
}
