import type { ValidDataset } from '../domain/validate';
import { parseValidated } from './fetchValidated';

/**
 * Which check a loaded dataset passed. `build-checked`: its bytes hash to the value the site build wrote into the
 * page after validating that very file (scripts/lib/siteDataset.ts), so the records are taken as the build found
 * them. `browser-checked`: any other case (an edited or corrupt file, no hash in the page, no Web Crypto outside a
 * secure context); every record went through the schema here and bad ones were set aside and named.
 */
export type DatasetCheck = 'build-checked' | 'browser-checked';

/** The hash the site build gave the dataset it checked, from `<meta name="rasd-data-version">`; null when absent. */
export function builtDatasetHash(): string | null {
  if (typeof document === 'undefined') return null;
  const content = document.querySelector('meta[name="rasd-data-version"]')?.getAttribute('content') ?? '';
  return /^[0-9a-f]{16}$/.test(content) ? content : null;
}

/**
 * The build's hash of these bytes: SHA-256, hex, first 16 digits (siteDataset.ts `contentHash`). Null when Web
 * Crypto is not there (an http page on another host than localhost) or refuses: then nothing is taken on trust.
 */
export async function hashBytes(bytes: Uint8Array): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
    let hex = '';
    for (const b of digest.subarray(0, 8)) hex += b.toString(16).padStart(2, '0');
    return hex;
  } catch {
    return null;
  }
}

/** Whether these bytes are the ones the build validated. */
export async function isBuildChecked(bytes: Uint8Array, expected: string | null): Promise<boolean> {
  return expected !== null && (await hashBytes(bytes)) === expected;
}

/**
 * Parses a dataset's bytes on the page; `trusted`: they are the bytes the build checked, so only JSON.parse runs.
 * The page parses them rather than a worker, since cloning the parsed graph back from a worker costs about as much
 * as parsing it (measured, see bench notes in the commit).
 */
export function parseBytes(bytes: Uint8Array, trusted: boolean): { dataset: ValidDataset; check: DatasetCheck } {
  const text = new TextDecoder().decode(bytes);
  return { dataset: parseValidated(text, trusted), check: trusted ? 'build-checked' : 'browser-checked' };
}

/** Hashes, then parses: every record validated unless the bytes are exactly the ones the build checked. */
export async function parseChecked(
  bytes: Uint8Array,
  expected: string | null,
): Promise<{ dataset: ValidDataset; check: DatasetCheck }> {
  return parseBytes(bytes, await isBuildChecked(bytes, expected));
}
