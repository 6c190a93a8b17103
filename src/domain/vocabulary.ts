import { z } from 'zod';

/**
 * The closed vocabularies of the claim record (../shared/gold/FORMAT.md).
 * Each is a zod enum so the dataset, the ingest pipeline and the app share one list.
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
export const Governorate = z.enum(GOVERNORATES);
export type Governorate = z.infer<typeof Governorate>;

/** How exactly a claim places its event, finest first. `region` spans several governorates. */
export const PRECISIONS = ['neighborhood', 'city', 'district', 'governorate', 'region'] as const;
export const Precision = z.enum(PRECISIONS);
export type Precision = z.infer<typeof Precision>;

/** `incident`: one strike, one place, one day or night. `tally`: an aggregate over a period and/or a wider area. */
export const ClaimKind = z.enum(['incident', 'tally']);
export type ClaimKind = z.infer<typeof ClaimKind>;

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
export const Perpetrator = z.enum(PERPETRATORS);
export type Perpetrator = z.infer<typeof Perpetrator>;

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
export const Weapon = z.enum(WEAPONS);
export type Weapon = z.infer<typeof Weapon>;

export const VICTIMS = ['civilians', 'combatants', 'mixed', 'unknown'] as const;
export const Victims = z.enum(VICTIMS);
export type Victims = z.infer<typeof Victims>;

/** `preliminary`: "حصيلة أولية"/"غير نهائية". `revised`: a later figure from the same source replaces an earlier one. */
export const STATUSES = ['reported', 'preliminary', 'revised'] as const;
export const ClaimStatus = z.enum(STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/**
 * How a count is qualified: `exact`; `at_least` ("على الأقل"); `more_than` ("أكثر من": min = n+1, max = null);
 * `approx` ("نحو"); `vague` ("عشرات" min 20, "آخرين" min 2, max null).
 */
export const QUALIFIERS = ['exact', 'at_least', 'more_than', 'approx', 'vague'] as const;
export const Qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof Qualifier>;

export const PUBLISHED_BASES = ['stated in text', 'inferred from events', 'unknown'] as const;
export const PublishedBasis = z.enum(PUBLISHED_BASES);
export type PublishedBasis = z.infer<typeof PublishedBasis>;

export const TIMES_OF_DAY = ['morning', 'noon', 'afternoon', 'evening', 'night', 'dawn'] as const;
export const TimeOfDay = z.enum(TIMES_OF_DAY);
export type TimeOfDay = z.infer<typeof TimeOfDay>;

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
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

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
export const PlaceKind = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof PlaceKind>;

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
export const FieldName = z.enum(FIELD_NAMES);
export type FieldName = z.infer<typeof FieldName>;

/** The count fields of a claim: each may carry its own offsets (`spans`). */
export const COUNT_FIELDS = [
  'killed',
  'injured',
  'children_killed',
  'women_killed',
  'children_injured',
  'women_injured',
] as const;
export const CountField = z.enum(COUNT_FIELDS);
export type CountField = z.infer<typeof CountField>;

/**
 * How a field's value is known: `stated` in the claim's own quote, `inferred` from elsewhere in the report (the lead,
 * the publication date, a previous sentence), or a `default` used because nothing said otherwise.
 */
export const FieldBasis = z.enum(['stated', 'inferred', 'default']);
export type FieldBasis = z.infer<typeof FieldBasis>;

/**
 * Where a claim stands in review: `machine-read` (as the pipeline extracted it), `reviewed` (an analyst accepted or
 * edited it), `rejected` (an analyst decided it is not a claim; it leaves every figure but stays visible in review).
 */
export const REVIEW_STATUSES = ['machine-read', 'reviewed', 'rejected'] as const;
export const ReviewStatus = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

/** What an analyst did to a claim in the workbench (one audit entry). */
export const AUDIT_ACTIONS = ['accept', 'reject', 'edit', 'add', 'merge', 'split', 'reopen'] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;
