/**
 * The gate every site build passes through: the dataset the site will serve is read, checked with the same zod
 * schema the app uses and with `checkIntegrity` against its report texts, and given a content hash that tells
 * data versions apart (the service worker's update flow and the app read it). Used by the Vite build plugin and by
 * `npm run build:site`; Node only.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { coreText, siteFiles, withDetailHashes, type CoreFile } from '../../src/domain/core.ts';
import { decodeText, describeEncoding } from '../../src/domain/encoding.ts';
import { checkIntegrity } from '../../src/domain/integrity.ts';
import { validateDataset, type ValidDataset } from '../../src/domain/validate.ts';

export interface SiteDatasetCheck {
  /** One line per problem, each naming its record (`claims 004-1: …`); empty when the dataset may ship. */
  problems: string[];
  /** sha256 of the dataset file's bytes, first 16 hex digits. */
  hash: string;
  bytes: number;
  counts: { reports: number; claims: number; incidents: number; tallies: number };
  /** False when no report texts sit beside the dataset (an import or a synthetic set): quotes were not checked. */
  textsChecked: boolean;
  /** The validated dataset, when it parsed as one (the site's core and detail files are written from it). */
  dataset: ValidDataset | null;
}

export const contentHash = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/**
 * Set by `npm run build:site` to the hash of the dataset it has just checked, so the build's gate does not check
 * the same bytes twice (seconds at 100k incidents). A different file has a different hash and is checked again.
 */
export const CHECKED_ENV = 'RASD_DATASET_CHECKED';

export const hashFile = (file: string): string => contentHash(readFileSync(file));

/**
 * Checks `DIR/dataset.json` and, when `DIR/reports/` exists, every claim's quote against its report text there.
 * A record the app would set aside (or keep without a link) is a build failure too: a published site should not
 * ship records it cannot show whole.
 */
export function checkSiteDataset(dataDir: string): SiteDatasetCheck {
  const file = join(dataDir, 'dataset.json');
  const empty = { reports: 0, claims: 0, incidents: 0, tallies: 0 };
  if (!existsSync(file))
    return { problems: [`${file}: missing`], hash: '', bytes: 0, counts: empty, textsChecked: false, dataset: null };
  const bytes = readFileSync(file);
  const hash = contentHash(bytes);
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      problems: [`${file}: not JSON (${reason})`],
      hash,
      bytes: bytes.length,
      counts: empty,
      textsChecked: false,
      dataset: null,
    };
  }
  const result = validateDataset(raw);
  if (!result.ok)
    return {
      problems: [`${file}: ${result.detail}`],
      hash,
      bytes: bytes.length,
      counts: empty,
      textsChecked: false,
      dataset: null,
    };
  const { dataset } = result;
  const problems = dataset.rejected.map((r) => `${r.collection} ${r.id ?? `#${r.index + 1}`}: ${r.reasons.join('; ')}`);
  const reportsDir = join(dataDir, 'reports');
  const textsChecked = existsSync(reportsDir);
  let texts: Map<string, string> | null = null;
  if (textsChecked) {
    texts = new Map();
    for (const r of dataset.reports) {
      const path = join(reportsDir, r.file);
      if (!existsSync(path)) continue;
      // Read as the app reads it (fetch → text(): UTF-8, a BOM dropped), through the one decoder ingest uses, so a
      // BOM does not shift every offset by one. Offsets refer to the NFC text, as the pipeline wrote them.
      const decoded = decodeText(readFileSync(path));
      if (decoded.encoding !== 'utf-8')
        problems.push(
          `reports ${r.id}: ${r.file} is ${describeEncoding(decoded) ?? decoded.encoding}; the site reads report ` +
            'texts as UTF-8, so save it as UTF-8',
        );
      texts.set(r.id, decoded.text.normalize('NFC'));
    }
  }
  // Validation already named duplicate claims (set aside); duplicate reports, sources and places are named here.
  for (const p of checkIntegrity(dataset, texts)) problems.push(p.reason);
  return {
    problems,
    hash,
    bytes: bytes.length,
    counts: {
      reports: dataset.reports.length,
      claims: dataset.claims.length,
      incidents: dataset.incidents.length,
      tallies: dataset.tallies.length,
    },
    textsChecked,
    dataset,
  };
}

/** One file the site serves under `data/` beside dataset.json, as the exact bytes written (hashes are of these). */
export interface SiteDataFile {
  path: string;
  bytes: Buffer;
}

/**
 * The core, detail chunks, search and messages files of a validated dataset (src/domain/core.ts); the core in ASCII,
 * naming the SHA-256 of each other file's bytes (the page reads a file that matches without validating it again).
 */
