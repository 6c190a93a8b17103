import { useTranslation } from 'react-i18next';
import { useSelection } from '../state/selection';
import { useViewState } from '../state/viewState';
import { EventList } from '../features/incidents/EventList';
import { ReportView } from '../features/report/ReportView';
import { FilterPanel } from '../features/filters/FilterPanel';
import { MapPanel } from '../features/map/MapPanel';
import { TimelinePanel } from '../features/timeline/TimelinePanel';
import { ChartsPanel } from '../features/charts/ChartsPanel';
import { Header } from './Header';
import { RejectedNotice } from './StatusScreens';

/** The dashboard: composes the features around the one filtered selection. */
export function Dashboard() {
  const { t } = useTranslation('common');
  const { model, selection } = useSelection();
  const { report } = useViewState();
  return (
    <>
      <Header />
      <RejectedNotice rejected={model.rejected} />
      <main className="layout" aria-label={t('main')}>
        <FilterPanel />
        <div className="visuals">
          <MapPanel />
          <TimelinePanel />
          <ChartsPanel />
        </div>
        <div className="lists">
          <EventList kind="incident" events={selection.incidents} total={model.incidents.length} />
          <EventList kind="tally" events={selection.tallies} total={model.tallies.length} />
        </div>
      </main>
      <footer className="app-footer">
        <p className="small muted">{t('footer.attribution')}</p>
        <p className="small muted">{t('footer.privacy')}</p>
      </footer>
      {report ? <ReportView open={report} /> : null}
    </>
  );
}
