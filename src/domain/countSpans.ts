import { countWords } from './countWords';
import type { Claim, TextSpan } from './schema';
import { COUNT_FIELDS, type CountField } from './vocabulary';

/**
 * Each count's own words in the report (schema v2 `spans`), found from the count and its quote by `countWords`.
 * Only unambiguous finds are kept: a count whose words are not found (numbers written as words Rasd does not read
 * back) gets no span, and two counts that land on the same words ("5 killed and 5 injured" read as one "5") get none,
 * rather than a span that may point at the other number.
 */
export function countSpans(claim: Claim): Partial<Record<CountField, TextSpan>> {
  const found: Array<[CountField, TextSpan]> = [];
  for (const field of COUNT_FIELDS) {
    const count = claim[field];
    if (count === null) continue;
    const words = countWords(count, claim.quote);
    if (words === null) continue;
    found.push([field, { start: claim.quote_start + words.start, end: claim.quote_start + words.end }]);
  }
  const out: Partial<Record<CountField, TextSpan>> = {};
  for (const [field, span] of found) {
    const shared = found.some(([f, s]) => f !== field && s.start < span.end && span.start < s.end);
    if (!shared) out[field] = span;
  }
  return out;
}
