import { z } from 'zod';
import { ID_PATTERN, ISO_DATE_PATTERN, SCHEMA_VERSION, isRealDay } from './formats.ts';
import {
  AUDIT_ACTIONS,
  CLAIM_KINDS,
  COUNT_FIELDS,
  FIELD_BASES,
  FIELD_NAMES,
  GOVERNORATES,
  PERPETRATORS,
  PLACE_KINDS,
  PRECISIONS,
  PUBLISHED_BASES,
  QUALIFIERS,
  REVIEW_STATUSES,
  SOURCE_KINDS,
  STATUSES,
  TIMES_OF_DAY,
  VICTIMS,
  WEAPONS,
} from './vocabulary.ts';

export { SCHEMA_VERSION } from './formats.ts';

/** The closed vocabularies (vocabulary.ts) as zod enums; each name is also the type of its values. */
export const Governorate = z.enum(GOVERNORATES);
export type Governorate = z.infer<typeof Governorate>;
export const Precision = z.enum(PRECISIONS);
export type Precision = z.infer<typeof Precision>;
export const ClaimKind = z.enum(CLAIM_KINDS);
export type ClaimKind = z.infer<typeof ClaimKind>;
export const Perpetrator = z.enum(PERPETRATORS);
export type Perpetrator = z.infer<typeof Perpetrator>;
export const Weapon = z.enum(WEAPONS);
export type Weapon = z.infer<typeof Weapon>;
export const Victims = z.enum(VICTIMS);
export type Victims = z.infer<typeof Victims>;
export const ClaimStatus = z.enum(STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatus>;
export const Qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof Qualifier>;
export const PublishedBasis = z.enum(PUBLISHED_BASES);
export type PublishedBasis = z.infer<typeof PublishedBasis>;
export const TimeOfDay = z.enum(TIMES_OF_DAY);
export type TimeOfDay = z.infer<typeof TimeOfDay>;
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;
export const PlaceKind = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof PlaceKind>;
export const FieldName = z.enum(FIELD_NAMES);
export type FieldName = z.infer<typeof FieldName>;
export const CountField = z.enum(COUNT_FIELDS);
export type CountField = z.infer<typeof CountField>;
export const FieldBasis = z.enum(FIELD_BASES);
export type FieldBasis = z.infer<typeof FieldBasis>;
export const ReviewStatus = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof ReviewStatus>;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

/**
 * Longest text each kind of field may hold (UTF-16 code units). A longer value makes its record fail with its
 * reason, so a hostile or broken file cannot freeze the page. Measured on the seeds, ../shared dev and dev2 gold and
 * UCDP GED 19.1 (Syria): quotes ≤ 4,664 (a UCDP headline; report quotes ≤ 437), notes ≤ 950, place texts ≤ 108,
 * place names ≤ 102, outlets ≤ 66, titles ≤ 84, URLs ≤ 336, date bases ≤ 415, source names ≤ 61; each limit leaves
 * at least twice that.
 */
export const LIMITS = {
  quote: 10_000,
  notes: 4_000,
  /** Place names and the place as the report words it. */
  place: 300,
  /** Outlet and source names. */
  name: 200,
  title: 1_000,
  url: 2_048,
  file: 255,
  /** Free-text explanations: a date's basis, a message's reason, an audit note. */
  reason: 2_000,
  rule: 100,
} as const;

/** A string of at most `max` UTF-16 code units, saying which limit it broke. */
const text = (max: number) => z.string().max(max, `longer than ${max} characters`);

/** A calendar date, `YYYY-MM-DD`, checked to be a real day. */
export const IsoDate = z
  .string()
  .regex(ISO_DATE_PATTERN, 'expected a date as YYYY-MM-DD')
  .refine(isRealDay, { message: 'not a real calendar day' })
  .brand<'IsoDate'>();
export type IsoDate = z.infer<typeof IsoDate>;

/** An identifier: lower-case letters, digits and `-_.:`; safe in URLs and file names. */
export const Id = z.string().regex(ID_PATTERN, 'expected an id of letters, digits and -_.:');

/**
 * A count of people: `min` is what the words guarantee; `max` is null when the words leave it open.
 * Invariants: max ≥ min; `exact` has min = max; `more_than` and `at_least` and `vague` may leave max open.
 */
export const Count = z
  .object({
    /** The lowest number the words allow (people). */
    min: z.number().int().nonnegative(),
    /** The highest number the words allow, or null when open-ended (people). */
    max: z.number().int().nonnegative().nullable(),
    /** How the words qualify the number. */
    qualifier: Qualifier,
  })
  .refine((c) => c.max === null || c.max >= c.min, { message: 'max is below min' })
  .refine((c) => c.qualifier !== 'exact' || c.max === c.min, { message: 'an exact count has max equal to min' });
export type Count = z.infer<typeof Count>;

/** The event's date or period, resolved against the report's publication date. */
export const DateSpan = z
  .object({
    /** First day (inclusive). */
    from: IsoDate,
    /** Last day (inclusive). */
    to: IsoDate,
    /** How the date was resolved, in words ("weekday relative to publication", "stated in text", …). */
    basis: text(LIMITS.reason),
  })
  .refine((d) => d.from <= d.to, { message: 'date span ends before it starts' });
export type DateSpan = z.infer<typeof DateSpan>;

/** Where a claim places its event, as the analyst read it. */
export const ClaimPlace = z.object({
  /** Governorate (English), or null when the claim spans several. */
  governorate: Governorate.nullable(),
  /** City, town or village (English), when stated. */
  city: text(LIMITS.place).nullable(),
  /** Neighbourhood, street or landmark (English), when stated. */
  neighborhood: text(LIMITS.place).nullable(),
  /** The place as the report words it (Arabic, verbatim). */
  text_ar: text(LIMITS.place).nullable(),
  /** How finely the claim locates the event. */
  precision: Precision,
});
export type ClaimPlace = z.infer<typeof ClaimPlace>;

/** A news report the claims were read from. Its text lives at `data/reports/<file>`. */
export const Report = z.object({
  /** Stable id, the file name without extension. */
  id: Id,
  /** File name of the report text (UTF-8, NFC). */
  file: text(LIMITS.file).min(1),
  /** Outlet's name in English, or "unknown". */
  outlet: text(LIMITS.name).min(1),
  /** Outlet's name in Arabic, when known. */
  outlet_ar: text(LIMITS.name).nullable(),
  /** How the outlet is known ("stated in text", "inferred …"), when recorded. */
  outlet_basis: text(LIMITS.reason).nullable().optional(),
  /** Publication date, or null when unknown. */
  published: IsoDate.nullable(),
  /** How the publication date is known. */
  published_basis: PublishedBasis,
  /** Where the report was published, when known. */
  url: text(LIMITS.url).nullable().optional(),
  /** The report's headline, when known. */
  title: text(LIMITS.title).nullable().optional(),
  /**
   * Content-derived id: `r-` + a 48-bit hash of the NFC text. The same text has the same uid whatever its file name
   * and whatever else is ingested with it (see ids.ts). Absent for reports with no text (dataset imports).
   */
  uid: Id.optional(),
});
export type Report = z.infer<typeof Report>;

/** Who makes claims: a monitor, a civil defence, a UN office, a ministry, a newsroom, activists … */
export const Source = z.object({
  /** Stable id (slug). */
  id: Id,
  /** Canonical English name, as in the claim's `source` field. */
  name_en: text(LIMITS.name).min(1),
  /** Arabic names and aliases as reports write them, primary first. */
  names_ar: z.array(text(LIMITS.name)),
  /** What kind of source it is. */
  kind: SourceKind,
});
export type Source = z.infer<typeof Source>;

/** WGS84 coordinates in decimal degrees. Named fields, so lat/lon can never be swapped silently. */
export const LatLon = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export type LatLon = z.infer<typeof LatLon>;

/** A place from the gazetteer (or added by the analyst), with its parent for nesting. */
export const Place = z.object({
  /** Stable id: the gazetteer's (`gn-…`, `ocha-…`, `gov-…`) or `rasd-…` for places the gazetteer lacks. */
  id: Id,
  /** English name. */
  name_en: text(LIMITS.place).min(1),
  /** Arabic names, primary first. */
  names_ar: z.array(text(LIMITS.place)),
  /** What the place is. */
  kind: PlaceKind,
  /** Governorate it lies in; null for a region spanning several. */
  governorate: Governorate.nullable(),
  /** Point to draw it at, or null when no dataset gives one (it is then drawn at its nearest located ancestor). */
  coordinates: LatLon.nullable(),
  /** The enclosing place's id, or null at the top. */
  parent: Id.nullable(),
  /** For a region: the places it is made of. */
  members: z.array(Id).optional(),
  /** Where the coordinates come from (dataset and record), for attribution. */
  coordinates_source: text(LIMITS.place).nullable().optional(),
});
export type Place = z.infer<typeof Place>;

/** Fields of one claim exactly as ../shared/gold/FORMAT.md names and defines them. */
export const claimFormatFields = {
  /** Claim id, unique in the dataset (`<report number>-<n>`). */
  id: Id,
  /** `incident` or `tally`. */
  kind: ClaimKind,
  /** Slug shared by claims that describe the same real-world event (becomes the incident or tally id). */
  event: Id,
  /** The exact words (NFC) that carry the count, place and source. */
  quote: text(LIMITS.quote).min(1),
  /** Who made the claim, canonical English, or `unattributed` when the outlet speaks in its own voice. */
  source: text(LIMITS.name).min(1),
  /** The source's name as the report writes it (Arabic), or null. */
  source_ar: text(LIMITS.name).nullable(),
  /** The event's date or period, or null when the report does not let it be resolved. */
  date: DateSpan.nullable(),
  /** Part of the day, when stated. */
  time_of_day: TimeOfDay.nullable(),
  /** Where, as the report says it. */
  place: ClaimPlace,
  /** Who carried out the attack. */
  perpetrator: Perpetrator,
  /** With what. */
  weapon: Weapon,
  /** Who the dead and injured were. */
  victims: Victims,
  /** People killed, or null when not stated. */
  killed: Count.nullable(),
  /** People injured, or null when not stated. */
  injured: Count.nullable(),
  /** Children among the killed, when stated. */
  children_killed: Count.nullable(),
  /** Women among the killed, when stated. */
  women_killed: Count.nullable(),
  /** Children among the injured, when stated. */
  children_injured: Count.nullable(),
  /** Women among the injured, when stated. */
  women_injured: Count.nullable(),
  /** Whether the figure is reported as is, preliminary, or a revision. */
  status: ClaimStatus,
  /** Id of the claim this one revises (same source), or null. */
  supersedes: Id.nullable(),
  /** The analyst's reasoning, in English. */
  notes: text(LIMITS.notes),
};

/** Offsets of some words in the report text: UTF-16 code units of the NFC text, `end` exclusive. */
export const TextSpan = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end > s.start, { message: 'span ends before it starts' });
export type TextSpan = z.infer<typeof TextSpan>;

