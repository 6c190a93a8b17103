import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../scripts/lib/siteDataset';
import { hashBytes } from '../../src/dataset/buildChecked';
import { checkOnPage, parseChecked } from '../../src/dataset/pageCheck';
import { parseValidated } from '../../src/dataset/fetchValidated';

// The shipped dataset, as the site build reads it: the build's hash of these bytes is what the page carries.
const shipped = readFileSync('public/data/dataset.json');
const bytes = new Uint8Array(shipped);
const builtHash = contentHash(shipped);

/** The same file with one byte changed: the first claim's id gets a leading space, which the id pattern refuses. */
function oneByteChanged(): { bytes: Uint8Array; id: string } {
  const text = shipped.toString('utf8');
  const id = (JSON.parse(text) as { claims: { id: string }[] }).claims[0]!.id;
  const at = text.search(new RegExp(`"id":\\s*"${id.replace(/[.]/g, '\\.')}"`));
  expect(at).toBeGreaterThanOrEqual(0);
  const quote = text.indexOf(`"${id}"`, at);
  const edited = Buffer.from(text.slice(0, quote + 1) + ' ' + text.slice(quote + 2), 'utf8');
  expect(edited.length).toBe(shipped.length);
  return { bytes: new Uint8Array(edited), id: ' ' + id.slice(1) };
}

describe('taking the build’s validation', () => {
  it('hashes bytes exactly as the site build does', async () => {
    expect(await hashBytes(bytes)).toBe(builtHash);
  });

  it('takes the bytes the build checked as checked, and shows the same dataset a full check would', async () => {
    const { dataset, check } = await parseChecked(bytes, builtHash);
    expect(check).toBe('build-checked');
    expect(dataset).toEqual(parseValidated(shipped.toString('utf8')));
  });

  it('checks every record of a file changed after the build, naming the bad one and keeping the rest', async () => {
    const edited = oneByteChanged();
    const { dataset, check } = await parseChecked(edited.bytes, builtHash);
    expect(check).toBe('browser-checked');
    expect(dataset.rejected).toEqual([
      expect.objectContaining({ collection: 'claims', id: edited.id, outcome: 'set-aside' }),
    ]);
    const full = parseValidated(shipped.toString('utf8'));
    expect(dataset.claims.length).toBe(full.claims.length - 1);
    expect(dataset.claims.map((c) => c.id)).not.toContain(edited.id);
  });

  it('checks every record when the page carries no build hash', async () => {
    expect((await parseChecked(bytes, null)).check).toBe('browser-checked');
  });

  it('leaves a large file to the worker unless it is the one the build checked', async () => {
    const text = shipped.toString('utf8');
    const large = bytes.byteLength - 1; // the file counts as large from this size on
    expect((await checkOnPage(bytes, text, builtHash, large))?.check).toBe('build-checked');
    expect(await checkOnPage(bytes, text, null, large)).toBeNull();
    const edited = oneByteChanged();
    expect(await checkOnPage(edited.bytes, new TextDecoder().decode(edited.bytes), builtHash, large)).toBeNull();
  });
});
