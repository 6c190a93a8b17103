import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, ComposedChart, LabelList, Tooltip } from 'recharts';
import { dayNumber } from '../../domain/aggregate';
import { indexIncidentsByArea, talliesAgainstIncidents, type TallyComparison } from '../../domain/aggregateTallies';
import type { Tally } from '../../domain/schema';
import { CHART_FILL, ChartBox, ChartFrame, ChartLegend, TooltipBox } from '../../lib/charts';
import { useFormat } from '../../state/useFormat';
import { useModel } from '../../state/selection';
import { useViewState } from '../../state/viewState';
import { useSumText } from './GovernorateChart';
import { barAxes, SMALL_TICK } from './parts';
import { INCIDENTS_SUM_COLOUR, TALLY_COLOUR, frameLabels } from './theme';
import { useLabels } from './useLabels';

/** The chart shows the largest tallies; the table and the CSV have them all. */
const CHART_TALLIES = 8;
const MARGIN = { top: 4, right: 40, bottom: 4, left: 40 };

/**
 * Tallies against incidents: each tally ("SOHR: 125 in a week in Raqqa") beside the sum of every incident in the
 * dataset inside its area and period, to show how much of a toll the incident records account for.
 */
export const TalliesChart = memo(function TalliesChart({
  tallies,
  who: given,
}: {
  tallies: readonly Tally[];
  /** Whom the chart counts, for its title (see `useWho`); all victims when not given. */
  who?: string;
}) {
  const { t } = useTranslation('charts');
  const who = given ?? t('whoAll');
  const model = useModel();
  const { language } = useViewState('language');
  const fmt = useFormat();
  const labels = useLabels();
  const sumText = useSumText();
  // Every incident of the dataset counts against a tally, whatever the filters, so each tally's comparison is a
  // property of the dataset: computed once per load; a filter change only picks the rows of the selected tallies.
  const all = useMemo(
    () =>
      talliesAgainstIncidents(model.tallies, indexIncidentsByArea(model.incidents, model.placesById), model.placesById),
    [model],
  );
  const rows = useMemo(() => {
    const selected = new Set(tallies.map((t) => t.id));
    return all.filter((r) => selected.has(r.tallyId));
  }, [all, tallies]);
  const byId = useMemo(() => new Map(tallies.map((x) => [x.id, x])), [tallies]);
  const rtl = language === 'ar';
  // Axes, tooltip and bars kept as elements while the language is unchanged (see TimelineChart): a filter change
  // gives the chart new rows, not a new registration of every part in Recharts' store.
  const parts = useMemo(
    () => (
      <>
        {barAxes(rtl, fmt, 200, SMALL_TICK)}
        <Tooltip
          content={({ active, payload }) => {
            const d = payload?.[0]?.payload as { sentence: string } | undefined;
            if (!active || !d) return null;
            return <TooltipBox title={d.sentence} lines={[]} />;
          }}
        />
        <Bar dataKey="tally" name={t('tallyFigure')} fill={TALLY_COLOUR} isAnimationActive={false}>
          <LabelList dataKey="tallyText" position="right" fontSize={11} />
        </Bar>
        <Bar dataKey="incidents" name={t('incidentsSum')} fill={INCIDENTS_SUM_COLOUR} isAnimationActive={false}>
          <LabelList dataKey="incidentsText" position="right" fontSize={11} />
        </Bar>
      </>
    ),
    [rtl, fmt, t],
  );

  const sentence = (r: TallyComparison) => {
    const tally = byId.get(r.tallyId);
    const date = tally?.date ?? null;
    const days = date ? dayNumber(date.to) - dayNumber(date.from) + 1 : 0;
    const base = {
      source: r.sourceIds.map(labels.source).join(t('and')),
      killed: fmt.range(r.tallyKilled),
      place: labels.place(tally?.place_id ?? null),
    };
    if (!r.comparable || !date) return t('tallyUndated', base);
    const when = days === 1 ? t('onDay', { date: fmt.date(date.from) }) : t('inDays', { count: days });
    return t('tallySentence', { ...base, when, sum: sumText(r.incidentsKilled), count: r.incidentIndices.length });
  };
  const comparable = rows
    .filter((r) => r.comparable && r.tallyKilled !== null)
    .sort((a, b) => (b.tallyKilled?.min ?? 0) - (a.tallyKilled?.min ?? 0));
  const data = comparable.slice(0, CHART_TALLIES).map((r) => ({
    id: r.tallyId,
    label: `${r.sourceIds.map(labels.source).join(t('and'))} · ${labels.place(byId.get(r.tallyId)?.place_id ?? null, false)}`,
    tally: r.tallyKilled?.min ?? 0,
    tallyText: fmt.range(r.tallyKilled),
    incidents: r.incidentsKilled.min,
    incidentsText: sumText(r.incidentsKilled),
    sentence: sentence(r),
  }));
  if (rows.length === 0) return null;

  return (
    <ChartFrame
      title={t('tallies', { who })}
      note={t('talliesNote')}
      labels={frameLabels(t)}
      csv={{
        rows: () =>
          rows.map((r) => ({
            tally: r.tallyId,
            source: r.sourceIds.join(' '),
            from: byId.get(r.tallyId)?.date?.from ?? '',
            to: byId.get(r.tallyId)?.date?.to ?? '',
            tally_killed_min: r.tallyKilled?.min,
            tally_killed_max: r.tallyKilled?.max,
            comparable: r.comparable,
            incidents: r.incidentIndices.length,
            incidents_killed_min: r.incidentsKilled.min,
            incidents_killed_max: r.incidentsKilled.max,
            incidents_open_ended: r.incidentsKilled.open,
          })),
        columns: (
          [
            'tally',
            'source',
            'from',
            'to',
            'tally_killed_min',
            'tally_killed_max',
            'comparable',
            'incidents',
            'incidents_killed_min',
            'incidents_killed_max',
            'incidents_open_ended',
          ] as const
        ).map((key) => ({ key, header: key })),
        fileName: 'rasd-tallies-against-incidents',
      }}
      chart={
        <>
          <ChartBox height={Math.max(110, data.length * 46 + 30)}>
            <ComposedChart responsive layout="vertical" data={data} margin={MARGIN} style={CHART_FILL}>
              {parts}
            </ComposedChart>
          </ChartBox>
          <ul className="chart-facts small">
            {[...data.filter((d) => d.incidents > 0), ...data.filter((d) => d.incidents === 0)].slice(0, 3).map((d) => (
              <li key={d.id}>{d.sentence}</li>
            ))}
          </ul>
        </>
      }
      legend={
        <ChartLegend
          items={[
            { label: t('tallyFigure'), colour: TALLY_COLOUR },
            { label: t('incidentsSum'), colour: INCIDENTS_SUM_COLOUR },
          ]}
        />
      }
      table={() => <TalliesTable rows={rows} byId={byId} caption={t('tallies', { who })} />}
    />
  );
});

/**
 * Every selected tally as a table row: thousands at 100k, formatted only while the table is shown (ChartFrame makes
 * its `table` then).
 */
function TalliesTable({
  rows,
  byId,
  caption,
}: {
  rows: readonly TallyComparison[];
  byId: ReadonlyMap<string, Tally>;
  caption: string;
}) {
  const { t } = useTranslation('charts');
  const fmt = useFormat();
  const labels = useLabels();
  const sumText = useSumText();
  return (
    <table className="chart-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {(['source', 'place', 'period', 'tallyFigure', 'incidents', 'incidentsSum'] as const).map((k) => (
            <th key={k} scope="col">
              {t(k)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const tally = byId.get(r.tallyId);
          return (
            <tr key={r.tallyId}>
              <th scope="row">{r.sourceIds.map(labels.source).join(t('and'))}</th>
              <td>{labels.place(tally?.place_id ?? null)}</td>
              <td>{fmt.dateSpan(tally?.date ?? null) ?? '—'}</td>
              <td>{fmt.range(r.tallyKilled)}</td>
              <td>{r.comparable ? fmt.number(r.incidentIndices.length) : '—'}</td>
              <td>{r.comparable ? sumText(r.incidentsKilled) : t('notComparable')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