/**
 * An imported dataset's own figures for a record (UCDP GED, ACLED), typed: what v1 carried as `key: value` text in
 * `notes`. All counts are people.
 */
export const DatasetFigures = z
  .object({
    /** Which word the dataset uses for its headline figure: UCDP `best`, ACLED `fatalities`. */
    measure: z.enum(['best', 'fatalities']),
    /** The dataset's headline figure. */
    best: z.number().int().nonnegative(),
    /** Lowest estimate; equals `best` when the dataset gives one number. */
    low: z.number().int().nonnegative(),
    /** Highest estimate; equals `best` when the dataset gives one number. */
    high: z.number().int().nonnegative(),
    /** Civilians among the dead, or null when the dataset does not break the figure down. */
    civilians: z.number().int().nonnegative().nullable(),
    /** How far the coded point may lie from the event (km): 0 for an exact point, null when not placeable. */
    uncertainty_km: z.number().nonnegative().nullable(),
    /** The sources the dataset coded from, as it names them, in its order. */
    sources: z.array(text(LIMITS.name)).max(100),
  })
  .refine((f) => f.low <= f.high, { message: 'low is above high' });
export type DatasetFiguresField = z.infer<typeof DatasetFigures>;

/** A JSON value as a correction or an audit entry records it (a field's old or new value). */
const FieldValue = z.unknown();

