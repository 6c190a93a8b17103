/**
 * The closed vocabularies of the claim record (../shared/gold/FORMAT.md).
 * Each is a plain list, so the dashboard reads them without loading zod; schema.ts makes each a zod enum, so the
 * dataset, the ingest pipeline and the app share one list.
 */

/** Syria's 14 governorates, in the English spelling the dataset uses. */
export const GOVERNORATES = [
  'Aleppo',
  'Idlib',
  'Raqqa',
  'Deir ez-Zor',
  'Hama',
  'Homs',
  'Rif Dimashq',
  'Damascus',
  'Hasakah',
  'Latakia',
  'Tartus',
  'Daraa',
  'Suwayda',
  'Quneitra',
] as const;
export type Governorate = (typeof GOVERNORATES)[number];

/** How exactly a claim places its event, finest first. `region` spans several governorates. */
export const PRECISIONS = ['neighborhood', 'city', 'district', 'governorate', 'region'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** `incident`: one strike, one place, one day or night. `tally`: an aggregate over a period and/or a wider area. */
export const CLAIM_KINDS = ['incident', 'tally'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Who carried out the attack, as the report says. `regime_russia` when the report does not separate them. */
export const PERPETRATORS = [
  'coalition',
  'russia',
  'regime',
  'regime_russia',
  'isis',
  'sdf',
  'opposition',
  'unknown',
] as const;
export type Perpetrator = (typeof PERPETRATORS)[number];

export const WEAPONS = [
  'airstrike',
  'artillery',
  'rocket',
  'mortar',
  'mixed',
  'landmine',
  'vbied',
  'drone',
  'white_phosphorus',
  'unknown',
] as const;
export type Weapon = (typeof WEAPONS)[number];

export const VICTIMS = ['civilians', 'combatants', 'mixed', 'unknown'] as const;
export type Victims = (typeof VICTIMS)[number];

/** `preliminary`: "حصيلة أولية"/"غير نهائية". `revised`: a later figure from the same source replaces an earlier one. */
export const STATUSES = ['reported', 'preliminary', 'revised'] as const;
export type ClaimStatus = (typeof STATUSES)[number];

/**
 * How a count is qualified: `exact`; `at_least` ("على الأقل"); `more_than` ("أكثر من": min = n+1, max = null);
 * `approx` ("نحو"); `vague` ("عشرات" min 20, "آخرين" min 2, max null).
 */
export const QUALIFIERS = ['exact', 'at_least', 'more_than', 'approx', 'vague'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const PUBLISHED_BASES = ['stated in text', 'inferred from events', 'unknown'] as const;
export type PublishedBasis = (typeof PUBLISHED_BASES)[number];

export const TIMES_OF_DAY = ['morning', 'noon', 'afternoon', 'evening', 'night', 'dawn'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

/** Who a source is; drives grouping and colour in the source comparison. */
export const SOURCE_KINDS = [
  'monitoring_group',
  'civil_defence',
  'un',
  'government',
  'military',
  'media',
  'activists',
  'local_sources',
  'unattributed',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** What a gazetteer place is. `region` groups several governorates (its `members`). */
export const PLACE_KINDS = [
  'region',
  'governorate',
  'district',
  'city',
  'town',
  'village',
  'neighborhood',
  'landmark',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * The claim fields as ../shared/gold/FORMAT.md names them that extraction decides: what `basis` and `trace` are keyed
 * by. The pipeline (rules with traces) fills them with exactly these names.
 */
export const FIELD_NAMES = [
  'date',
  'time_of_day',
  'place',
  'source',
  'perpetrator',
  'weapon',
  'victims',
  'kind',
  'killed',
  'injured',
  'children_killed',
  'women_killed',
  'children_injured',
  'women_injured',
  'status',
  'supersedes',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** The count fields of a claim: each may carry its own offsets (`spans`). */
export const COUNT_FIELDS = [
  'killed',
  'injured',
  'children_killed',
  'women_killed',
  'children_injured',
  'women_injured',
] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

/**
 * How a field's value is known: `stated` in the claim's own quote, `inferred` from elsewhere in the report (the lead,
 * the publication date, a previous sentence), or a `default` used because nothing said otherwise.
 */
export const FIELD_BASES = ['stated', 'inferred', 'default'] as const;
export type FieldBasis = (typeof FIELD_BASES)[number];

/**
 * Where a claim stands in review: `machine-read` (as the pipeline extracted it), `reviewed` (an analyst accepted or
 * edited it), `rejected` (an analyst decided it is not a claim; it leaves every figure but stays visible in review).
 */
export const REVIEW_STATUSES = ['machine-read', 'reviewed', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** What an analyst did to a claim in the workbench (one audit entry). */
export const AUDIT_ACTIONS = ['accept', 'reject', 'edit', 'add', 'merge', 'split', 'reopen'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
