import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Claim, Place } from '../../domain/schema';
import { REVIEW_STATUSES, type ReviewStatus } from '../../domain/vocabulary';
import { decide, type Decision } from '../../dataset/decisions';
import type { LocalClaim, LocalData } from '../../dataset/localStore';
import { useSelection } from '../../state/selection';
import { useFormat } from '../../state/useFormat';
import { ClaimContext } from './ClaimContext';
import { ClaimList } from './ClaimList';
import { ClaimEditor, type EditResult } from './ClaimEditor';
import { useStoreClaim } from './useWorkbench';
import { useWorkbenchT } from './useWorkbenchStrings';

const statusOf = (c: Claim): ReviewStatus => c.review_status ?? 'machine-read';
const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable);

/**
 * Every imported claim with its status; the selected one shown in its report's words, with accept, reject and edit.
 * Keyboard-first: j/k or ↓/↑ move, a accepts, r rejects, e edits (not while typing in a field).
 */
export function ReviewSection({ local }: { local: LocalData }) {
  const { t } = useWorkbenchT();
  const fmt = useFormat();
  const { model } = useSelection();
  const store = useStoreClaim();
  const id = useId();
  const [facet, setFacet] = useState<ReviewStatus | 'all'>('all');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const shown = useMemo(
    () => local.claims.filter((c) => facet === 'all' || statusOf(c.current) === facet),
    [local.claims, facet],
  );
  const selected = shown.find((c) => c.id === selectedId) ?? shown[0];
  const texts = useMemo(() => new Map(local.reports.map((r) => [r.report.id, r.text])), [local.reports]);
  const placesById = useMemo(
    () => new Map<string, Place>([...model.places, ...local.places].map((p) => [p.id, p])),
    [model.places, local.places],
  );
  const sources = useMemo(() => {
    const all = new Map([...model.sources, ...local.sources].map((s) => [s.id, s]));
    return [...all.values()].sort((a, b) => a.name_en.localeCompare(b.name_en));
  }, [model.sources, local.sources]);

  const apply = async (c: LocalClaim, decision: Decision, place?: Place) => {
    const result = decide(c, decision, new Date().toISOString());
    if (!result.ok) return setError(result.reasons.join('; '));
    const failed = await store(result.claim, place ? { place } : {});
    if (failed) return setError(t(`storage.${failed.kind}`, { detail: failed.message }));
    setError(null);
    setNote('');
    setEditing(false);
    // Keyboard-first: after a decision the list has the focus again, ready for the next key.
    listRef.current?.focus();
  };
  const move = (step: number) => {
    const k = shown.findIndex((c) => c.id === selected?.id);
    const next = shown[Math.min(shown.length - 1, Math.max(0, k + step))];
    if (next) setSelectedId(next.id);
  };
  const onKey = (e: KeyboardEvent) => {
    if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey || !selected) return;
    const act: Record<string, () => void> = {
      j: () => move(1),
      ArrowDown: () => move(1),
      k: () => move(-1),
      ArrowUp: () => move(-1),
      a: () => void apply(selected, { action: 'accept', note }),
      r: () => void apply(selected, { action: 'reject', note }),
      e: () => setEditing(true),
    };
    const run = act[e.key];
    if (!run) return;
    e.preventDefault();
    run();
  };
  const countText = (c: Claim['killed']) =>
    c === null
      ? t('review.none')
      : c.max === c.min
        ? fmt.number(c.min)
        : `${fmt.number(c.min)}–${c.max === null ? '' : fmt.number(c.max)}`;
  const placeName = (c: Claim) => {
    const p = c.place_id ? placesById.get(c.place_id) : undefined;
    return p ? `${p.names_ar[0] ?? ''} · ${p.name_en}` : (c.place.text_ar ?? t('review.none'));
  };

  return (
    <section className="wb-review" aria-labelledby={`${id}-h`} onKeyDown={onKey}>
      <h3 id={`${id}-h`}>{t('review.heading')}</h3>
      <fieldset className="wb-facet">
        <legend>{t('review.facet')}</legend>
        {(['all', ...REVIEW_STATUSES] as const).map((s) => (
          <label key={s}>
            <input type="radio" name={`${id}-facet`} checked={facet === s} onChange={() => setFacet(s)} />
            {s === 'all' ? t('review.all') : t(`status.${s}`)} (
            {fmt.number(
              s === 'all' ? local.claims.length : local.claims.filter((c) => statusOf(c.current) === s).length,
            )}
            )
          </label>
        ))}
      </fieldset>
      <p className="small muted">{t('review.keys')}</p>
      {shown.length === 0 ? (
        <p>{t('review.empty')}</p>
      ) : (
        <div className="wb-split">
          <ClaimList
            claims={shown}
            selectedId={selected?.id}
            label={t('review.list')}
            onSelect={setSelectedId}
            listRef={listRef}
            row={(c) => (
              <>
                <span className={`wb-status status-${statusOf(c.current)}`}>{t(`status.${statusOf(c.current)}`)}</span>{' '}
                <bdi>{c.current.source}</bdi> ·{' '}
                {t('review.count', { killed: countText(c.current.killed), injured: countText(c.current.injured) })} ·{' '}
                <bdi>{placeName(c.current)}</bdi>
              </>
            )}
          />
          {selected ? (
            <div className="wb-detail" data-testid="workbench-detail">
              <p>
                <span className={`wb-status status-${statusOf(selected.current)}`}>
                  {t(`status.${statusOf(selected.current)}`)}
                </span>{' '}
                <bdi>{selected.current.source}</bdi> ·{' '}
                {t('review.count', {
                  killed: countText(selected.current.killed),
                  injured: countText(selected.current.injured),
                })}{' '}
                · <bdi>{placeName(selected.current)}</bdi> · {selected.current.date?.from ?? t('review.none')}
              </p>
              <ClaimContext
                claim={selected.current}
                text={texts.get(selected.current.report_id)}
                label={t('review.quote')}
              />
              {editing ? (
                <ClaimEditor
                  key={selected.id}
                  claim={selected.current}
                  sources={sources}
                  placesById={placesById}
                  placeName={placeName(selected.current)}
                  error={error}
                  onCancel={() => setEditing(false)}
                  onSave={(r: EditResult) =>
                    void apply(selected, { action: 'edit', changes: r.changes, note: r.note }, r.place)
                  }
                />
              ) : (
                <>
                  <label className="wb-note">
                    {t('review.note')}
                    <input value={note} onChange={(e) => setNote(e.target.value)} />
                  </label>
                  <div className="wb-row">
                    <button type="button" onClick={() => void apply(selected, { action: 'accept', note })}>
                      {t('review.accept')}
                    </button>
                    <button type="button" onClick={() => void apply(selected, { action: 'reject', note })}>
                      {t('review.reject')}
                    </button>
                    <button type="button" onClick={() => setEditing(true)}>
                      {t('review.edit')}
                    </button>
                    {statusOf(selected.current) !== 'machine-read' ? (
                      <button type="button" onClick={() => void apply(selected, { action: 'reopen', note })}>
                        {t('review.reopen')}
                      </button>
                    ) : null}
                  </div>
                  {error ? <p role="alert">{error}</p> : null}
                </>
              )}
              <AuditTrail claim={selected.current} />
            </div>
          ) : null}
        </div>
      )}
    </section>
  );
}

function AuditTrail({ claim }: { claim: Claim }) {
  const { t } = useWorkbenchT();
  const fmt = useFormat();
  if (!claim.audit?.length) return null;
  const show = (v: unknown) =>
    v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return (
    <details className="wb-audit">
      <summary>{t('review.audit')}</summary>
      <ol>
        {claim.audit.map((a, k) => (
          <li key={k}>
            <bdi>
              {a.field
                ? t('review.auditField', {
                    at: `${fmt.date(a.at.slice(0, 10))} ${a.at.slice(11, 16)} UTC`,
                    field: a.field,
                    from: show(a.from),
                    to: show(a.to),
                  })
                : t('review.auditEntry', {
                    at: `${fmt.date(a.at.slice(0, 10))} ${a.at.slice(11, 16)} UTC`,
                    action: a.action,
                  })}
            </bdi>
            {a.note ? (
              <>
                {' '}
                — <bdi>{a.note}</bdi>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