/** One field a correction changed: what the extraction said and what the analyst set. */
export const FieldChange = z.object({
  /** A FORMAT field name, or `place_id`. */
  field: text(LIMITS.rule),
  /** The value before (as extracted); null when the correction added the claim. */
  from: FieldValue,
  /** The value after. */
  to: FieldValue,
  /** Why, in the analyst's words, when recorded. */
  note: text(LIMITS.reason).optional(),
});
export type FieldChange = z.infer<typeof FieldChange>;

/** One decision in the workbench's audit trail. */
export const AuditEntry = z.object({
  /** When (ISO timestamp). */
  at: text(40),
  action: AuditAction,
  /** The analyst's note, when given. */
  note: text(LIMITS.reason).optional(),
  /** For an edit: the field and its old → new value. */
  field: text(LIMITS.rule).optional(),
  from: FieldValue.optional(),
  to: FieldValue.optional(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** Fields schema v2 adds to a claim: stable id, review, how each field is known, each number's words. */
const claimReviewFields = {
  /**
   * Content-derived id, stable when other reports are added or removed: `c-` + hash of the report's uid and the
   * quote's offsets (imported dataset records keep their dataset id). See ids.ts.
   */
  uid: Id.optional(),
  /** Where the claim stands in review; absent means `machine-read` (v1 files). */
  review_status: ReviewStatus.optional(),
  /** The workbench's decisions on this claim, oldest first. */
  audit: z.array(AuditEntry).max(1_000).optional(),
  /** How each field's value is known (FORMAT field names); a field left out has no recorded basis. */
  basis: z.partialRecord(FieldName, FieldBasis).optional(),
  /** Which rules produced each field (rule ids of the extraction), for "why this value". */
  trace: z.partialRecord(FieldName, z.array(text(LIMITS.rule)).max(50)).optional(),
  /**
   * Where each count's own words are in the report (UTF-16, NFC), when the pipeline found them unambiguously; inside
   * the quote (validate.ts drops spans that are not, keeping the claim).
   */
  spans: z.partialRecord(CountField, TextSpan).optional(),
  /** What analysts' corrections changed, field by field (old → new); absent when none did. */
  corrections: z.array(FieldChange).max(100).optional(),
  /** An imported dataset's own figures for this record (UCDP GED, ACLED). */
  figures: DatasetFigures.optional(),
};

/** Fields Rasd adds to a FORMAT claim: where it comes from, exactly. */
const claimProvenanceFields = {
  /** The report the quote is in. */
  report_id: Id,
  /** The source's id in `sources`. */
  source_id: Id,
  /** The most specific known place (id in `places`), or null when the claim names none Rasd can place. */
  place_id: Id.nullable(),
  /** Start of the quote in the report text, in UTF-16 code units of the NFC text (inclusive). */
  quote_start: z.number().int().nonnegative(),
  /** End of the quote in the report text (exclusive). */
  quote_end: z.number().int().positive(),
  /** True when an analyst's correction changed, added or kept this claim against the extraction. */
  corrected: z.boolean().optional(),
  /** The dataset a claim was imported from (e.g. `ucdp-ged`), absent for claims read from reports. */
  dataset: text(LIMITS.rule).optional(),
};

export const Claim = z
  .object({ ...claimFormatFields, ...claimProvenanceFields, ...claimReviewFields })
  .refine((c) => c.quote_end > c.quote_start, { message: 'quote_end must be after quote_start' })
  .refine((c) => c.quote_end - c.quote_start === c.quote.length, {
    message: 'quote offsets do not span the quote',
  })
  .refine((c) => c.supersedes === null || c.status === 'revised', {
    message: 'a claim that supersedes another must have status "revised"',
  });
export type Claim = z.infer<typeof Claim>;

/** A min–max range of people across claims; `max` null when some source leaves the top open. */
export const CountRange = z.object({
  /** Lowest figure any current claim allows. */
  min: z.number().int().nonnegative(),
  /** Highest figure any current claim states, or null when one is open-ended above all others. */
  max: z.number().int().nonnegative().nullable(),
});
export type CountRange = z.infer<typeof CountRange>;

/** What incidents and tallies derive from their claims (see `derive.ts`). */
const derivedFields = {
  /** The event slug its claims share. */
  id: Id,
  /**
   * Content-derived id that adding or removing other reports never changes: a slug of the anchor claim's place and
   * date, and a hash of its uid (see ids.ts). Links should carry it; `resolveEventRef` also finds the slug.
   */
  uid: Id.optional(),
  /** Ids of all its claims, superseded ones included, in report order. */
  claim_ids: z.array(Id).min(1),
  /** Ids of the claims that count: not superseded by a later claim of the same source. */
  current_claim_ids: z.array(Id).min(1),
  /** Span covering every dated claim, or null when none is dated. */
  date: z.object({ from: IsoDate, to: IsoDate }).nullable(),
  /** The most precise place any claim gives. */
  place_id: Id.nullable(),
  /** Precision of that place as the claim states it. */
  precision: Precision,
  /** Governorate, when the claims agree on one. */
  governorate: Governorate.nullable(),
  /** The perpetrator most claims name (ties: the first claim's). */
  perpetrator: Perpetrator,
  /** The weapon most claims name. */
  weapon: Weapon,
  /** The victims most claims name. */
  victims: Victims,
  /** Killed across current claims, or null when no claim counts the dead. */
  killed: CountRange.nullable(),
  /** Injured across current claims. */
  injured: CountRange.nullable(),
  /** Distinct sources among current claims. */
  source_ids: z.array(Id),
  /** `source_ids.length`. */
  source_count: z.number().int().nonnegative(),
  /**
   * How far the sources' killed figures part: (highest − lowest) / highest of each source's current figure.
   * 0 = they agree; null when fewer than two sources give a figure.
   */
  discrepancy: z.number().min(0).max(1).nullable(),
  /** True when any claim is preliminary. */
  preliminary: z.boolean(),
  /** True when any claim was revised by its source. */
  revised: z.boolean(),
};

/** The claims that share one real-world strike or attack. */
export const Incident = z.object({ ...derivedFields, kind: z.literal('incident') });
export type Incident = z.infer<typeof Incident>;

/** An aggregate claim over a period and an area, kept apart from incidents. */
export const Tally = z.object({ ...derivedFields, kind: z.literal('tally') });
export type Tally = z.infer<typeof Tally>;

/** Something the ingest pipeline did not understand in a report (unknown place, unresolved date …). */
export const IngestMessage = z.object({
  /** The report it concerns. */
  report_id: Id,
  /** Machine-readable rule id, e.g. `place-unknown`, `date-unresolved`. */
  rule: text(LIMITS.rule).min(1),
  /** What happened, in English. */
  reason: text(LIMITS.reason),
  /** Start of the words concerned in the report text (UTF-16, NFC), when known. */
  start: z.number().int().nonnegative().nullable(),
  /** End of those words (exclusive), when known. */
  end: z.number().int().nonnegative().nullable(),
  /** The claim it concerns, when any. */
  claim_id: Id.nullable().optional(),
});
export type IngestMessage = z.infer<typeof IngestMessage>;

/** The published dataset: everything the dashboard loads. */
export const Dataset = z.object({
  /** Always `rasd-dataset`. */
  format: z.literal('rasd-dataset'),
  /** Version of this schema. */
  version: z.literal(SCHEMA_VERSION),
  /** When the dataset was built (ISO timestamp). */
  generated_at: z.string(),
  /** What this dataset is, for the header. */
  title: text(LIMITS.title).optional(),
  reports: z.array(Report),
  sources: z.array(Source),
  places: z.array(Place),
  claims: z.array(Claim),
  /** Derived from `claims` (see derive.ts). */
  incidents: z.array(Incident),
  /** Derived from `claims`. */
  tallies: z.array(Tally),
  /** What the pipeline could not read, per report, for analysts to check. */
  messages: z.array(IngestMessage).optional(),
});
export type Dataset = z.infer<typeof Dataset>;

/**
 * What a dataset *file* must satisfy: derived incidents and tallies may be left out (readers re-derive them from
 * the claims), which keeps large imported datasets small. This is the published JSON Schema.
 */
export const DatasetFile = Dataset.extend({
  incidents: z.array(Incident).optional(),
  tallies: z.array(Tally).optional(),
});
export type DatasetFile = z.infer<typeof DatasetFile>;

/** The record collections of a dataset and the schema of each record. */
export const RECORD_SCHEMAS = {
  reports: Report,
  sources: Source,
  places: Place,
  claims: Claim,
  incidents: Incident,
  tallies: Tally,
  messages: IngestMessage,
} as const;
export type Collection = keyof typeof RECORD_SCHEMAS;
