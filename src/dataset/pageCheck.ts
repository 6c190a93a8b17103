import type { ValidDataset } from '../domain/validate';
import type { DatasetCheck } from './buildChecked';
import { checkParsed, parseJson } from './fetchValidated';
import { hashBytes } from './sha256';

/**
 * Checks a downloaded dataset on the page where that is cheap. Bytes that hash to the build's value (`expected`)
 * are only parsed; the hash is computed off the main thread while the text is parsed. Other bytes below
 * `inlineBelow` are validated record by record here. Null: larger unchecked bytes, which go to the worker so that
 * validating them never freezes the page. The page parses rather than the worker because taking a parsed graph
 * from a worker costs the page more than parsing it (UCDP in Chromium: parse 180–320 ms; the clone's arrival
 * 250–400 ms of the page's time, 620–1,030 ms in all).
 */
export async function checkOnPage(
  bytes: Uint8Array,
  text: string,
  expected: string | null,
  inlineBelow: number,
): Promise<{ dataset: ValidDataset; check: DatasetCheck } | null> {
  const small = bytes.byteLength < inlineBelow;
  if (expected === null && !small) return null;
  const hashing = expected === null ? Promise.resolve(null) : hashBytes(bytes);
  const raw = parseJson(text);
  if (expected !== null && (await hashing) === expected)
    return { dataset: checkParsed(raw, true), check: 'build-checked' };
  return small ? { dataset: checkParsed(raw), check: 'browser-checked' } : null;
}

/** Checks a whole file on the page, whatever its size: build-checked bytes only parsed, any others every record. */
export async function parseChecked(
  bytes: Uint8Array,
  expected: string | null,
): Promise<{ dataset: ValidDataset; check: DatasetCheck }> {
  const answer = await checkOnPage(bytes, new TextDecoder().decode(bytes), expected, Infinity);
  if (!answer) throw new Error('unreachable: a file of any size is checked on the page');
  return answer;
}
