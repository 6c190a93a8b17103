import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Claim, Place, Source } from '../../domain/schema';
import { REVIEW_STATUSES, type ReviewStatus } from '../../domain/vocabulary';
import { decide, type Decision } from '../../dataset/decisions';
import type { LocalClaim, LocalData } from '../../dataset/localStore';
import { useModel } from '../../state/selection';
import { useFormat } from '../../state/useFormat';
import { draftClaim } from '../../dataset/claimDrafts';
import { ClaimContext, selectedOffsets } from './ClaimContext';
import { IncidentChoice } from './IncidentChoice';
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
  const model = useModel();
  const store = useStoreClaim();
  const id = useId();
  const [facet, setFacet] = useState<ReviewStatus | 'all'>('all');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const contextRef = useRef<HTMLQuoteElement>(null);

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

  const apply = async (c: LocalClaim, decision: Decision, extra: { place?: Place; source?: Source } = {}) => {
    const result = decide(c, decision, new Date().toISOString());
    if (!result.ok) return setError(result.reasons.join('; '));
    const failed = await store(result.claim, extra);
    if (failed) return setError(t(`storage.${failed.kind}`, { detail: failed.message }));
    setError(null);
    setNote('');
    setEditing(false);
    // Keyboard-first: after a decision the list has the focus again, ready for the next key.
    listRef.current?.focus();
  };
  // A claim the machine missed: the selected words of the report become a draft, opened in the editor.
  const addFromSelection = async () => {
    const c = selected?.current;
    const text = c ? texts.get(c.report_id) : undefined;
    const range = selectedOffsets(contextRef.current);
    if (!c || text === undefined || !range) return setError(t('add.selectFirst'));
    const mine = local.claims.map((x) => x.current).filter((x) => x.report_id === c.report_id);
    const draft = draftClaim(c.report_id, text, range, mine, new Date().toISOString());
    if (!draft) return setError(t('add.selectFirst'));
    const failed = await store(draft);
    if (failed) return setError(t(`storage.${failed.kind}`, { detail: failed.message }));
    setError(null);
    setFacet('all');
    setSelectedId(draft.id);
    setEditing(true);
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
                rootRef={contextRef}
              />
              <button type="button" onClick={() => void addFromSelection()}>
                {t('add.fromSelection')}
              </button>
              <IncidentChoice
                claim={selected.current}
                claims={model.claims}
                onDecide={(d) => void apply(selected, { ...d, note })}
              />
              {editing ? (
                <ClaimEditor
                  key={selected.id}
                  claim={selected.current}
                  others={local.claims.map((x) => x.current).filter((x) => x.report_id === selected.current.report_id)}
                  sources={sources}
                  placesById={placesById}
                  placeName={placeName(selected.current)}
                  error={error}
                  onCancel={() => setEditing(false)}
                  onSave={(r: EditResult) =>
                    void apply(
                      selected,
                      { action: 'edit', changes: r.changes, note: r.note },
                      { ...(r.place ? { place: r.place } : {}), ...(r.source ? { source: r.source } : {}) },
                    )
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
