/**
 * The browser's import, without I/O: report files (bytes + optional sidecar bytes) → the CLI's pipeline → records
 * ready to keep on the device. Decoding (`decodeText`), sidecars (`readSidecar`), extraction and grouping
 * (`ingestReports`) and the final pass (`finalizeClaims`) are the very modules `npm run ingest` uses; only the
 * bookkeeping of a browser that keeps adding reports lives here: a text already imported is skipped (content hash),
 * a file whose id would clash with a report already shown is renamed, and a report nothing could be read from
 * (empty, binary, not Arabic) is left out with a notice while the rest import.
 */
import { finalizeClaims } from '../domain/dataset';
import { decodeText, describeEncoding } from '../domain/encoding';
import { reportUid, shortHash } from '../domain/ids';
import type { Claim, IngestMessage, Place, Report, Source } from '../domain/schema';
import { reportId } from '../ingest/extract';
import { placesToShip } from '../ingest/gazetteer';
import { ingestReports, type Progress } from '../ingest/pipeline';
import type { Prepared } from '../ingest/prepare';
import { readSidecar } from '../ingest/sidecar';
import type { ReportInput } from '../ingest/types';

/** One file to import: a .txt report's bytes and, when one was given beside it, its NAME.meta.json bytes. */
export interface ImportItem {
  name: string;
  bytes: Uint8Array;
  sidecar: Uint8Array | null;
}

export type NoticeKind =
  | 'encoding'
  | 'sidecar'
  | 'duplicate'
  | 'renamed'
  | 'report-empty'
  | 'report-binary'
  | 'report-not-arabic'
  | 'report-failed'
  | 'no-claims';

/** Something the analyst should know about one file (shown localized by `kind`; `detail` is English, technical). */
export interface ImportNotice {
  file: string;
  kind: NoticeKind;
  detail: string;
}

/** A report kept on the device: its record, its text (NFC: offsets refer to it) and its sidecar as read. */
export interface LocalReport {
  report: Report;
  text: string;
  meta: Record<string, unknown> | null;
  messages: IngestMessage[];
}

export interface ImportResult {
  reports: LocalReport[];
  claims: Claim[];
  places: Place[];
  sources: Source[];
  notices: ImportNotice[];
  /** Bytes of report text read (for throughput). */
  bytes: number;
}

/** What is already shown: report uids (content hashes) and the ids/claim-id prefixes in use. */
export interface Taken {
  uids: ReadonlySet<string>;
  ids: ReadonlySet<string>;
}

/** Report-level messages meaning nothing of the report could be read (as scripts/ingest.ts counts them). */
const UNREADABLE = ['report-empty', 'report-binary', 'report-not-arabic', 'report-failed'] as const;

/** The prefix claim ids of a report are built on (src/ingest/report.ts): "000" for "000_abc", else the id. */
export const claimPrefix = (id: string): string => /^[A-Za-z0-9]+(?=_)/.exec(id)?.[0] ?? id;

export function importReports(
  items: readonly ImportItem[],
  prepared: Prepared,
  taken: Taken,
  onProgress?: (p: Progress) => void,
): ImportResult {
  const notices: ImportNotice[] = [];
  const uids = new Set(taken.uids);
  const ids = new Set(taken.ids);
  const inputs: ReportInput[] = [];
  let bytes = 0;
  for (const item of items) {
    const decoded = decodeText(item.bytes);
    const encoding = describeEncoding(decoded);
    if (encoding !== null) notices.push({ file: item.name, kind: 'encoding', detail: encoding });
    const uid = reportUid(decoded.text);
    if (uids.has(uid)) {
      notices.push({ file: item.name, kind: 'duplicate', detail: uid });
      continue;
    }
    uids.add(uid);
    let meta: Record<string, unknown> | null = null;
    if (item.sidecar !== null) {
      const sidecar = readSidecar(decodeText(item.sidecar).text);
      meta = sidecar.meta;
      for (const p of sidecar.problems)
        notices.push({ file: item.name, kind: 'sidecar', detail: `${p.field ?? 'file'}: ${p.reason}` });
    }
    // Claim ids are "<prefix>-<n>" (report.ts): a second "000_…" or "strike.txt" would give ids already shown, and a
    // corrections file keyed on them would edit the wrong claim. A clashing file gets its content hash in front.
    let file = item.name.replace(/^.*[\\/]/, '');
    if (!/\.txt$/i.test(file)) file = `${file}.txt`;
    const id = reportId(file);
    if (ids.has(id) || ids.has(claimPrefix(id))) {
      file = `${shortHash(decoded.text)}_${file}`;
      notices.push({ file: item.name, kind: 'renamed', detail: file });
    }
    const rid = reportId(file);
    ids.add(rid);
    ids.add(claimPrefix(rid));
    bytes += item.bytes.byteLength;
    inputs.push({ file, text: decoded.text, meta });
  }

  const out = ingestReports(inputs, prepared, onProgress);
  const failed = new Set<string>();
  for (const m of out.messages)
    if ((UNREADABLE as readonly string[]).includes(m.rule) && !failed.has(m.report_id)) {
      failed.add(m.report_id);
      const file = out.reports.find((r) => r.id === m.report_id)?.file ?? m.report_id;
      notices.push({ file, kind: m.rule as NoticeKind, detail: m.reason });
    }
  const reportsKept = out.reports.filter((r) => !failed.has(r.id));
  const claims = finalizeClaims(
    out.claims.filter((c) => !failed.has(c.report_id)),
    reportsKept,
  );
  for (const r of reportsKept)
    if (!claims.some((c) => c.report_id === r.id)) notices.push({ file: r.file, kind: 'no-claims', detail: r.id });

  const all = [...prepared.resources.places, ...out.newPlaces];
  const used = claims.map((c) => c.place_id).filter((x): x is string => x !== null);
  const usedSources = new Set(claims.map((c) => c.source_id));
  const sources = [...prepared.resources.sources, ...out.newSources].filter((s) => usedSources.has(s.id));
  const textOf = new Map(out.reports.map((r, k) => [r.id, inputs[k]?.text ?? '']));
  const metaOf = new Map(out.reports.map((r, k) => [r.id, inputs[k]?.meta ?? null]));
  return {
    reports: reportsKept.map((report) => ({
      report,
      text: (textOf.get(report.id) ?? '').normalize('NFC'),
      meta: metaOf.get(report.id) ?? null,
      messages: out.messages.filter((m) => m.report_id === report.id),
    })),
    claims,
    places: placesToShip(used, all, []),
    sources: [...new Map(sources.map((s) => [s.id, s])).values()],
    notices,
    bytes,
  };
}
