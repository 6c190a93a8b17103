/**
 * The row loop both importers share: a CSV read record by record into claims, each failure a message at its line.
 */
import type { Claim, Report, Source } from '../../domain/schema';
import { readCsv, type CsvRecord } from './csv';
import { missingColumnsReason, RowError, type ImportResources, type ImportResult, type PlaceBook } from './shared';

/** What one importer knows of its dataset; `importRows` does the rest, the same for every dataset. */
export interface RowImporter {
  /** The dataset marker every claim carries. */
  dataset: string;
  report: Report;
  source: Source;
  /** Columns a file must have, and what the file is called when it lacks them (`an ACLED export`). */
  required: readonly string[];
  what: string;
  /** The column holding the dataset's own row id (named in messages, and unique per file). */
  idColumn: string;
  places: PlaceBook;
  /** One row as a claim, or a RowError; `warn` flags the row without setting it aside. */
  claimOf: (record: CsvRecord, warn: (rule: string, reason: string) => void) => Claim;
}

/**
 * Imports a CSV one row at a time: a file without the required columns imports nothing, with one reason; a row of the
 * wrong width, one that fails, or one whose id came earlier is set aside with its line and reason; the rest import.
 */
export function importRows(text: string, resources: ImportResources, importer: RowImporter): ImportResult {
  const table = readCsv(text);
  const { dataset, report, source, places, idColumn } = importer;
  const result: ImportResult = {
    dataset,
    report,
    source,
    places: [],
    claims: [],
    messages: [],
    rows: table.records.length,
  };
  const missing = importer.required.filter((c) => !table.header.includes(c));
  if (missing.length > 0) {
    const reason = missingColumnsReason(importer.what, missing, table.header);
    result.messages.push({
      severity: 'error',
      rule: 'columns-missing',
      reason,
      line: 1,
      start: 0,
      end: 0,
      record_id: null,
    });
    return result;
  }
  const seen = new Set<string>();
  for (const record of table.records) {
    const { line, start, end } = record;
    const at = { line, start, end, record_id: record.fields[idColumn]?.trim() || null };
    const warn = (rule: string, reason: string) => result.messages.push({ severity: 'warning', rule, reason, ...at });
    try {
      if (record.width !== table.header.length)
        throw new RowError('row-width', `the row has ${record.width} fields, the header ${table.header.length}`);
      const claim = importer.claimOf(record, warn);
      if (seen.has(claim.id))
        throw new RowError('id-duplicate', `${idColumn} ${at.record_id} appears on an earlier row`);
      seen.add(claim.id);
      result.claims.push(claim);
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      result.messages.push({ severity: 'error', rule: e.rule, reason: e.reason, ...at });
    }
  }
  result.places = places.places(resources.governorates);
  return result;
}
