import { useId, useMemo, useState } from 'react';
import type { Claim } from '../../domain/schema';
import type { ClaimSummary } from '../../domain/claimDetails';
import { nearIncidents, ownEvent } from '../../dataset/claimDrafts';
import type { Decision } from '../../dataset/decisions';
import { useFormat } from '../../state/useFormat';
import { useWorkbenchT } from './useWorkbenchStrings';

/**
 * Merge or split: "same incident as …" offers the incidents near the claim in place and date (from every claim the
 * dashboard shows), "separate incident" gives the claim an incident of its own. Both set the claim's event slug.
 */
export function IncidentChoice({
  claim,
  claims,
  onDecide,
}: {
  claim: Claim;
  claims: readonly ClaimSummary[];
  onDecide: (d: Decision) => void;
}) {
  const { t } = useWorkbenchT();
  const fmt = useFormat();
  const id = useId();
  const near = useMemo(() => nearIncidents(claim, claims), [claim, claims]);
  const [target, setTarget] = useState('');
  const shared = useMemo(
    () => claims.filter((c) => c.event === claim.event && c.id !== claim.id).length,
    [claims, claim],
  );
  const describe = (n: (typeof near)[number]) =>
    t('incident.option', {
      sources: [...new Set(n.claims.map((c) => c.source))].join(', '),
      killed: n.claims.map((c) => (c.killed ? fmt.number(c.killed.min) : '—')).join('/'),
      date: n.claims[0]?.date ? fmt.date(n.claims[0].date.from) : '—',
      count: n.claims.length,
    });
  return (
    <div className="wb-row" role="group" aria-labelledby={`${id}-l`}>
      <span id={`${id}-l`}>{t('incident.heading', { count: shared })}</span>
      <label>
        {t('incident.sameAs')}{' '}
        <select value={target} onChange={(e) => setTarget(e.target.value)} disabled={near.length === 0}>
          <option value="">{near.length === 0 ? t('incident.noneNear') : t('incident.choose')}</option>
          {near.map((n) => (
            <option key={n.event} value={n.event}>
              {describe(n)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={target === ''}
        onClick={() => {
          onDecide({ action: 'merge', event: target });
          setTarget('');
        }}
      >
        {t('incident.merge')}
      </button>
      {shared > 0 ? (
        <button type="button" onClick={() => onDecide({ action: 'split', event: ownEvent(claim, claims) })}>
          {t('incident.split')}
        </button>
      ) : null}
    </div>
  );
}
