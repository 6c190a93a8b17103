import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterSummary, MapPoint } from '../../domain/mapMarks';
import { useFormat } from '../../state/useFormat';
import { PERPETRATOR_COLOURS } from '../../lib/palette';
import { usePointText } from './PointDetails';

/** Incidents listed per page: enough to scan, few enough to keep the popup small. */
const PAGE = 25;

/** The incidents of a group that does not split further (e.g. all drawn at one city): each can be selected. */
export function ClusterList(props: {
  /** The first `limit` incidents of the group. */
  incidents: (limit: number) => MapPoint[];
  summary: ClusterSummary;
  onSelect: (id: string) => void;
  /** Escape inside the list closes it (Leaflet's own Escape works only while the map itself has focus). */
  onClose: () => void;
}) {
  const { t } = useTranslation('map');
  const fmt = useFormat();
  const text = usePointText();
  const [shown, setShown] = useState(PAGE);
  const list = useRef<HTMLUListElement>(null);
  // Opened from a mark (often by keyboard): focus goes into the list, so Tab continues through its incidents.
  useEffect(() => {
    list.current?.querySelector('button')?.focus({ preventScroll: true });
  }, []);
  const leaves = props.incidents(shown);
  const remaining = props.summary.count - leaves.length;
  return (
    <div
      className="rasd-cluster-list"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        props.onClose();
      }}
    >
      <p>
        <strong>{t('clusterTitle', { count: props.summary.count })}</strong>
        <br />
        {t('clusterKilled', { n: fmt.number(props.summary.killed) })}
      </p>
      <ul ref={list}>
        {leaves.map((p) => (
          <li key={p.id}>
            <button type="button" className="ghost" onClick={() => props.onSelect(p.id)}>
              <span
                className="rasd-swatch"
                style={{ background: PERPETRATOR_COLOURS[p.perpetrator] }}
                aria-hidden="true"
              />{' '}
              {text.label(p)}
            </button>
          </li>
        ))}
      </ul>
      {remaining > 0 ? (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          {t('more', { n: fmt.number(Math.min(PAGE, remaining)) })}
        </button>
      ) : null}
    </div>
  );
}
