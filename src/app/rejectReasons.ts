/**
 * Schema-failure reasons in the user's language. The validator states each reason in English as `path: message`
 * (zod's messages and the schema's own); this maps each to a message key and values the locales word, and the
 * path's first field to a field label. The raw reason stays available beside it. A reason this does not know still
 * reads as a sentence ("this value does not fit the data format").
 */
export interface ExplainedReason {
  /** Field key under `rejected.fields`, or null when the reason concerns the whole record. */
  field: string | null;
  /** The raw path, for a field without a label. */
  path: string;
  /** Message key under `rejected.reasons`. */
  key: string;
  values: Record<string, string>;
  raw: string;
}

/** Fields with a label under `rejected.fields` (any collection's). */
export const LABELLED_FIELDS = new Set([
  'id',
  'file',
  'outlet',
  'outlet_ar',
  'published',
  'published_basis',
  'url',
  'title',
  'name_en',
  'names_ar',
  'kind',
  'coordinates',
  'parent',
  'governorate',
  'event',
  'quote',
  'quote_start',
  'quote_end',
  'source',
  'source_id',
  'source_ar',
  'report_id',
  'place_id',
  'place',
  'date',
  'time_of_day',
  'perpetrator',
  'weapon',
  'victims',
  'killed',
  'injured',
  'children_killed',
  'women_killed',
  'children_injured',
  'women_injured',
  'status',
  'supersedes',
  'notes',
  'rule',
  'reason',
]);

const PATTERNS: Array<[RegExp, string, string[]]> = [
  [/^longer than (\d+) characters$/, 'tooLong', ['max']],
  [/^Too big: expected string to have <=?(\d+) characters?$/, 'tooLong', ['max']],
  [/^Too big: expected array to have <=?(\d+) items?$/, 'tooMany', ['max']],
  [/^Too big: expected number to be <=?(\S+)$/, 'tooBig', ['max']],
  [/^Too small: expected string to have >=?1 characters?$/, 'empty', []],
  [/^Too small: expected number to be >=?(\S+)$/, 'tooSmall', ['min']],
  [/^Too small/, 'tooFew', []],
  [/^Invalid input: expected \w+, received undefined$/, 'missing', []],
  [/^Invalid input: expected (\w+), received \w+$/, 'wrongType', ['expected']],
  [/^Invalid option/, 'notAllowed', []],
  [/^Invalid string: must match pattern/, 'badFormat', []],
  [/^Unrecognized key/, 'unknownKey', []],
  [/^expected a date as YYYY-MM-DD$/, 'badDate', []],
  [/^not a real calendar day$/, 'notRealDay', []],
  [/^expected an id of letters/, 'badId', []],
  [/^max is below min$/, 'maxBelowMin', []],
  [/^an exact count has max equal to min$/, 'exactMismatch', []],
  [/^(date )?span ends before it starts$/, 'spanReversed', []],
  [/^quote_end must be after quote_start$/, 'quoteReversed', []],
  [/^quote offsets do not span the quote$/, 'quoteOffsets', []],
  [/^a claim that supersedes another must have status/, 'supersedesStatus', []],
  [/^a count's span lies outside its quote$/, 'spanOutside', []],
  [/^low is above high$/, 'lowAboveHigh', []],
  // validate.ts: "duplicate id X, first used by record N; the first is kept" (older wording: "duplicate claim id X").
  [/^duplicate (?:\w+ )?id ([^,;]+)/, 'duplicateId', ['id']],
  [/^no report (.+)$/, 'noReport', ['id']],
  [/^no source (.+)$/, 'noSource', ['id']],
  [/^no place (.+)$/, 'noPlace', ['id']],
  [/^(\w+) is not a list$/, 'notAList', ['name']],
];

/** One raw reason ("killed.max: max is below min") explained. */
export function explainReason(raw: string): ExplainedReason {
  const colon = raw.indexOf(': ');
  // "claims is not a list" has no path; "(record)" is the validator's word for the whole record.
  const [path, message] = colon < 0 ? ['', raw] : [raw.slice(0, colon), raw.slice(colon + 2)];
  const head = path.split('.')[0] ?? '';
  const field = path === '' || path === '(record)' ? null : LABELLED_FIELDS.has(head) ? head : 'other';
  for (const [re, key, names] of PATTERNS) {
    const m = re.exec(message);
    if (!m) continue;
    const values: Record<string, string> = {};
    names.forEach((n, i) => (values[n] = m[i + 1] ?? ''));
    return { field, path, key, values, raw };
  }
  return { field, path, key: 'other', values: {}, raw };
}
