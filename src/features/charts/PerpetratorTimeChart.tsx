import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ComposedChart, Tooltip, XAxis, YAxis } from 'recharts';
import {
  chooseUnit,
  coarsenBuckets,
  incidentExtent,
  isoDay,
  perpetratorsPresent,
  timelineBuckets,
} from '../../domain/aggregate';
import type { Incident } from '../../domain/schema';
import { PERPETRATOR_COLOURS } from '../../lib/palette';
import { AXIS_TICK, CHART_FILL, ChartBox, ChartFrame, ChartLegend, TooltipBox } from '../../lib/charts';
import { useChartFormat, useFormat } from '../../state/useFormat';
import { useModel } from '../../state/selection';
import { useViewState } from '../../state/viewState';
import { perpetratorBars } from './parts';
import { frameLabels } from './theme';

const MARGIN = { top: 8, right: 8, bottom: 0, left: 8 };

/** At most this many stacked bars: over a decade, months are joined into quarters or years. */
const MAX_BARS = 60;

/** Killed over the selection's span, one stacked bar per bucket, split by perpetrator. */
export const PerpetratorTimeChart = memo(function PerpetratorTimeChart({
  incidents,
  who: given,
}: {
  incidents: readonly Incident[];
  /** Whom the chart counts, for its title (see `useWho`); all victims when not given. */
  who?: string;
}) {
  const { t } = useTranslation('charts');
  const { t: tc } = useTranslation('common');
  const { language } = useViewState('language');
  const model = useModel();
  const fmt = useFormat();
  const cf = useChartFormat();
  const { buckets, unit, per } = useMemo(() => {
    const extent = incidentExtent(incidents, model.incidents);
    if (extent === null) return { buckets: [], unit: 'month' as const, per: 1 };
    const u = chooseUnit(extent.to - extent.from + 1);
    const fine = timelineBuckets(incidents, extent.from, extent.to, u, model.incidents).buckets;
    return { ...coarsenBuckets(fine, MAX_BARS), unit: u };
  }, [incidents, model]);
  const perpetrators = perpetratorsPresent(buckets);
  const rtl = language === 'ar';
  const perp = useCallback((p: string) => tc(`vocab.perpetrator.${p}`), [tc]);
  const nonEmpty = buckets.filter((b) => b.killed > 0);
  // Axes, tooltip and bars kept as elements while what they show is unchanged (see TimelineChart): a filter change
  // then gives the chart new rows, not a new registration of every part in Recharts' store.
  const stack = perpetrators.join(' ');
  const parts = useMemo(() => {
    const drawn = stack === '' ? [] : (stack.split(' ') as typeof perpetrators);
    return (
      <>
        <XAxis
          dataKey="key"
          reversed={rtl}
          tickFormatter={(k: string) => cf.bucket(k, unit)}
          minTickGap={16}
          tick={AXIS_TICK}
        />
        <YAxis
          orientation={rtl ? 'right' : 'left'}
          width={44}
          allowDecimals={false}
          tickFormatter={(v: number) => cf.decimal(v)}
          tick={AXIS_TICK}
        />
        <Tooltip
          content={({ active, payload }) => {
            const d = payload?.[0]?.payload as ({ key: string; end: string } & Record<string, number>) | undefined;
            if (!active || !d) return null;
            return (
              <TooltipBox
                title={fmt.dateSpan({ from: d.key, to: d.end }) ?? d.key}
                lines={drawn
                  .filter((p) => (d[p] ?? 0) > 0)
                  .map((p) => ({ label: perp(p), value: cf.decimal(d[p] ?? 0), colour: PERPETRATOR_COLOURS[p] }))}
              />
            );
          }}
        />
        {perpetratorBars(drawn, perp)}
      </>
    );
  }, [stack, rtl, unit, cf, fmt, perp]);
  const who = given ?? t('whoAll');
  const title = per === 1 ? t(`overTime.${unit}`, { who }) : t(`overTime.${unit}s`, { who, count: per });
  if (buckets.length === 0) return null;

  return (
    <ChartFrame
      title={title}
      labels={frameLabels(t)}
      csv={{
        rows: () =>
          nonEmpty.map((b) => ({
            from: b.key,
            to: isoDay(b.end),
            killed_min: round(b.killed),
            ...roundAll(b.byPerpetrator),
          })),
        columns: [
          { key: 'from', header: 'from' },
          { key: 'to', header: 'to' },
          { key: 'killed_min', header: 'killed_min' },
          ...perpetrators.map((p) => ({ key: p, header: `killed_min_${p}` })),
        ],
        fileName: 'rasd-killed-over-time',
      }}
      chart={
        <ChartBox height={220}>
          <ComposedChart
            responsive
            data={buckets.map((b) => ({ key: b.key, end: isoDay(b.end), ...b.byPerpetrator }))}
            margin={MARGIN}
            style={CHART_FILL}
          >
            {parts}
          </ComposedChart>
        </ChartBox>
      }
      legend={<ChartLegend items={perpetrators.map((p) => ({ label: perp(p), colour: PERPETRATOR_COLOURS[p] }))} />}
      table={() => (
        <table className="chart-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('period')}</th>
              {perpetrators.map((p) => (
                <th key={p} scope="col">
                  {perp(p)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {nonEmpty.map((b) => (
              <tr key={b.key}>
                <th scope="row">{fmt.dateSpan({ from: b.key, to: isoDay(b.end) })}</th>
                {perpetrators.map((p) => (
                  <td key={p}>{cf.decimal(b.byPerpetrator[p])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
});

const round = (n: number) => Math.round(n * 1000) / 1000;
const roundAll = <K extends string>(r: Record<K, number>) =>
  Object.fromEntries(Object.entries<number>(r).map(([k, v]) => [k, round(v)])) as Record<K, number>;
