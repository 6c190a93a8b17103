import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDay, type TimelineBucket } from '../../domain/aggregate';
import { ChartBox } from '../../lib/charts';
import { useChartFormat, useFormat } from '../../state/useFormat';
import { useViewState } from '../../state/viewState';
import type { TimelineData } from './useTimeline';
import { TallyRow } from './TallyRow';
import { Brush, type Range } from './Brush';
import { PlotSurface } from './Plot';
import { CHART_HEIGHT, plotBox } from './scale';
import { useWidth } from './useWidth';
import { INCIDENT_COLOUR, KILLED_COLOUR, type DisplayRow } from './layout';

export { killedText } from './Plot';

/**
 * Incidents (bars) and killed (line) per bucket, drawn as plain SVG, with a brush under them whose window becomes
 * the date filter when released. In Arabic the rows are reversed: bars, axis and brush all run right to left. Not a
 * Recharts chart: its store and selectors cost ~100 ms per filter click at 100k for ~170 bars. Memoised: the click's
 * own render passes the same (deferred) data; a filter change gives new bars and lines, and the axes, labels and
 * brush are kept while their own props are unchanged.
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
  // While a brush handle is dragged (or moved by keys) the window lives here; it becomes the date filter on release.
  const [draft, setDraft] = useState<Range | null>(null);
  const shown = draft ?? committed;

  const commit = (r: Range) => {
    setDraft(null);
    const chrono = flip(r);
    if (chrono.start !== data.window.start || chrono.end !== data.window.end) onCommit(chrono.start, chrono.end);
  };
  // The brush's handlers stay the same functions across renders (they call the latest `commit`), so the brush is
  // kept when the window did not move.
  const latestCommit = useRef(commit);
  useLayoutEffect(() => {
    latestCommit.current = commit;
  });
  const onBrushCommit = useCallback((r: Range) => latestCommit.current(r), []);

  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const compared = data.datasetKilled !== null;
  const geometry = useMemo(() => plotBox(width, rtl, compared), [width, rtl, compared]);
  // Labels depend on the buckets' dates, not their counts: kept across filter changes.
  const keys = useBucketKeys(data.buckets);
  // The window's labels in display order: keys are chronological, the window is in display indices.
  const chrono = flip(shown);
  const labels = useMemo(() => {
    const window = keys.slice(chrono.start, chrono.end + 1).map((k) => cf.bucket(k, data.unit));
    return rtl ? window.reverse() : window;
  }, [keys, chrono.start, chrono.end, cf, data.unit, rtl]);

  const first = rows[shown.start];
  const last = rows[shown.end];
  const period =
    first && last ? fmt.dateSpan(rtl ? { from: last.from, to: first.to } : { from: first.from, to: last.to }) : '';
  const startBucket = data.buckets[chrono.start];
  const endBucket = data.buckets[chrono.end];
  const startText = startBucket ? fmt.date(startBucket.key) : '';
  const endText = endBucket ? fmt.date(isoDay(endBucket.end)) : '';
  const brush = useMemo(
    () => (
      <Brush
        count={n}
        window={{ start: shown.start, end: shown.end }}
        left={geometry.left}
        right={geometry.right}
        rtl={rtl}
        label={t('brush', { period })}
        start={{ label: t('brushStart'), valueText: startText }}
        end={{ label: t('brushEnd'), valueText: endText }}
        onDraft={setDraft}
        onCommit={onBrushCommit}
      />
    ),
    [n, shown.start, shown.end, geometry, rtl, t, period, startText, endText, onBrushCommit],
  );

  return (
    <div className="timeline-chart">
      <ChartBox height={CHART_HEIGHT}>
        <div ref={box} className="timeline-surface">
          {width > 0 && n > 0 ? (
            <PlotSurface
              width={width}
              rows={rows}
              shown={shown}
              box={geometry}
              rtl={rtl}
              dots={n <= 40}
              compared={compared}
              labels={labels}
              cf={cf}
              label={t('plot', { period })}
            >
              {brush}
            </PlotSurface>
          ) : null}
        </div>
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

/** The buckets' start dates, the same array while they are the same dates (a filter change keeps them). */
function useBucketKeys(buckets: readonly TimelineBucket[]): readonly string[] {
  const joined = buckets.map((b) => b.key).join(' ');
  return useMemo(() => (joined === '' ? [] : joined.split(' ')), [joined]);
}

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
