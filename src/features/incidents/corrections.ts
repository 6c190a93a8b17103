/**
 * What an analyst's corrections changed on a claim, read defensively: datasets written before the schema recorded
 * `corrections` (field → old and new value) have only `corrected: true`, and then nothing is listed.
 */
export interface ChangeShown {
  field: string;
  from: unknown;
  to: unknown;
}

export function correctionsOf(claim: object): ChangeShown[] {
  const raw: unknown = (claim as { corrections?: unknown }).corrections;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((c: unknown) =>
    typeof c === 'object' && c !== null && typeof (c as { field?: unknown }).field === 'string'
      ? [
          {
            field: (c as { field: string }).field,
            from: (c as { from?: unknown }).from,
            to: (c as { to?: unknown }).to,
          },
        ]
      : [],
  );
}

/** Field names a correction can touch, each with a label in strings.ts (`provenance.fields`). */
export const CORRECTABLE_FIELDS = [
  'id',
  'kind',
  'event',
  'quote',
  'quote_start',
  'quote_end',
  'source',
  'source_ar',
  'date',
  'time_of_day',
  'place',
  'place_id',
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
] as const;
