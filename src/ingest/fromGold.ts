import type { GoldFile } from '../domain/gold';
import type { Claim, Report, Source } from '../domain/schema';
import { Claim as ClaimSchema, Report as ReportSchema } from '../domain/schema';

/** A structured problem found while reading input: which rule, why, and where. */
export interface Message {
  rule: string;
  reason: string;
  file?: string;
  claim?: string;
  offset?: number;
}

export interface ReportInput {
  /** File name, e.g. `000_1131940e7d3b61ba.txt`. */
  file: string;
  /** Report text, NFC. */
  text: string;
  /** Sidecar metadata (`NAME.meta.json`), when present. */
  meta: Record<string, unknown> | null;
}

/** Reads the report record from a file name and its sidecar; a missing sidecar leaves everything unknown. */
export function reportFromInput(input: ReportInput): Report {
  const m = input.meta ?? {};
  return ReportSchema.parse({
    id: input.file.replace(/\.txt$/i, ''),
    file: input.file,
    outlet: typeof m.outlet === 'string' ? m.outlet : 'unknown',
    outlet_ar: typeof m.outlet_ar === 'string' ? m.outlet_ar : null,
    outlet_basis: typeof m.outlet_basis === 'string' ? m.outlet_basis : null,
    published: typeof m.published === 'string' ? m.published : null,
    published_basis: typeof m.published_basis === 'string' ? m.published_basis : 'unknown',
    url: typeof m.url === 'string' ? m.url : null,
    title: typeof m.title === 'string' ? m.title : null,
  });
}

/** The dictionary entry for a canonical English source name. */
export function sourceIdFor(name: string, sources: readonly Source[]): string | null {
  const key = name.trim().toLowerCase();
  return sources.find((s) => s.name_en.toLowerCase() === key)?.id ?? null;
}

/**
 * Turns an analyst's gold annotation into dataset claims: finds each quote in its report (offsets into the NFC
 * text), links source and place ids, and validates. A claim that cannot be placed in its text is reported, not kept.
 */
export function claimsFromGold(
  gold: GoldFile,
  reports: readonly ReportInput[],
  sources: readonly Source[],
  placeLinks: Readonly<Record<string, string>>,
): { claims: Claim[]; messages: Message[] } {
  const claims: Claim[] = [];
  const messages: Message[] = [];
  const byFile = new Map(reports.map((r) => [r.file, r]));
  for (const goldReport of gold.reports) {
    const report = byFile.get(goldReport.file);
    if (!report) {
      messages.push({ rule: 'report-missing', reason: 'no report text for this gold entry', file: goldReport.file });
      continue;
    }
    const reportId = goldReport.file.replace(/\.txt$/i, '');
    for (const g of goldReport.claims) {
      const quote = g.quote.normalize('NFC');
      const start = report.text.indexOf(quote);
      if (start < 0) {
        messages.push({ rule: 'quote-not-found', reason: 'quote is not in the report text', file: report.file, claim: g.id });
        continue;
      }
      const sourceId = sourceIdFor(g.source, sources);
      if (sourceId === null) {
        messages.push({ rule: 'source-unknown', reason: `no source named "${g.source}" in the dictionary`, claim: g.id });
        continue;
      }
      const parsed = ClaimSchema.safeParse({
        ...g,
        quote,
        report_id: reportId,
        source_id: sourceId,
        place_id: placeLinks[g.id] ?? null,
        quote_start: start,
        quote_end: start + quote.length,
      });
      if (parsed.success) claims.push(parsed.data);
      else messages.push({ rule: 'claim-invalid', reason: parsed.error.message, claim: g.id });
    }
  }
  return { claims, messages };
}
