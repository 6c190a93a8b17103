/**
 * The whole pipeline over many reports, without I/O: extract each report (a report that throws becomes a
 * message, never a crash), group claims into events, and return what the dataset needs.
 */
import type { Claim, IngestMessage, Place, Report, Source } from '../domain/schema';
import { reportUid } from '../domain/ids';
import { extractReport, reportFromInput } from './extract';
import { groupEventsExplained } from './group';
import type { Prepared } from './prepare';
import type { ReportInput } from './types';

export interface IngestOutput {
  reports: Report[];
  claims: Claim[];
  messages: IngestMessage[];
  /** Places made while reading (regions of several governorates the dictionaries lack). */
  newPlaces: Place[];
  /** Sources made while reading (an outlet's own correspondent). */
  newSources: Source[];
}

export interface Progress {
  done: number;
  total: number;
  claims: number;
  messages: number;
  file: string;
}

export function ingestReports(
  inputs: readonly ReportInput[],
  prepared: Prepared,
  onProgress?: (p: Progress) => void,
): IngestOutput {
  const reports: Report[] = [];
  let claims: Claim[] = [];
  const messages: IngestMessage[] = [];
  const newPlaces = new Map<string, Place>();
  const newSources = new Map<string, Source>();
  const ids = new Set<string>();
  const claimIds = new Set<string>();
  inputs.forEach((input, k) => {
    let result: ReturnType<typeof extractReport>;
    try {
      result = extractReport(input, prepared);
    } catch (e) {
      const report = safeReport(input);
      result = {
        report,
        claims: [],
        places: [],
        sources: [],
        messages: [
          { report_id: report.id, rule: 'report-failed', reason: String(e).slice(0, 300), start: null, end: null },
        ],
      };
    }
    // Two files with one id (same name in two folders): the second is renamed, not merged.
    let id = result.report.id;
    for (let n = 2; ids.has(id); n++) id = `${result.report.id}-${n}`;
    ids.add(id);
    const rename = <T extends { report_id: string }>(x: T): T =>
      id === result.report.id ? x : { ...x, report_id: id };
    // The content hash is the report's stable uid (ids.ts): claim and event uids are built on it.
    reports.push({ ...result.report, id, uid: reportUid(input.text) });
    // Claim ids use the file's number prefix ("000-1"); if another report already used it, use the full report id.
    const clash = result.claims.some((c) => claimIds.has(c.id)) || id !== result.report.id;
    const cid = (x: string) => (clash ? `${id}-${x.slice(x.lastIndexOf('-') + 1)}` : x);
    for (const c of result.claims) {
      const claim = rename({ ...c, id: cid(c.id), supersedes: c.supersedes === null ? null : cid(c.supersedes) });
      claimIds.add(claim.id);
      claims.push(claim);
    }
    messages.push(...result.messages.map((m) => rename(m.claim_id ? { ...m, claim_id: cid(m.claim_id) } : m)));
    for (const p of result.places) newPlaces.set(p.id, p);
    for (const src of result.sources) if (!newSources.has(src.id)) newSources.set(src.id, src);
    onProgress?.({
      done: k + 1,
      total: inputs.length,
      claims: claims.length,
      messages: messages.length,
      file: input.file,
    });
  });
  // Merges across reports and likely matches left apart come back as messages on the claims they concern.
  const grouped = groupEventsExplained(claims, reports, [...prepared.resources.places, ...newPlaces.values()]);
  claims = grouped.claims;
  messages.push(...grouped.messages);
  return { reports, claims, messages, newPlaces: [...newPlaces.values()], newSources: [...newSources.values()] };
}

function safeReport(input: ReportInput): Report {
  try {
    return reportFromInput(input).value;
  } catch {
    return reportFromInput({ ...input, meta: null }).value;
  }
}
