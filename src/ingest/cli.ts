/**
 * The pipeline's only contact with the file system: loads the dictionaries from data/, finds report files and
 * reads them (any encoding `decodeText` knows) with their checked sidecars. The command line itself
 * (`npm run ingest`, argv, exit codes, writing) is scripts/ingest.ts.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { assembleDataset } from '../domain/assemble';
import { decodeText, type DecodedText } from '../domain/encoding';
import type { Dataset } from '../domain/schema';
import { Dataset as DatasetSchema, Perpetrator, Place, Source, Weapon } from '../domain/schema';
import { applyCorrections, CorrectionFile, type Correction } from './corrections';
import { GazetteerRecord, placesFromGazetteer, placesToShip } from './gazetteer';
import { ingestReports, type IngestOutput, type Progress } from './pipeline';
import type { Prepared } from './prepare';
import { readSidecar, type SidecarProblem } from './sidecar';
import type { ReportInput, Resources } from './types';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const Entries = <T extends z.ZodTypeAny>(value: T) =>
  z.object({ entries: z.array(z.object({ value, phrases: z.array(z.string()) })) });

/** Dictionaries and places from a data/ folder. */
export function loadResources(dataDir: string): { resources: Resources; extras: Place[] } {
  const extras = z.array(Place).parse(readJson(join(dataDir, 'places', 'places.json')));
  const gazetteer = z.array(GazetteerRecord.passthrough()).parse(readJson(join(dataDir, 'geo', 'gazetteer.json')));
  const aliasesPath = join(dataDir, 'ingest', 'place-aliases.json');
  return {
    extras,
    resources: {
      sources: z.array(Source).parse(readJson(join(dataDir, 'sources.json'))),
      places: placesFromGazetteer(gazetteer, extras),
      perpetrators: Entries(Perpetrator).parse(readJson(join(dataDir, 'ingest', 'perpetrators.json'))).entries,
      weapons: Entries(Weapon).parse(readJson(join(dataDir, 'ingest', 'weapons.json'))).entries,
      placeAliases: existsSync(aliasesPath)
        ? z.object({ aliases: z.record(z.string(), z.array(z.string())) }).parse(readJson(aliasesPath)).aliases
        : {},
    },
  };
}

/** The .txt files under the given paths (folders are read recursively), sorted for a deterministic order. */
export function listReports(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) for (const f of readdirSync(p).sort()) walk(join(p, f));
    else if (p.toLowerCase().endsWith('.txt')) out.push(p);
  };
  for (const p of paths) walk(p);
  return listReportsOrder(out);
}

/** Unique, sorted by file name, then path: the order reports are read in (their ids depend on it). */
const listReportsOrder = (files: readonly string[]): string[] =>
  [...new Set(files)].sort((a, b) => (basename(a) < basename(b) ? -1 : basename(a) > basename(b) ? 1 : a < b ? -1 : 1));

/** A path that gave no report, and why (missing, unreadable, not a .txt, a folder without reports). */
export interface PathProblem {
  path: string;
  reason: string;
}

const fsReason = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
};

/**
 * Like `listReports`, but never throws: a missing or unreadable path, a file given by name that is not a .txt,
 * and a folder with no .txt under it are each a problem, and the other paths are still listed.
 */
export function findReports(paths: readonly string[]): { files: string[]; problems: PathProblem[] } {
  const files: string[] = [];
  const problems: PathProblem[] = [];
  // Each entry on its own: a dangling link or an unreadable sub-folder is named, its siblings are still listed.
  const walk = (p: string): number => {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (e) {
      // A broken link that is not a report is not worth a line; a report or a path given by name is.
      if (p.toLowerCase().endsWith('.txt') || paths.includes(p)) problems.push({ path: p, reason: fsReason(e) });
      return 0;
    }
    if (!isDir) {
      if (!p.toLowerCase().endsWith('.txt')) return 0;
      files.push(p);
      return 1;
    }
    try {
      return readdirSync(p)
        .sort()
        .reduce((n, f) => n + walk(join(p, f)), 0);
    } catch (e) {
      problems.push({ path: p, reason: fsReason(e) });
      return 0;
    }
  };
  for (const path of paths) {
    const named = problems.length;
    if (walk(path) > 0 || problems.length > named) continue;
    problems.push({
      path,
      reason: statSync(path).isDirectory() ? 'a folder with no .txt reports' : 'not a .txt report',
    });
  }
  return { files: listReportsOrder(files), problems };
}

