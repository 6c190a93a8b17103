import { useTranslation } from 'react-i18next';
import { inferredUnreviewed } from '../../domain/basis';
import type { Claim } from '../../domain/schema';
import type { FieldBasis } from '../../domain/vocabulary';
import { useModel } from '../../state/selection';
import { useViewState } from '../../state/viewState';
import { useFormat } from '../../state/useFormat';
import { placeName, sourceName } from '../../lib/names';

/**
 * The fields a reader asks "why?" about, most asked first: the number, the date, the source, then the rest. Fields
 * outside this list that carry a trace follow in the trace's own order.
 */
const ORDER = [
  'killed',
  'injured',
  'date',
  'source',
  'place',
  'perpetrator',
  'kind',
  'weapon',
  'victims',
  'status',
  'time_of_day',
  'children_killed',
  'women_killed',
  'children_injured',
  'women_injured',
];

/** Rules listed per field before "and N more": a trace is a handful of rules, a hostile file could hold 50. */
const RULES_SHOWN = 6;

type Basis = FieldBasis | 'none';

/** The fields of a claim that have a trace or a basis, in reading order. */
export function tracedFields(claim: Claim): string[] {
  const keys = new Set([...Object.keys(claim.trace ?? {}), ...Object.keys(claim.basis ?? {})]);
  return [...ORDER.filter((f) => keys.has(f)), ...[...keys].filter((f) => !ORDER.includes(f)).sort()];
}

function useFieldValue(): (claim: Claim, field: string) => string {
  const { t } = useTranslation('common');
  const model = useModel();
  const { language } = useViewState('language');
  const fmt = useFormat();
  return (claim, field) => {
    const raw = (claim as unknown as Record<string, unknown>)[field];
    if (field === 'date') return fmt.dateSpan(claim.date) ?? t('vocab.dateUnknown');
    if (field === 'source') {
      const s = model.sourcesById.get(claim.source_id);
      return (s ? sourceName(s, language) : null) ?? t('vocab.unattributed');
    }
    if (field === 'place') {
      const p = claim.place_id ? model.placesById.get(claim.place_id) : undefined;
      return p ? placeName(p, language) : (claim.place.text_ar ?? t('vocab.placeUnknown'));
    }
    if (raw === null || raw === undefined) return '—';
    if (typeof raw === 'object' && 'min' in (raw as object)) {
      const c = raw as { min: number; max: number | null };
      return fmt.range({ min: c.min, max: c.max });
    }
    if (typeof raw === 'string') {
      const key = `vocab.${field}.${raw}`;
      return ['perpetrator', 'weapon', 'victims', 'kind', 'status'].includes(field) ? t(key) : raw;
    }
    return String(raw);
  };
}

/** One claim's trace: for each field, its value, how it is known and the rules that produced it. */
export function ClaimTrace({ claim, selected }: { claim: Claim; selected: boolean }) {
  const { t, i18n } = useTranslation('report');
  const { t: tc } = useTranslation('common');
  const value = useFieldValue();
  const fields = tracedFields(claim);
  const basisOf = (f: string): Basis => (claim.basis as Record<string, Basis> | undefined)?.[f] ?? 'none';
  const ruleText = (rule: string) =>
    i18n.exists(`trace.rule.${rule}`, { ns: 'report' }) ? t(`trace.rule.${rule}`) : t('trace.ruleUnknown');
  const inferred = inferredUnreviewed(claim);
  return (
    <details className="claim-trace" open={selected} data-trace-claim={claim.id}>
      <summary>
        {t('trace.claim', { id: claim.id })} {selected ? t('trace.selected') : null}
        {' — '}
        <bdi lang="ar" dir="rtl">
          {claim.quote.length > 80 ? `${claim.quote.slice(0, 80)}…` : claim.quote}
        </bdi>
      </summary>
      {fields.length === 0 ? (
        <p className="muted small">{t('trace.noTrace')}</p>
      ) : (
        <table className="trace">
          <thead>
            <tr>
              <th scope="col">{t('trace.col.field')}</th>
              <th scope="col">{t('trace.col.value')}</th>
              <th scope="col">{t('trace.col.basis')}</th>
              <th scope="col">{t('trace.col.rules')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => {
              const rules = claim.trace?.[f as keyof NonNullable<Claim['trace']>] ?? [];
              const basis = basisOf(f);
              return (
                <tr key={f} data-field={f} data-basis={basis}>
                  <th scope="row">{tc(`rejected.fields.${f}`, { defaultValue: f })}</th>
                  <td>
                    <bdi>{value(claim, f)}</bdi>
                  </td>
                  <td className={`basis basis-${basis}`}>{t(`trace.basis.${basis}`)}</td>
                  <td>
                    <ul className="trace-rules">
                      {rules.slice(0, RULES_SHOWN).map((r, k) => (
                        <li key={k} data-rule={r}>
                          {ruleText(r)}
                        </li>
                      ))}
                      {rules.length > RULES_SHOWN ? (
                        <li>{t('trace.more', { n: rules.length - RULES_SHOWN })}</li>
                      ) : null}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p className="muted small">
        {claim.review_status === 'reviewed'
          ? t('trace.reviewed')
          : inferred.length > 0
            ? t('trace.inferredUnreviewed')
            : null}
      </p>
    </details>
  );
}

/** "Why these values" for every claim of a report, the selected claim open. */
export function ReportTrace({ claims, selectedClaimId }: { claims: Claim[]; selectedClaimId: string | null }) {
  const { t } = useTranslation('report');
  if (claims.length === 0) return null;
  return (
    <section aria-labelledby="report-trace" className="report-trace">
      <h3 id="report-trace">{t('trace.heading')}</h3>
      <p className="muted small">{t('trace.intro')}</p>
      {claims.map((c) => (
        <ClaimTrace key={c.id} claim={c} selected={c.id === selectedClaimId} />
      ))}
    </section>
  );
}
