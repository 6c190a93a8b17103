import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ComposedChart, Tooltip } from 'recharts';
import { killedByGovernorate, perpetratorsPresent, type KilledSum } from '../../domain/aggregate';
import type { Incident } from '../../domain/schema';
import { PERPETRATOR_COLOURS } from '../../lib/palette';
import { CHART_FILL, ChartBox, ChartFrame, ChartLegend, TooltipBox } from '../../lib/charts';
import { useFormat } from '../../state/useFormat';
import { useModel } from '../../state/selection';
import { useViewState } from '../../state/viewState';
import { barAxes, perpetratorBars } from './parts';
import { frameLabels } from './theme';
import { useLabels } from './useLabels';

const MARGIN = { top: 4, right: 48, bottom: 4, left: 48 };

/** One governorate's row as the chart draws it. */
interface ChartRow {
  label: string;
  total: string;
  row: ReturnType<typeof killedByGovernorate>[number];
}

/** "86", "86+" (some figure open-ended), "80–95". */
export function useSumText() {
  const fmt = useFormat();
  return (s: KilledSum) => fmt.range({ min: s.min, max: s.open ? null : s.max });
}

/** Killed per governorate, stacked by perpetrator (lowest standing figures), with the summed range at each end. */
export const GovernorateChart = memo(function GovernorateChart({
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
  const fmt = useFormat();
  const labels = useLabels();
  const sumText = useSumText();
  const who = given ?? t('whoAll');
  const model = useModel();
  const rows = useMemo(() => killedByGovernorate(incidents, model.incidents), [incidents, model]);
  const perpetrators = perpetratorsPresent(rows);
  // The range is written at the end of each bar: on the row's last non-zero segment, since an empty one gets no label.
  const data = rows.map((r) => {
    const last = perpetrators.filter((p) => r.byPerpetrator[p] > 0).pop();
    const ends = Object.fromEntries(perpetrators.map((p) => [`end_${p}`, p === last ? sumText(r.killed) : '']));
    return { ...r.byPerpetrator, ...ends, label: labels.governorate(r.governorate), total: sumText(r.killed), row: r };
  });
  const rtl = language === 'ar';
  const perp = useCallback((p: string) => tc(`vocab.perpetrator.${p}`), [tc]);
  // Axes, tooltip and bars kept as elements while what they show is unchanged: Recharts re-registers a part in its
  // store whenever it gets a new props object, so only the rows should change with a filter (see TimelineChart).
  const stack = perpetrators.join(' ');
  const parts = useMemo(() => {
    const drawn = stack === '' ? [] : (stack.split(' ') as typeof perpetrators);
    return (
      <>
        {barAxes(rtl, fmt, 96)}
        <Tooltip
          content={({ active, payload }) => {
            const d = payload?.[0]?.payload as ChartRow | undefined;
            if (!active || !d) return null;
            return (
              <TooltipBox
                title={`${d.label}: ${d.total}`}
                lines={drawn
                  .filter((p) => d.row.byPerpetrator[p] > 0)
                  .map((p) => ({
                    label: perp(p),
                    value: fmt.number(d.row.byPerpetrator[p]),
                    colour: PERPETRATOR_COLOURS[p],
                  }))}
              />
            );
          }}
        />
        {perpetratorBars(drawn, perp, true)}
      </>
    );
  }, [stack, rtl, fmt, perp]);

  return (
    <ChartFrame
      title={t('byGovernorate', { who })}
      note={t('rangeNote')}
      labels={frameLabels(t)}
      csv={{
        rows: () =>
          rows.map((r) => ({
            governorate: r.governorate ?? '',
            incidents: r.incidents,
            killed_min: r.killed.min,
            killed_max: r.killed.max,
            open_ended: r.killed.open,
            ...r.byPerpetrator,
          })),
        columns: [
          ...(['governorate', 'incidents', 'killed_min', 'killed_max', 'open_ended'] as const).map((key) => ({
            key,
            header: key,
          })),
          ...perpetrators.map((p) => ({ key: p, header: `killed_min_${p}` })),
        ],
        fileName: 'rasd-killed-by-governorate',
      }}
      chart={
        <ChartBox height={Math.max(120, data.length * 34 + 30)}>
          <ComposedChart responsive layout="vertical" data={data} margin={MARGIN} style={CHART_FILL}>
            {parts}
          </ComposedChart>
        </ChartBox>
      }
      legend={<ChartLegend items={perpetrators.map((p) => ({ label: perp(p), colour: PERPETRATOR_COLOURS[p] }))} />}
      table={() => (
        <table className="chart-table">
          <caption className="visually-hidden">{t('byGovernorate', { who })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('governorate')}</th>
              <th scope="col">{t('incidents')}</th>
              <th scope="col">{t('killed')}</th>
              {perpetrators.map((p) => (
                <th key={p} scope="col">
                  {perp(p)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.label}>
                <th scope="row">{d.label}</th>
                <td>{fmt.number(d.row.incidents)}</td>
                <td>{d.total}</td>
                {perpetrators.map((p) => (
                  <td key={p}>{fmt.number(d.row.byPerpetrator[p])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
});
