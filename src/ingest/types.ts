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
