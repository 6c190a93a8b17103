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

export { hashBytes } from './sha256';
