import { useQuery } from '@tanstack/react-query';
import { useT } from './useT';
import type { Claim, Report } from '../../domain/schema';
import { quoteMatches } from '../../domain/integrity';
import { reportTextQuery } from '../../dataset/queries';
import type { Formatter } from '../../lib/format';
import { Clipped, clip } from './Clipped';
import { CORRECTABLE_FIELDS, correctionsOf } from './corrections';

/** A corrected value as a reader sees it: a count as its range, a date span as dates, text as text. */
function valueTextIn(fmt: Formatter): (v: unknown) => string {
  return (v) => {
    if (v === null || v === undefined) return '—';
    if (typeof v === 'string') return clip(v, 120);
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (typeof v === 'object' && 'min' in v && typeof v.min === 'number') {
      const max = 'max' in v && typeof v.max === 'number' ? v.max : null;
      return fmt.range({ min: v.min, max });
    }
    if (typeof v === 'object' && 'from' in v && 'to' in v && typeof v.from === 'string' && typeof v.to === 'string') {
      return fmt.dateSpan({ from: v.from, to: v.to }) ?? '—';
    }
    // A claim's place: as the report words it, else its city or governorate.
    if (typeof v === 'object') {
      const p = v as { text_ar?: unknown; city?: unknown; governorate?: unknown };
      const named = [p.text_ar, p.city, p.governorate].find((x): x is string => typeof x === 'string');
      if (named !== undefined) return clip(named, 120);
    }
    return clip(JSON.stringify(v), 120);
  };
}

/** The link to an original article only when it is a plain web address: a `javascript:` URL never becomes a link. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * Where a claim comes from, under its quote: how its date was resolved (and that the publication date it was
 * resolved against was itself inferred), whether an analyst corrected it, the original article, the analyst's notes.
 * The analyst writes bases and notes in English: they are shown as written, marked as English.
 */
export function ClaimProvenance({
  claim,
  report,
  fmt,
}: {
  claim: Claim;
  report: Report | undefined;
  /** The card's formatter (passed down: a card's parts do not each subscribe to the view state). */
  fmt: Formatter;
}) {
  const t = useT('incident');
  const url = safeHttpUrl(report?.url);
  const valueText = valueTextIn(fmt);
  const changes = correctionsOf(claim);
  const fieldLabel = (f: string) =>
    (CORRECTABLE_FIELDS as readonly string[]).includes(f) ? t(`provenance.fields.${f}`) : t('provenance.fields.other');
  return (
    <>
      <dl className="provenance small">
        <div>
          <dt>{t('provenance.date')}</dt>
          <dd>
            {claim.date ? (
              <>
                {fmt.dateSpan(claim.date)}
                {claim.date.basis ? (
                  <>
                    {' — '}
                    <bdi lang="en" dir="ltr">
                      <Clipped text={claim.date.basis} fmt={fmt} first={300} />
                    </bdi>
                  </>
                ) : null}
              </>
            ) : (
              t('provenance.undated')
            )}
          </dd>
        </div>
        {report ? (
          <div>
            <dt>{t('provenance.publication')}</dt>
            <dd>
              {report.published ? fmt.date(report.published) : t('publishedUnknown')}
              {report.published && report.published_basis === 'inferred from events' ? (
                <strong className="inferred"> {t('provenance.publicationInferred')}</strong>
              ) : null}
            </dd>
          </div>
        ) : null}
        {claim.corrected || changes.length > 0 ? (
          <div>
            <dt>{t('provenance.correction')}</dt>
            <dd>
              {changes.length === 0 ? (
                t('provenance.correctedNoDetail')
              ) : (
                <ul className="changes">
                  {changes.map((c, i) => (
                    <li key={i}>
                      {fieldLabel(c.field)}
                      {': '}
                      <del>
                        <bdi>{valueText(c.from)}</bdi>
                      </del>
                      {' → '}
                      <ins>
                        <bdi>{valueText(c.to)}</bdi>
                      </ins>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ) : null}
        {url ? (
          <div>
            <dt>{t('provenance.article')}</dt>
            <dd>
              <a href={url} rel="noopener noreferrer" target="_blank" referrerPolicy="no-referrer">
                <bdi dir="ltr">{url.length > 120 ? `${url.slice(0, 120)}…` : url}</bdi>
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      {claim.notes.trim() !== '' ? (
        <details className="notes small">
          <summary>{t('provenance.notes')}</summary>
          <p lang="en" dir="ltr">
            <Clipped text={claim.notes} fmt={fmt} />
          </p>
        </details>
      ) : null}
    </>
  );
}

/**
 * "The quote does not match the report": shown once the report's text is loaded (by the report view; this never
 * fetches it) and the text at the claim's offsets is not its quote, so nobody reads other words as its evidence.
 */
export function QuoteMismatch({ claim, report }: { claim: Claim; report: Report | undefined }) {
  const t = useT('incident');
  const text = useQuery({ ...reportTextQuery(report?.file ?? ''), enabled: false });
  if (claim.dataset !== undefined || text.data === undefined || quoteMatches(text.data, claim)) return null;
  return (
    <p className="quote-mismatch" role="note">
      <span aria-hidden="true">⚠ </span>
      {t('provenance.mismatch')}
    </p>
  );
}
