/**
 * The pipeline's only contact with the file system and argv: loads the dictionaries from data/, reads report
 * files and their sidecars, and runs `npm run ingest -- --out FILE PATH...`.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { assembleDataset } from '../domain/dataset';
import type { Dataset } from '../domain/schema';
import { Dataset as DatasetSchema, Place, Source } from '../domain/schema';
import { Perpetrator, Weapon } from '../domain/vocabulary';
import { applyCorrections, CorrectionFile, type Correction } from './corrections';
import { GazetteerRecord, placesFromGazetteer, placesToShip } from './gazetteer';
import { ingestReports, type IngestOutput, type Progress } from './pipeline';
import { prepare, type Prepared } from './prepare';
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
  return [...new Set(out)].sort((a, b) =>
    basename(a) < basename(b) ? -1 : basename(a) > basename(b) ? 1 : a < b ? -1 : 1,
  );
}

/** A report file and its sidecar. Bytes that are not UTF-8 become U+FFFD and the report is flagged, not dropped. */
export function readReport(path: string): ReportInput {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(readFileSync(path));
  const metaPath = path.replace(/\.txt$/i, '.meta.json');
  let meta: Record<string, unknown> | null = null;
  if (existsSync(metaPath)) {
    try {
      const m = readJson(metaPath);
      if (m !== null && typeof m === 'object' && !Array.isArray(m)) meta = m as Record<string, unknown>;
    } catch {
      meta = null;
    }
  }
  return { file: basename(path), text, meta };
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

function parseArgs(argv: readonly string[]): { out: string | null; paths: string[]; corrections: string | null } {
  let out: string | null = null;
  let corrections: string | null = null;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--out') out = argv[++i] ?? null;
    else if (a === '--corrections') corrections = argv[++i] ?? null;
    else paths.push(a);
  }
  return { out, paths, corrections };
}

/** `npm run ingest -- --out FILE [--corrections DIR] PATH...` */
export function main(
  argv: readonly string[],
  dataDir = resolve(dirname(new URL(import.meta.url).pathname), '../../data'),
): number {
  const args = parseArgs(argv);
  if (args.out === null || args.paths.length === 0) {
    process.stderr.write('usage: npm run ingest -- --out FILE [--corrections DIR] PATH...\n');
    return 2;
  }
  const files = listReports(args.paths);
  const { resources, extras } = loadResources(dataDir);
  const prepared = prepare(resources);
  const started = Date.now();
  const every = Math.max(1, Math.floor(files.length / 20));
  const inputs: ReportInput[] = [];
  for (const f of files) {
    try {
      inputs.push(readReport(f));
    } catch (e) {
      process.stderr.write(`skipped ${f}: ${String(e)}\n`);
    }
  }
  const dataset = buildDataset(inputs, prepared, extras, {
    title: `Ingested reports (${inputs.length})`,
    ...(args.corrections ? { corrections: loadCorrections(args.corrections) } : {}),
    onProgress: (p) => {
      if (p.done % every === 0 || p.done === p.total)
        process.stderr.write(`[${p.done}/${p.total}] claims ${p.claims} · messages ${p.messages} · ${p.file}\n`);
    },
  });
  writeFileSync(args.out, JSON.stringify(dataset, null, 1) + '\n');
  const bytes = inputs.reduce((n, i) => n + Buffer.byteLength(i.text), 0);
  const secs = (Date.now() - started) / 1000;
  process.stderr.write(
    `done: ${dataset.reports.length} reports, ${dataset.claims.length} claims, ${dataset.incidents.length} incidents, ` +
      `${dataset.tallies.length} tallies, ${dataset.messages?.length ?? 0} messages, ${(bytes / 1e6).toFixed(2)} MB in ${secs.toFixed(1)} s → ${args.out}\n`,
  );
  return 0;
}
