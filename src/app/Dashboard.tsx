import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSelection } from '../state/selection';
import { useViewState } from '../state/viewState';
import { EventList } from '../features/incidents/EventList';
import { ReportView } from '../features/report/ReportView';
import { FilterPanel } from '../features/filters/FilterPanel';
import { WorkbenchEntry } from '../features/workbench/WorkbenchEntry';
import { Header } from './Header';
import { AfterMarks } from './AfterMarks';
import { RejectedNotice } from './StatusScreens';

// Map (Leaflet) and charts (Recharts) are the heaviest code: loaded after the first paint, in parallel.
const MapPanel = lazy(() => import('../features/map/MapPanel').then((m) => ({ default: m.MapPanel })));
const TimelinePanel = lazy(() =>
  import('../features/timeline/TimelinePanel').then((m) => ({ default: m.TimelinePanel })),
);
const ChartsPanel = lazy(() => import('../features/charts/ChartsPanel').then((m) => ({ default: m.ChartsPanel })));

function PanelLoading() {
  const { t } = useTranslation('common');
  return (
    <div className="panel panel-loading" role="status">
      {t('loadingPanel')}
    </div>
  );
}

/** The dashboard: composes the features around the one filtered selection. */
export function Dashboard() {
  const { t } = useTranslation('common');
  const { model, selection } = useSelection();
  const { report, compare } = useViewState('report', 'compare');
  useEffect(() => {
    performance.mark('rasd:rendered');
  }, []);
  return (
    <>
      {/* First focusables: the list would otherwise be dozens of Tabs down, past the filters, map and charts. */}
      <nav className="skip-links" aria-label={t('skip.list')}>
        <a href="#incident-list">{t('skip.list')}</a>
        <a href="#map-area">{t('skip.map')}</a>
      </nav>
      <Header />
      <WorkbenchEntry />
      <RejectedNotice rejected={model.rejected} />
      <main className="layout" aria-label={t('main')}>
        <FilterPanel />
        {/* Map, then the list, then timeline and charts: on a phone (one column) the list comes within two
            screens of the top; on a wide screen the grid puts the list beside map and charts (styles.css). */}
        <div className="map-area" id="map-area" tabIndex={-1}>
          <Suspense fallback={<PanelLoading />}>
            <MapPanel />
          </Suspense>
        </div>
        <div className="lists" id="incident-list" tabIndex={-1}>
          <EventList kind="incident" events={selection.incidents} total={model.incidents.length} />
          <EventList kind="tally" events={selection.tallies} total={model.tallies.length} />
        </div>
        <div className="visuals">
          <Suspense fallback={<PanelLoading />}>
            <TimelinePanel />
          </Suspense>
          <AfterMarks fallback={<PanelLoading />}>
            <Suspense fallback={<PanelLoading />}>
              <ChartsPanel />
            </Suspense>
          </AfterMarks>
        </div>
      </main>
      <footer className="app-footer">
        <p className="small muted">{t('footer.attribution')}</p>
        {compare ? <p className="small muted">{t('footer.ucdp')}</p> : null}
        <p className="small muted">{t('footer.privacy')}</p>
      </footer>
      {report ? <ReportView open={report} /> : null}
    </>
  );
}
