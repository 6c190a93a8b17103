import type { Claim } from '../../domain/schema';

/** Characters of report text shown on each side of the quote. */
const AROUND = 240;

/**
 * The claim's words in its report, as text (never HTML): the quote marked, and inside it each number's own words
 * (`spans`, when the pipeline found them) marked again, so the analyst sees exactly what was read.
 */
export function ClaimContext({ claim, text, label }: { claim: Claim; text: string | undefined; label: string }) {
  if (text === undefined || text.slice(claim.quote_start, claim.quote_end) !== claim.quote)
    return (
      <blockquote className="wb-context" dir="rtl" lang="ar" aria-label={label}>
        <mark className="wb-quote">{claim.quote}</mark>
      </blockquote>
    );
  const from = Math.max(0, claim.quote_start - AROUND);
  const to = Math.min(text.length, claim.quote_end + AROUND);
  const numbers = Object.entries(claim.spans ?? {})
    .map(([field, s]) => ({ field, ...s }))
    .filter((s) => s.start >= claim.quote_start && s.end <= claim.quote_end)
    .sort((a, b) => a.start - b.start);
  const inside: React.ReactNode[] = [];
  let at = claim.quote_start;
  for (const s of numbers) {
    if (s.start < at) continue;
    inside.push(text.slice(at, s.start));
    inside.push(
      <mark key={s.start} className="wb-number" data-field={s.field}>
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  inside.push(text.slice(at, claim.quote_end));
  return (
    <blockquote className="wb-context" dir="rtl" lang="ar" aria-label={label}>
      {from > 0 ? '…' : ''}
      {text.slice(from, claim.quote_start)}
      <mark className="wb-quote">{inside}</mark>
      {text.slice(claim.quote_end, to)}
      {to < text.length ? '…' : ''}
    </blockquote>
  );
}