/** A report as read from disk: the pipeline's input, the encoding assumed, the sidecar's problems. */
export interface LoadedReport {
  path: string;
  input: ReportInput;
  encoding: Omit<DecodedText, 'text'>;
  /** The sidecar path when one exists beside the report. */
  sidecar: string | null;
  sidecarProblems: SidecarProblem[];
}

/**
 * Reads a report file (its encoding detected, BOM removed) and its sidecar, checked field by field: a bad field is
 * a problem and is left unknown, never a reason to drop the report. Throws only when the report file itself cannot
 * be read (missing, permission denied).
 */
export function loadReport(path: string): LoadedReport {
  const { text, ...encoding } = decodeText(readFileSync(path));
  const metaPath = path.replace(/\.txt$/i, '.meta.json');
  let meta: Record<string, unknown> | null = null;
  let sidecarProblems: SidecarProblem[] = [];
  const hasSidecar = metaPath !== path && existsSync(metaPath);
  if (hasSidecar) {
    try {
      // Sidecars are decoded like reports: a UTF-16 sidecar saved by a Windows editor is still read.
      ({ meta, problems: sidecarProblems } = readSidecar(decodeText(readFileSync(metaPath)).text));
    } catch (e) {
      sidecarProblems = [{ field: null, reason: `${fsReason(e)}; every field unknown`, severity: 'error' }];
    }
  }
  return {
    path,
    input: { file: basename(path), text, meta },
    encoding,
    sidecar: hasSidecar ? metaPath : null,
    sidecarProblems,
  };
}

/** A report file and its sidecar as the pipeline's input (see `loadReport`). */
export function readReport(path: string): ReportInput {
  return loadReport(path).input;
}

/** Reads corrections from every .json file in a folder (sorted), validated. */
export function loadCorrections(dir: string): Correction[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => CorrectionFile.parse(readJson(join(dir, f))).corrections);
}

export interface BuildOptions {
  title: string;
  corrections?: Correction[];
  onProgress?: (p: Progress) => void;
}

/** Ingests inputs and assembles a validated dataset. Deterministic: generated_at is the newest publication date. */
export function buildDataset(
  inputs: readonly ReportInput[],
  prepared: Prepared,
  extras: readonly Place[],
  opts: BuildOptions,
) {
  const out: IngestOutput = ingestReports(inputs, prepared, opts.onProgress);
  const texts = new Map(inputs.map((i, k) => [out.reports[k]?.id ?? '', i.text.normalize('NFC')]));
  const corrected = opts.corrections
    ? applyCorrections(out.claims, opts.corrections, texts, prepared.resources.sources, out.messages)
    : { claims: out.claims, messages: out.messages };
  const all = [...prepared.resources.places, ...out.newPlaces];
  const used = corrected.claims.map((c) => c.place_id).filter((x): x is string => x !== null);
  const dataset: Dataset = assembleDataset({
    reports: out.reports,
    sources: [
      ...prepared.resources.sources,
      ...out.newSources.filter((s) => !prepared.resources.sources.some((r) => r.id === s.id)),
    ],
    places: placesToShip(used, all, extras),
    claims: corrected.claims,
    title: opts.title,
    generatedAt: out.reports.map((r) => r.published ?? '').reduce((a, b) => (b > a ? b : a), '') || 'unknown',
  });
  // The messages are validated with the rest: the whole file must parse as the published Dataset.
  return DatasetSchema.parse({ ...dataset, messages: corrected.messages });
}
