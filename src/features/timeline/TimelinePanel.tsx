import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDay, type TimelineBucket } from '../../domain/aggregate';
import { victimsCounted } from '../../domain/filter';
import { ChartFrame } from '../../lib/charts';
import { useInReach } from '../../lib/useFollowWhenNear';
import { useChartFormat, useFormat } from '../../state/useFormat';
import { sourceName } from '../../lib/names';
import { useModel } from '../../state/selection';
import { useViewState } from '../../state/viewState';
import { TimelineChart, killedText } from './TimelineChart';
import { useTimeline, windowToDates, type TimelineData } from './useTimeline';
import { DateRange } from './DateRange';
import './timeline.css';

/** Incidents and killed over time; its brush and date inputs set the one date filter every view reads. */
export function TimelinePanel() {
  const { t } = useTranslation('timeline');
  const { t: tc } = useTranslation('common');
  const { setFilters, language } = useViewState('setFilters', 'language');
  const sectionRef = useRef<HTMLElement>(null);
  const { data, behind } = useTimeline(useInReach(sectionRef));
  // The data's own filters, not the view state's: the title must describe the bars drawn, which lag a click.
  const counted = victimsCounted(data.filters);
  const whom =
    counted === null
      ? t('whoAll')
      : counted.map((v) => tc(`vocab.victims.${v}`).toLocaleLowerCase(language)).join(t('whoJoin'));
  const title = t(`title.${data.unit}`, { who: whom });
  const inWindow = useMemo(
    () => data.buckets.slice(data.window.start, data.window.end + 1).filter((b) => b.incidents > 0),
    [data],
  );
  const { buckets } = data;
  const onCommit = useCallback(
    (start: number, end: number) => {
      const dates = windowToDates(buckets, start, end);
      setFilters((f) => ({ ...f, ...dates }));
    },
    [buckets, setFilters],
  );
  // Made when the CSV is downloaded, not with every selection (thousands of tallies at 100k).
  const csvRows = () => [
    ...inWindow.map((b) => ({
      series: 'incidents',
      from: b.key,
      to: isoDay(b.end),
      incidents: round(b.incidents),
      killed_min: round(b.killed),
      killed_max: round(b.killedMax),
      tally: '',
      source: '',
    })),
    ...data.tallies.map(({ tally }) => ({
      series: 'tally',
      from: tally.date?.from ?? '',
      to: tally.date?.to ?? '',
      incidents: null,
      killed_min: tally.killed?.min ?? null,
      killed_max: tally.killed?.max ?? null,
      tally: tally.id,
      source: tally.source_ids.join(' '),
    })),
  ];

  return (
    <section
      ref={sectionRef}
      className="panel timeline-panel"
      aria-labelledby="timeline-heading"
      aria-busy={behind}
      data-stale={behind ? '' : undefined}
    >
      <h2 id="timeline-heading">{t('heading')}</h2>
      <DateRange extent={data.extent} />
      {data.buckets.length === 0 ? (
        <p className="empty">{t('noData')}</p>
      ) : (
        <ChartFrame
          title={title}
          note={
            <>
              {t('spreadNote')} {data.undated > 0 ? t('undated', { count: data.undated }) : null}
            </>
          }
          labels={{ table: t('table'), download: t('download') }}
          csv={{
            rows: csvRows,
            columns: (
              ['series', 'from', 'to', 'incidents', 'killed_min', 'killed_max', 'tally', 'source'] as const
            ).map((key) => ({ key, header: key })),
            fileName: 'rasd-timeline',
          }}
          chart={
            <TimelineChart
              key={`${data.unit}-${data.buckets[0]?.key ?? ''}-${data.buckets.length}-${language}`}
              data={data}
              onCommit={onCommit}
            />
          }
          table={() => <TimelineTable title={title} inWindow={inWindow} data={data} />}
        />
      )}
    </section>
  );
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The buckets in the window and every tally, as a table: thousands of rows at 100k, formatted only while the table
 * is shown (ChartFrame makes its `table` then).
 */
function TimelineTable({
  title,
  inWindow,
  data,
}: {
  title: string;
  inWindow: readonly TimelineBucket[];
  data: TimelineData;
}) {
  const { t } = useTranslation('timeline');
  const { t: tc } = useTranslation('common');
  const { language } = useViewState('language');
  const model = useModel();
  const fmt = useFormat();
  const cf = useChartFormat();
  const who = (ids: readonly string[]) => {
    const s = ids.map((id) => model.sourcesById.get(id)).find((x) => x !== undefined);
    return (s && sourceName(s, language)) ?? tc('vocab.unattributed');
  };
  return (
    <table className="chart-table">
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('period')}</th>
          <th scope="col">{t('incidents')}</th>
          <th scope="col">{t('killed')}</th>
        </tr>
      </thead>
      <tbody>
        {inWindow.map((b) => (
          <tr key={b.key}>
            <th scope="row">{fmt.dateSpan({ from: b.key, to: isoDay(b.end) })}</th>
            <td>{cf.decimal(b.incidents)}</td>
            <td>{killedText(b, cf.decimal)}</td>
          </tr>
        ))}
        {data.tallies.map(({ tally }) => (
          <tr key={tally.id} className="tally">
            <th scope="row">{fmt.dateSpan(tally.date)}</th>
            <td>{t('tallyCell', { source: who(tally.source_ids) })}</td>
            <td>{fmt.range(tally.killed)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
