import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, Brush, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { isoDay, type TimelineBucket } from '../../domain/aggregate';
import { AXIS_TICK, CHART_FILL, ChartBox, TooltipBox, plainBar } from '../../lib/charts';
import { useChartFormat, useFormat } from '../../state/useFormat';
import { DATASET_COLOUR } from '../../lib/palette';
import { useViewState } from '../../state/viewState';
import type { TimelineData } from './useTimeline';
import { TallyRow } from './TallyRow';
import { useBrushA11y } from './useBrushA11y';
import { AXIS_WIDTH, CHART_MARGIN, INCIDENT_COLOUR, KILLED_COLOUR, type DisplayRow } from './layout';

type Range = { start: number; end: number };
type BrushRange = { startIndex: number; endIndex: number };

// Object props made once, like lib/charts' AXIS_TICK and CHART_FILL (see `axes`).
const INCIDENT_TICK = { fontSize: 12, fill: INCIDENT_COLOUR };
const KILLED_TICK = { fontSize: 12, fill: KILLED_COLOUR };
const DATASET_TICK = { fontSize: 12, fill: DATASET_COLOUR };
const UCDP_LABEL = { value: 'UCDP', position: 'insideTop', fontSize: 11, fill: DATASET_COLOUR } as const;

/**
 * Incidents (bars) and killed (line) per bucket, with a brush that sets the date filter when released. In Arabic
 * the rows are reversed, not the axis: the brush follows data order, so reversing the data makes bars, axis and
 * brush all run right to left together. Memoised: the click's own render passes the same (deferred) data.
 */
