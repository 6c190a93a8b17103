/**
 * The gate every site build passes through: the dataset the site will serve is read, checked with the same zod
 * schema the app uses and with `checkIntegrity` against its report texts, and given a content hash that tells
 * data versions apart (the service worker's update flow and the app read it). Used by the Vite build plugin and by
 * `npm run build:site`; Node only.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, describeEncoding } from '../../src/domain/encoding.ts';
import { checkIntegrity } from '../../src/domain/integrity.ts';
import { validateDataset } from '../../src/domain/validate.ts';

export interface SiteDatasetCheck {
  /** One line per problem, each naming its record (`claims 004-1: …`); empty when the dataset may ship. */
  problems: string[];
  /** sha256 of the dataset file's bytes, first 16 hex digits. */
  hash: string;
  bytes: number;
  counts: { reports: number; claims: number; incidents: number; tallies: number };
  /** False when no report texts sit beside the dataset (an import or a synthetic set): quotes were not checked. */
  textsChecked: boolean;
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
    return { problems: [`${file}: missing`], hash: '', bytes: 0, counts: empty, textsChecked: false };
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
    };
  }
  const result = validateDataset(raw);
  if (!result.ok)
    return { problems: [`${file}: ${result.detail}`], hash, bytes: bytes.length, counts: empty, textsChecked: false };
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
  };
}
