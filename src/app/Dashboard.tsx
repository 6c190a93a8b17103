import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useModel, useSelection } from '../state/selection';
import { useViewState } from '../state/viewState';
import { useFirstClickRehearsal } from '../state/firstClick';
import { FilterPanel } from '../features/filters/FilterPanel';
import { WorkbenchEntry } from '../features/workbench/WorkbenchEntry';
import { Header } from './Header';
import { AfterMarks } from './AfterMarks';
import { useMapChunk } from './mapChunk';
import { CoreFallbackNotice, RejectedNotice } from './StatusScreens';

// What renders after the marks is loaded after them too (smaller initial JS, less to run before the marks):
// the lists, then timeline and charts (Recharts, the heaviest code after the map's). The report view only when a
// report is opened.
const EventList = lazy(() => import('../features/incidents/EventList').then((m) => ({ default: m.EventList })));
const ReportView = lazy(() => import('../features/report/ReportView').then((m) => ({ default: m.ReportView })));
const TimelinePanel = lazy(() =>
  import('../features/timeline/TimelinePanel').then((m) => ({ default: m.TimelinePanel })),
);
const ChartsPanel = lazy(() => import('../features/charts/ChartsPanel').then((m) => ({ default: m.ChartsPanel })));

/** No panel is still waiting for its code or for the marks. */
const panelsDrawn = () => document.querySelector('.panel-loading') === null;

function PanelLoading() {
  const { t } = useTranslation('common');
  return (
    <div className="panel panel-loading" role="status">
      {t('loadingPanel')}
    </div>
  );
}

/**
 * The two lists: the one part of the layout that reads the selection, so a filter change re-renders them and not
 * the whole dashboard (header, filters' frame, the panels' slots).
 */
function Lists() {
  const { model, selection } = useSelection();
  return (
    <>
      <EventList kind="incident" events={selection.incidents} total={model.incidents.length} />
      <EventList kind="tally" events={selection.tallies} total={model.tallies.length} />
    </>
  );
}

/** The further filters, closed on a fresh visit: built after the marks, or at once when the reader opens them. */
function FiltersLater({ now, children }: { now: boolean; children: ReactNode }) {
  return (
    <AfterMarks fallback={null} now={now}>
      {children}
    </AfterMarks>
  );
}

/** The map as soon as its code is here (main.tsx started loading it at boot). */
function MapSlot() {
  const chunk = useMapChunk();
  return chunk ? <chunk.MapPanel /> : <PanelLoading />;
}

/**
 * The dashboard: composes the features around the one filtered selection. Staged (issue 12.3): the first render
 * holds the header, the filters and the map, so the marks are drawn after the least main-thread work; the lists,
 * timeline and charts follow once the marks are on screen (AfterMarks), in their own slots, so nothing above or
 * beside the map moves when they arrive.
 */
export function Dashboard() {
  const { t } = useTranslation('common');
  const model = useModel();
  const { report, compare } = useViewState('report', 'compare');
  useEffect(() => {
    performance.mark('rasd:rendered');
  }, []);
  // Once every panel is drawn and the page is quiet, a first filter click is rehearsed unseen, so the reader's own
  // first click runs warm code (state/firstClick.ts).
  useFirstClickRehearsal(model, panelsDrawn);
  return (
    <>
      {/* First focusables: the list would otherwise be dozens of Tabs down, past the filters, map and charts. */}
      <nav className="skip-links" aria-label={t('skip.list')}>
        <a href="#incident-list">{t('skip.list')}</a>
        <a href="#map-area">{t('skip.map')}</a>
      </nav>
      <Header />
      <WorkbenchEntry />
      <CoreFallbackNotice />
      <RejectedNotice rejected={model.rejected} />
      <main className="layout" aria-label={t('main')}>
        <FilterPanel later={FiltersLater} />
        {/* Map, then the list, then timeline and charts: on a phone (one column) the list comes within two
            screens of the top; on a wide screen the grid puts the list beside map and charts (styles.css). */}
        <div className="map-area" id="map-area" tabIndex={-1}>
          <MapSlot />
        </div>
        <div className="lists" id="incident-list" tabIndex={-1}>
          <AfterMarks fallback={<PanelLoading />}>
            <Suspense fallback={<PanelLoading />}>
              <Lists />
            </Suspense>
          </AfterMarks>
        </div>
        <div className="visuals">
          <AfterMarks fallback={<PanelLoading />}>
            <Suspense fallback={<PanelLoading />}>
              <TimelinePanel />
            </Suspense>
            <Suspense fallback={<PanelLoading />}>
              <ChartsPanel />
            </Suspense>
          </AfterMarks>
        </div>
      </main>
      {/* With the lists: a footer drawn before them would be pushed down the page when they arrive (a layout shift). */}
      <AfterMarks fallback={null}>
        <footer className="app-footer">
          <p className="small muted">{t('footer.attribution')}</p>
          {compare ? <p className="small muted">{t('footer.ucdp')}</p> : null}
          <p className="small muted">{t('footer.privacy')}</p>
        </footer>
      </AfterMarks>
      {report ? (
        <Suspense fallback={null}>
          <ReportView open={report} />
        </Suspense>
      ) : null}
    </>
  );
}
