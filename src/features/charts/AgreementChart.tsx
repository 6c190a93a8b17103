import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, ComposedChart, Tooltip } from 'recharts';
import { countRepeating, sourceAgreement, sourceAgreementWith, type AgreementRow } from '../../domain/aggregateSources';
import type { Incident } from '../../domain/schema';
import { CHART_FILL, ChartBox, ChartFrame, ChartLegend, TooltipBox } from '../../lib/charts';
import { useFormat } from '../../state/useFormat';
import { useModel } from '../../state/selection';
import { useViewState } from '../../state/viewState';
import { barAxes } from './parts';
import { AGREEMENT_COLOURS, frameLabels } from './theme';
import { useLabels } from './useLabels';
import { useDatasetFigures } from './useDatasetFigures';

const KINDS = ['higher', 'same', 'lower'] as const;
/** The chart shows the sources sharing the most incidents; the table and the CSV have them all. */
const CHART_SOURCES = 15;
const MARGIN = { top: 4, right: 16, bottom: 4, left: 16 };

/**
 * Source agreement: for incidents two or more sources count, how often each source's figure is above, at or below
 * the incident's median figure, and by how much on average.
 */
export const AgreementChart = memo(function AgreementChart({
  incidents,
  who: given,
}: {
  incidents: readonly Incident[];
  /** Whom the chart counts, for its title (see `useWho`); all victims when not given. */
  who?: string;
}) {
  const { t } = useTranslation('charts');
  const who = given ?? t('whoAll');
  const model = useModel();
  const { language } = useViewState('language');
  const fmt = useFormat();
  const labels = useLabels();
  const datasetFigures = useDatasetFigures(incidents);
  const rows = useMemo(
    () =>
      datasetFigures
        ? sourceAgreementWith(incidents, model.claimsById, datasetFigures)
        : sourceAgreement(incidents, model.claimsById, model.incidents),
    [incidents, model, datasetFigures],
  );
  const shared = useMemo(() => incidents.filter((e) => e.source_count >= 2).length, [incidents]);
  // Incidents where UCDP was coded from one of their own sources: it is left out there (independence), and said so.
  const repeating = useMemo(
    () => (datasetFigures ? countRepeating(incidents, datasetFigures) : 0),
    [incidents, datasetFigures],
  );
  const rtl = language === 'ar';
  const data = rows.map((r) => ({ ...r, label: labels.source(r.sourceId) }));
  const charted = data.slice(0, CHART_SOURCES);
  const signed = (f: number) => `${f > 0 ? '+' : ''}${fmt.percent(f)}`;
  // Axes, tooltip and bars kept as elements while the language is unchanged (see TimelineChart): a filter change
  // gives the chart new rows, not a new registration of every part in Recharts' store.
  const parts = useMemo(() => {
    const sign = (f: number) => `${f > 0 ? '+' : ''}${fmt.percent(f)}`;
    return (
      <>
        {barAxes(rtl, fmt, 120)}
        <Tooltip
          content={({ active, payload }) => {
            const d = payload?.[0]?.payload as (AgreementRow & { label: string }) | undefined;
            if (!active || !d) return null;
            return (
              <TooltipBox
                title={`${d.label}: ${t('incidentsCount', { count: d.incidents })}`}
                lines={[
                  ...KINDS.map((k) => ({ label: t(k), value: fmt.number(d[k]), colour: AGREEMENT_COLOURS[k] })),
                  { label: t('meanDeviation'), value: sign(d.meanRelativeDeviation) },
                ]}
              />
            );
          }}
        />
        {KINDS.map((k) => (
          <Bar key={k} dataKey={k} stackId="n" name={t(k)} fill={AGREEMENT_COLOURS[k]} isAnimationActive={false} />
        ))}
      </>
    );
  }, [rtl, fmt, t]);

  return (
    <ChartFrame
      title={t('agreement', { who })}
      note={
        <>
          {t('agreementNote', { count: shared })}{' '}
          {rows.length > CHART_SOURCES ? t('agreementTop', { count: CHART_SOURCES }) : null}
          {repeating > 0 ? (
            <span className="agreement-repeats"> {t('agreementRepeats', { count: repeating })}</span>
          ) : null}
        </>
      }
      labels={frameLabels(t)}
      csv={{
        rows: () =>
          rows.map((r) => ({
            source: r.sourceId,
            incidents: r.incidents,
            higher: r.higher,
            same: r.same,
            lower: r.lower,
            mean_relative_deviation: Math.round(r.meanRelativeDeviation * 1000) / 1000,
            mean_deviation: Math.round(r.meanDeviation * 100) / 100,
          })),
        columns: (
          ['source', 'incidents', 'higher', 'same', 'lower', 'mean_relative_deviation', 'mean_deviation'] as const
        ).map((key) => ({ key, header: key })),
        fileName: 'rasd-source-agreement',
      }}
      chart={
        rows.length === 0 ? (
          <p className="empty">{t('agreementNone')}</p>
        ) : (
          <ChartBox height={Math.max(100, charted.length * 32 + 30)}>
            <ComposedChart responsive layout="vertical" data={charted} margin={MARGIN} style={CHART_FILL}>
              {parts}
            </ComposedChart>
          </ChartBox>
        )
      }
      legend={<ChartLegend items={KINDS.map((k) => ({ label: t(k), colour: AGREEMENT_COLOURS[k] }))} />}
      table={() => (
        <table className="chart-table">
          <caption className="visually-hidden">{t('agreement', { who })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('source')}</th>
              <th scope="col">{t('incidents')}</th>
              {KINDS.map((k) => (
                <th key={k} scope="col">
                  {t(k)}
                </th>
              ))}
              <th scope="col">{t('meanDeviation')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.sourceId}>
                <th scope="row">{d.label}</th>
                <td>{fmt.number(d.incidents)}</td>
                {KINDS.map((k) => (
                  <td key={k}>{fmt.number(d[k])}</td>
                ))}
                <td>
                  <bdi>{signed(d.meanRelativeDeviation)}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
});
