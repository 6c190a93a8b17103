import { useDeferredValue, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewsSettled } from '../../state/settled';
import { useNearViewport } from '../../lib/useNearViewport';
import { useInReach } from '../../lib/useFollowWhenNear';
import { useSelection } from '../../state/selection';
import { useViewState } from '../../state/viewState';
import { AgreementChart } from './AgreementChart';
import { FollowWhenNear } from './FollowWhenNear';
import { GovernorateChart } from './GovernorateChart';
import { PerpetratorTimeChart } from './PerpetratorTimeChart';
import { SourceComparison } from './SourceComparison';
import { TalliesChart } from './TalliesChart';
import { useWho } from './useWho';
import './charts.css';

/** Who says how many: the selected incident's sources side by side, then the filtered selection in charts. */
export function ChartsPanel() {
  const { t } = useTranslation('charts');
  const { model, selection: current } = useSelection();
  const sectionRef = useRef<HTMLElement>(null);
  const near = useNearViewport(sectionRef);
  // The list and the map follow a filter click at once; the charts catch up in a lower-priority render. Away from
  // the viewport every chart keeps its drawing (FollowWhenNear), so there the panel takes the new selection at once:
  // a click is not held open for a lower-priority render that would draw nothing.
  const inReach = useInReach(sectionRef);
  const deferred = useDeferredValue(current);
  const selection = inReach ? deferred : current;
  const stale = selection !== current;
  const who = useWho();
  useViewsSettled('charts', stale, current);
  const { selectedId } = useViewState('selectedId');
  const selected = selectedId === null ? undefined : model.eventsById.get(selectedId);
  return (
    <section ref={sectionRef} className="panel charts-panel" aria-labelledby="charts-heading">
      <h2 id="charts-heading">{t('heading')}</h2>
      {selected ? (
        <SourceComparison key={selected.id} event={selected} />
      ) : (
        <p className="muted small">{t('selectHint')}</p>
      )}
      {!near ? (
        <p className="muted small">{t('belowFold')}</p>
      ) : selection.incidents.length === 0 && selection.tallies.length === 0 ? (
        <p className="empty">{t('none')}</p>
      ) : (
        <div className="charts-grid" aria-busy={stale} style={stale ? { opacity: 0.6 } : undefined}>
          {/* Each chart memoised (the click's own render passes the same deferred props) and redrawn only near
              the viewport; TalliesChart renders nothing without tallies, so its slot is empty then. */}
          {selection.incidents.length > 0 ? (
            <FollowWhenNear value={selection}>
              {(s) => <GovernorateChart incidents={s.incidents} who={who(s.filters)} />}
            </FollowWhenNear>
          ) : null}
          {selection.incidents.length > 0 ? (
            <FollowWhenNear value={selection}>
              {(s) => <PerpetratorTimeChart incidents={s.incidents} who={who(s.filters)} />}
            </FollowWhenNear>
          ) : null}
          {selection.incidents.length > 0 ? (
            <FollowWhenNear value={selection}>
              {(s) => <AgreementChart incidents={s.incidents} who={who(s.filters)} />}
            </FollowWhenNear>
          ) : null}
          <FollowWhenNear value={selection}>
            {(s) => <TalliesChart tallies={s.tallies} who={who(s.filters)} />}
          </FollowWhenNear>
        </div>
      )}
    </section>
  );
}