export const TimelineChart = memo(function TimelineChart({
  data,
  onCommit,
}: {
  data: TimelineData;
  onCommit: (start: number, end: number) => void;
}) {
  const { t } = useTranslation('timeline');
  const { language } = useViewState('language');
  const fmt = useFormat();
  const cf = useChartFormat();
  const rtl = language === 'ar';
  const n = data.buckets.length;
  const rows = useMemo(() => {
    const r = data.buckets.map((b, i) => toRow(b, data.datasetKilled?.[i] ?? null));
    return rtl ? r.reverse() : r;
  }, [data.buckets, data.datasetKilled, rtl]);
  const flip = (r: Range): Range => (rtl ? { start: n - 1 - r.end, end: n - 1 - r.start } : r);
  const committed = flip(data.window);
  // While a brush is dragged the window lives here; it becomes the date filter when released.
  const [draft, setDraft] = useState<Range | null>(null);
  const shown = draft ?? committed;

  const commit = (r: Range) => {
    setDraft(null);
    const chrono = flip(r);
    if (chrono.start !== data.window.start || chrono.end !== data.window.end) onCommit(chrono.start, chrono.end);
  };
  // The brush's handlers stay the same functions across renders (they call the latest `commit`), so its element
  // can be kept when the window did not move (see `brush`).
  const latestCommit = useRef(commit);
  useLayoutEffect(() => {
    latestCommit.current = commit;
  });
  const onBrushChange = useCallback((r: BrushRange) => setDraft({ start: r.startIndex, end: r.endIndex }), []);
  const onBrushEnd = useCallback((r: BrushRange) => latestCommit.current({ start: r.startIndex, end: r.endIndex }), []);
  const onKeyUp = (e: KeyboardEvent) => {
    if (draft && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) commit(draft);
  };
  const label = useCallback((key: string) => cf.bucket(key, data.unit), [cf, data.unit]);
  const first = rows[shown.start];
  const last = rows[shown.end];
  const period =
    first && last ? fmt.dateSpan(rtl ? { from: last.from, to: first.to } : { from: first.from, to: last.to }) : '';
  const chrono = flip(shown);
  const box = useRef<HTMLDivElement>(null);
  useBrushA11y(box, {
    startLabel: t('brushStart'),
    endLabel: t('brushEnd'),
    count: n,
    start: chrono.start,
    end: chrono.end,
    startText: data.buckets[chrono.start] ? fmt.date(data.buckets[chrono.start]!.key) : '',
    endText: data.buckets[chrono.end] ? fmt.date(isoDay(data.buckets[chrono.end]!.end)) : '',
    rtl,
  });
  const compared = data.datasetKilled !== null;
  const dots = n <= 40;
  // The chart's parts as elements kept while their own props are unchanged. Recharts copies each part's props into
  // its store in an effect, and a new props object (every render of a part) is a new entry there: each axis, series
  // and the brush re-registered on every filter change, and every registration re-ran the chart's selectors. A
  // filter change now gives the chart new rows and nothing else.
  const axes = useMemo(() => {
    const decimal = (v: number) => cf.decimal(v);
    return (
      <>
        <XAxis dataKey="key" tickFormatter={label} minTickGap={16} tick={AXIS_TICK} />
        <YAxis
          yAxisId="incidents"
          orientation={rtl ? 'right' : 'left'}
          width={AXIS_WIDTH}
          allowDecimals={false}
          tickFormatter={decimal}
          tick={INCIDENT_TICK}
        />
        <YAxis
          yAxisId="killed"
          orientation={rtl ? 'left' : 'right'}
          width={AXIS_WIDTH}
          allowDecimals={false}
          tickFormatter={decimal}
          tick={KILLED_TICK}
        />
        {compared ? (
          // UCDP GED's own axis: its thousands would flatten the reports' line on a shared one.
          <YAxis
            yAxisId="ucdp"
            orientation={rtl ? 'left' : 'right'}
            width={AXIS_WIDTH}
            allowDecimals={false}
            tickFormatter={decimal}
            tick={DATASET_TICK}
            label={UCDP_LABEL}
          />
        ) : null}
      </>
    );
  }, [cf, label, rtl, compared]);
  const series = useMemo(
    () => (
      <>
        <Tooltip
          content={({ active, payload }) => {
            const row = payload?.[0]?.payload as DisplayRow | undefined;
            if (!active || !row) return null;
            return (
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
            );
          }}
        />
        <Bar
          yAxisId="incidents"
          dataKey="incidents"
          name={t('incidents')}
          fill={INCIDENT_COLOUR}
          isAnimationActive={false}
          shape={plainBar}
        />
        <Line
          yAxisId="killed"
          dataKey="killed"
          name={t('killed')}
          stroke={KILLED_COLOUR}
          strokeWidth={2}
          dot={dots}
          isAnimationActive={false}
        />
        {compared ? (
          <Line
            yAxisId="ucdp"
            dataKey="datasetKilled"
            name={t('datasetKilled')}
            stroke={DATASET_COLOUR}
            strokeWidth={2}
            strokeDasharray="5 3"
            dot={false}
            isAnimationActive={false}
          />
        ) : null}
      </>
    ),
    [cf, fmt, t, dots, compared],
  );
  const brush = useMemo(
    () => (
      <Brush
        dataKey="key"
        height={28}
        startIndex={shown.start}
        endIndex={shown.end}
        tickFormatter={label}
        ariaLabel={t('brush', { period })}
        onChange={onBrushChange}
        onDragEnd={onBrushEnd}
        stroke={INCIDENT_COLOUR}
        travellerWidth={10}
      />
    ),
    [shown.start, shown.end, label, t, period, onBrushChange, onBrushEnd],
  );

  return (
    <div onKeyUp={onKeyUp} className="timeline-chart" ref={box}>
      <ChartBox height={260}>
        <ComposedChart responsive data={rows} margin={CHART_MARGIN} style={CHART_FILL}>
          {axes}
          {series}
          {brush}
        </ComposedChart>
      </ChartBox>
      <TallyRow data={data} rows={rows} shown={shown} rtl={rtl} extraAxis={compared} />
      <p className="small muted legend">
        <span className="swatch" style={{ background: INCIDENT_COLOUR }} aria-hidden="true" /> {t('incidents')}{' '}
        <span className="swatch line" style={{ background: KILLED_COLOUR }} aria-hidden="true" /> {t('killed')}{' '}
        <span className="swatch tally" aria-hidden="true" /> {t('talliesLegend')}
        {data.datasetKilled ? (
          <>
            {' '}
            <span className="swatch line dataset" aria-hidden="true" /> {t('datasetKilled')}
          </>
        ) : null}
      </p>
    </div>
  );
});

function toRow(b: TimelineBucket, datasetKilled: number | null): DisplayRow {
  return {
    key: b.key,
    from: b.key,
    to: isoDay(b.end),
    incidents: b.incidents,
    killed: b.killed,
    killedMax: b.killedMax,
    datasetKilled,
  };
}

/** "27" or "19–23" when the highest stated figures exceed the lowest. */
export function killedText(row: { killed: number; killedMax: number }, num: (n: number) => string): string {
  return Math.abs(row.killedMax - row.killed) < 0.05 ? num(row.killed) : `${num(row.killed)}–${num(row.killedMax)}`;
}