export function siteDataFiles(dataset: ValidDataset): SiteDataFile[] {
  const files = siteFiles(dataset);
  const details = files
    .filter((f) => f.path !== CORE_FILE)
    .map((f) => ({ path: f.path, bytes: Buffer.from(JSON.stringify(f.json)) }));
  const bytesOf = new Map(details.map((f) => [f.path, f.bytes]));
  const sha256 = (path: string) =>
    createHash('sha256')
      .update(bytesOf.get(path) ?? Buffer.alloc(0))
      .digest('hex');
  const core = withDetailHashes(files.find((f) => f.path === CORE_FILE)?.json as CoreFile, sha256);
  return [{ path: CORE_FILE, bytes: Buffer.from(coreText(core)) }, ...details];
}

/** Writes the site data files into `dataDir` (build:site's staging folder). */
export function writeSiteDataFiles(dataDir: string, files: readonly SiteDataFile[]): void {
  for (const f of files) {
    const path = join(dataDir, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.bytes);
  }
}

/** `data/manifest.json`. */
export interface SiteManifest {
  /** The data version the page names (`<meta name="rasd-data-version">`): the hash of core.json's bytes. */
  hash: string;
  /** dataset.json's size (bytes). */
  bytes: number;
  /** core.json's size (bytes). */
  coreBytes: number;
  /** The hash of dataset.json's bytes (the full download and the page's fallback). */
  datasetHash: string;
}

/** What a site build serves under `data/` and names in its page. */
export interface SiteData {
  /** As checkSiteDataset's: empty when the dataset may ship. */
  problems: string[];
  textsChecked: boolean;
  /** Files the build must emit under `data/`; empty when build:site already wrote them into the folder. */
  files: SiteDataFile[];
  manifest: SiteManifest;
}

export const CORE_FILE = 'core.json';

/**
 * Checks `dataDir/dataset.json` and gives the files the site serves with it. When `checkedHash` is the dataset's
 * hash, `npm run build:site` has just checked these bytes and written the core and detail files into `dataDir`
 * from the dataset it validated (writeSiteDataFiles), so neither the 200 MB check nor the parse is done twice:
 * only core.json is read, for its hash. Otherwise (a plain `vite build`) the dataset is checked and the files are
 * made from it here. Either way the page's version is the hash of core.json bytes written from a checked dataset.
 */
export function prepareSiteData(dataDir: string, checkedHash?: string): SiteData {
  const file = join(dataDir, 'dataset.json');
  const datasetHash = existsSync(file) ? hashFile(file) : '';
  const staged = join(dataDir, CORE_FILE);
  if (datasetHash !== '' && checkedHash === datasetHash && existsSync(staged)) {
    const core = readFileSync(staged);
    const manifest = { hash: contentHash(core), bytes: statSync(file).size, coreBytes: core.length, datasetHash };
    return { problems: [], textsChecked: true, files: [], manifest };
  }
  const check = checkSiteDataset(dataDir);
  const empty = { hash: '', bytes: check.bytes, coreBytes: 0, datasetHash: check.hash };
  if (check.problems.length > 0 || check.dataset === null)
    return { problems: check.problems, textsChecked: check.textsChecked, files: [], manifest: empty };
  // A core left in the data folder would be served in place of the one made here from the checked dataset.
  if (existsSync(staged))
    return {
      problems: [`${staged}: the build writes core.json; remove this one`],
      textsChecked: true,
      files: [],
      manifest: empty,
    };
  const files = siteDataFiles(check.dataset);
  const core = files.find((f) => f.path === CORE_FILE)?.bytes ?? Buffer.alloc(0);
  const manifest = { hash: contentHash(core), bytes: check.bytes, coreBytes: core.length, datasetHash: check.hash };
  return { problems: [], textsChecked: check.textsChecked, files, manifest };
}

/**
 * Claim details (chunks, search and messages files) are precached only while together they stay under this many
 * bytes: the shipped data's few hundred KB then work offline from the first visit, while a 100k dataset's tens of MB
 * are cached one chunk at a time, as views first fetch them (CacheFirst, see vite.config.ts).
 */
export const DETAILS_PRECACHE_LIMIT = 10 * 1024 * 1024;

/**
 * What the service worker precaches of the data: the core always; the detail files only under
 * DETAILS_PRECACHE_LIMIT together; dataset.json not at all when a core is served (it is the download and the page's
 * fallback, and at 100k it is 200 MB).
 */
export function precacheData<E extends { url: string; size: number }>(
  entries: E[],
): { manifest: E[]; warnings: string[] } {
  const data = (e: { url: string }) => e.url.replace(/^\.?\//, '');
  const hasCore = entries.some((e) => data(e) === 'data/core.json');
  const details = entries.filter((e) => data(e).startsWith('data/details/'));
  const detailBytes = details.reduce((sum, e) => sum + e.size, 0);
  const left = new Set<string>(details.length > 0 && detailBytes > DETAILS_PRECACHE_LIMIT ? details.map(data) : []);
  if (hasCore) left.add('data/dataset.json');
  return { manifest: entries.filter((e) => !left.has(data(e))), warnings: [] };
}
