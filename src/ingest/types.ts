import type { Claim, IngestMessage, Place, Report, Source } from '../domain/schema';
import type { Perpetrator, Weapon } from '../domain/vocabulary';

/** A structured problem found by a step: which rule, why, and where (offset in the report's NFC text). */
export interface StepMessage {
  rule: string;
  reason: string;
  start: number | null;
  end: number | null;
}

/** What every step returns: its value and what it could not read. */
export interface StepResult<T> {
  value: T;
  messages: StepMessage[];
}

/** One report to read: file name, raw text and sidecar metadata (null when there is no sidecar). */
export interface ReportInput {
  file: string;
  text: string;
  meta: Record<string, unknown> | null;
}

/** A dictionary entry: Arabic phrases (any form; folded on load) that mean one value. */
export interface PhraseEntry<T extends string> {
  value: T;
  phrases: string[];
}

/** The dictionaries the pipeline reads with; loaded from data/ by the CLI, passed in so every step stays pure. */
export interface Resources {
  sources: Source[];
  places: Place[];
  perpetrators: PhraseEntry<Perpetrator>[];
  weapons: PhraseEntry<Weapon>[];
  /** Extra Arabic names for places (e.g. "شرقي العاصمة دمشق" → Eastern Ghouta), by place id. */
  placeAliases: Record<string, string[]>;
}

/** What ingesting one report yields. */
export interface ReportResult {
  report: Report;
  claims: Claim[];
  messages: IngestMessage[];
}

/** The claim fields of FORMAT.md that a basis and a trace can be given for. */
export type FieldName =
  | 'date'
  | 'time_of_day'
  | 'place'
  | 'source'
  | 'perpetrator'
  | 'weapon'
  | 'victims'
  | 'kind'
  | 'killed'
  | 'injured'
  | 'children_killed'
  | 'women_killed'
  | 'children_injured'
  | 'women_injured'
  | 'status'
  | 'supersedes';

/**
 * Where a field's value comes from: 'stated' in the claim's quote, 'inferred' from elsewhere in the report (its
 * sentence, the sentence before, the lead, another statement) or from the publication date, or a 'default' when
 * nothing says.
 */
export type FieldBasis = 'stated' | 'inferred' | 'default';

/** Per field: its basis, and the ids of the rules that produced it (in the order they applied). */
export interface Provenance {
  basis: Partial<Record<FieldName, FieldBasis>>;
  trace: Partial<Record<FieldName, string[]>>;
}

/** A provenance with `field` set by `rule` (a new object; the old one is not changed). */
export function noted(p: Provenance, field: FieldName, basis: FieldBasis, rule: string, replace = true): Provenance {
  const before = replace ? [] : (p.trace[field] ?? []);
  return { basis: { ...p.basis, [field]: basis }, trace: { ...p.trace, [field]: [...before, rule] } };
}
