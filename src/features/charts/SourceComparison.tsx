import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, Cell, ComposedChart, ErrorBar, LabelList, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { sourceComparison } from '../../domain/aggregateSources';
import type { Count, Incident, Tally } from '../../domain/schema';
import { ChartBox, ChartFrame, ChartLegend, TooltipBox } from '../../lib/charts';
import { useFormat } from '../../state/useFormat';
import { useModel } from '../../state/selection';
import { useViewState } from '../../state/viewState';
import { FIGURE_COLOURS, frameLabels } from './theme';
import { useLabels } from './useLabels';

/** Lower bound and the whisker up to the upper bound (ErrorBar takes [below, above] the value). */
const bar = (c: Count | null) => (c === null ? null : c.min);
const whisker = (c: Count | null): [number, number] => [0, c === null || c.max === null ? 0 : c.max - c.min];

/**
 * What each source claims for one incident: killed and injured as bars with min–max whiskers, children and women
 * where stated, a source's revisions joined by a step line (SOHR 17 → 27), preliminary and superseded figures faded.
 */
export function SourceComparison({ event }: { event: Incident | Tally }) {
  const { t } = useTranslation('charts');
  const { t: tc } = useTranslation('common');
  const model = useModel();
  const { language } = useViewState('language');
  const fmt = useFormat();
  const labels = useLabels();
  const { rows, revisions } = useMemo(
    () => sourceComparison(event, model.claimsById, model.reportsById),
    [event, model],
  );
  const revising = new Set(revisions.flatMap((r) => r.claimIds));
  const data = rows.map((r) => ({
    ...r,
    label:
      r.step > 1
        ? t('revisionN', { source: labels.source(r.sourceId), n: fmt.number(r.step - 1) })
        : labels.source(r.sourceId),
    killedBar: bar(r.killed),
    killedWhisker: whisker(r.killed),
    injuredBar: bar(r.injured),
    injuredWhisker: whisker(r.injured),
    childrenBar: bar(r.childrenKilled),
    womenBar: bar(r.womenKilled),
    revisionStep: revising.has(r.claimId) && r.killed ? (r.killed.max ?? r.killed.min) : null,
  }));
  const hasInjured = rows.some((r) => r.injured !== null);
  const hasChildren = rows.some((r) => r.childrenKilled !== null);
  const hasWomen = rows.some((r) => r.womenKilled !== null);
  const rtl = language === 'ar';
  const range = (c: Count | null) => (c === null ? '—' : fmt.range(c));
  const status = (r: (typeof rows)[number]) =>
    r.superseded ? t('superseded') : r.status === 'reported' ? '' : tc(`vocab.status.${r.status}`);
  const title = t('comparisonTitle', {
    place: labels.place(event.place_id),
    date: fmt.dateSpan(event.date) ?? tc('vocab.dateUnknown'),
  });

  return (
    <ChartFrame
      className="source-comparison"
      title={title}
      labels={frameLabels(t)}
      note={
        <ul className="chart-facts">
          {revisions.map((r) => (
            <li key={r.sourceId}>
              {t('revision', { source: labels.source(r.sourceId), figures: r.figures.map(fmt.number).join(' → ') })}
            </li>
          ))}
          {rows
            .filter((r) => r.status === 'preliminary')
            .map((r) => (
              <li key={r.claimId}>
                {t('preliminaryFact', { source: labels.source(r.sourceId), killed: range(r.killed) })}
              </li>
            ))}
        </ul>
      }
      csv={{
        rows: () =>
          rows.map((r) => ({
            claim: r.claimId,
            source: r.sourceId,
            report: r.reportId,
            published: r.published,
            status: r.status,
            superseded: r.superseded,
            killed_min: r.killed?.min,
            killed_max: r.killed?.max,
            injured_min: r.injured?.min,
            injured_max: r.injured?.max,
            children_killed_min: r.childrenKilled?.min,
            women_killed_min: r.womenKilled?.min,
          })),
        columns: (
          [
            'claim',
            'source',
            'report',
            'published',
            'status',
            'superseded',
            'killed_min',
            'killed_max',
            'injured_min',
            'injured_max',
            'children_killed_min',
            'women_killed_min',
          ] as const
        ).map((key) => ({ key, header: key })),
        fileName: `rasd-sources-${event.id}`,
      }}
      chart={
        <ChartBox height={240}>
          <ComposedChart
            responsive
            data={data}
            margin={{ top: 18, right: 8, bottom: 4, left: 8 }}
            style={{ width: '100%', height: '100%' }}
          >
            <XAxis dataKey="label" reversed={rtl} interval={0} tick={{ fontSize: 12 }} />
            <YAxis
              orientation={rtl ? 'right' : 'left'}
              width={40}
              allowDecimals={false}
              tickFormatter={(v: number) => fmt.number(v)}
              tick={{ fontSize: 12 }}
            />
            <Tooltip
              content={({ active, payload }) => {
                const r = payload?.[0]?.payload as (typeof data)[number] | undefined;
                if (!active || !r) return null;
                const lines: Array<{ label: string; value: string; colour: string }> = [
                  { label: t('killed'), value: range(r.killed), colour: FIGURE_COLOURS.killed },
                  { label: t('injured'), value: range(r.injured), colour: FIGURE_COLOURS.injured },
                ];
                if (r.childrenKilled)
                  lines.push({ label: t('children'), value: range(r.childrenKilled), colour: FIGURE_COLOURS.children });
                if (r.womenKilled)
                  lines.push({ label: t('women'), value: range(r.womenKilled), colour: FIGURE_COLOURS.women });
                const s = status(r);
                return (
                  <TooltipBox
                    title={`${r.label}${r.published ? ` · ${fmt.date(r.published)}` : ''}${s ? ` · ${s}` : ''}`}
                    lines={lines}
                  />
                );
              }}
            />
            <Bar dataKey="killedBar" name={t('killed')} fill={FIGURE_COLOURS.killed} isAnimationActive={false}>
              {data.map((r) => (
                <Cell
                  key={r.claimId}
                  fillOpacity={r.superseded ? 0.35 : r.status === 'preliminary' ? 0.6 : 1}
                  {...(r.status === 'preliminary' ? { stroke: '#000', strokeDasharray: '4 2' } : {})}
                />
              ))}
              <ErrorBar dataKey="killedWhisker" width={6} stroke="#333" />
              <LabelList
                dataKey={(r: (typeof data)[number]) =>
                  r.killed ? `${range(r.killed)}${r.status === 'preliminary' ? '*' : ''}` : ''
                }
                position="top"
                fontSize={12}
              />
            </Bar>
            {hasInjured ? (
              <Bar dataKey="injuredBar" name={t('injured')} fill={FIGURE_COLOURS.injured} isAnimationActive={false}>
                {data.map((r) => (
                  <Cell key={r.claimId} fillOpacity={r.superseded ? 0.35 : 1} />
                ))}
                <ErrorBar dataKey="injuredWhisker" width={6} stroke="#333" />
              </Bar>
            ) : null}
            {hasChildren ? (
              <Bar
                dataKey="childrenBar"
                name={t('children')}
                fill={FIGURE_COLOURS.children}
                isAnimationActive={false}
              />
            ) : null}
            {hasWomen ? (
              <Bar dataKey="womenBar" name={t('women')} fill={FIGURE_COLOURS.women} isAnimationActive={false} />
            ) : null}
            {revisions.length > 0 ? (
              <Line
                dataKey="revisionStep"
                name={t('revisionLine')}
                type="stepAfter"
                stroke="#111"
                strokeWidth={2}
                strokeDasharray="5 3"
                connectNulls={false}
                dot={{ r: 4, fill: '#111', stroke: '#111' }}
                isAnimationActive={false}
              />
            ) : null}
          </ComposedChart>
        </ChartBox>
      }
      legend={
        <ChartLegend
          items={[
            { label: t('killed'), colour: FIGURE_COLOURS.killed },
            ...(hasInjured ? [{ label: t('injured'), colour: FIGURE_COLOURS.injured }] : []),
            ...(hasChildren ? [{ label: t('children'), colour: FIGURE_COLOURS.children }] : []),
            ...(hasWomen ? [{ label: t('women'), colour: FIGURE_COLOURS.women }] : []),
            ...(revisions.length > 0 ? [{ label: t('revisionLine'), colour: '#111', line: true }] : []),
          ]}
        />
      }
      table={() => (
        <table className="chart-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {(['source', 'published', 'status', 'killed', 'injured', 'children', 'women'] as const).map((k) => (
                <th key={k} scope="col">
                  {t(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((r) => (
              <tr key={r.claimId}>
                <th scope="row">{r.label}</th>
                <td>{r.published ? fmt.date(r.published) : '—'}</td>
                <td>{status(r) || tc('vocab.status.reported')}</td>
                <td>{range(r.killed)}</td>
                <td>{range(r.injured)}</td>
                <td>{range(r.childrenKilled)}</td>
                <td>{range(r.womenKilled)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
