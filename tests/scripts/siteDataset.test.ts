/**
 * The site build's dataset gate reads report texts the way the app does: a UTF-8 byte order mark does not shift
 * the quotes' offsets, and a text the browser could not read (UTF-16) is named rather than shipped.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSiteDataset } from '../../scripts/lib/siteDataset';
import { removeTempDirs, tempDir, utf16 } from '../cli/helpers';

afterAll(removeTempDirs);

/** The shipped dataset and its report texts, each text rewritten by `rewrite`. */
function stage(rewrite: (text: string, file: string) => string | Uint8Array) {
  const { dir } = tempDir();
  cpSync('public/data/dataset.json', join(dir, 'dataset.json'));
  mkdirSync(join(dir, 'reports'));
  for (const file of readdirSync('public/data/reports'))
    writeFileSync(join(dir, 'reports', file), rewrite(readFileSync(join('public/data/reports', file), 'utf8'), file));
  return dir;
}

describe('checkSiteDataset: report texts', () => {
  it('accepts the shipped texts as they are', () => {
    const check = checkSiteDataset(stage((t) => t));
    expect(check.textsChecked).toBe(true);
    expect(check.problems).toEqual([]);
  });

  it('reads a UTF-8 text with a byte order mark as the browser does: every quote still at its offsets', () => {
    const check = checkSiteDataset(stage((t) => '\uFEFF' + t));
    expect(check.problems).toEqual([]);
  });

  it('still names a quote that is really off (the check is not switched off by the decoding)', () => {
    const check = checkSiteDataset(stage((t) => 'x'.repeat(40) + t));
    expect(check.problems.length).toBeGreaterThan(0);
    expect(check.problems.join('\n')).toMatch(/quote/i);
  });

  it('names a UTF-16 report text, which the site would show as garbage, with its file and encoding', () => {
    const [first] = readdirSync('public/data/reports').sort();
    const check = checkSiteDataset(stage((t, file) => (file === first ? utf16(t, 'le', true) : t)));
    expect(check.problems).toEqual([expect.stringMatching(new RegExp(`${first}.*UTF-16 LE.*save it as UTF-8`))]);
  });
});

describe('checkSiteDataset: the dataset against itself', () => {
  /** The shipped data with its dataset edited; texts as shipped. */
  function edited(edit: (raw: Record<string, Record<string, unknown>[]>) => void) {
    const dir = stage((t) => t);
    const raw = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as Record<
      string,
      Record<string, unknown>[]
    >;
    edit(raw);
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify(raw));
    return checkSiteDataset(dir).problems;
  }

  it('names a second report with the id of another (the first is what the app keeps)', () => {
    const problems = edited((raw) => raw.reports!.push({ ...raw.reports![0], file: 'other.txt' }));
    const id = String(JSON.parse(readFileSync('public/data/dataset.json', 'utf8')).reports[0].id);
    expect(problems.join('\n')).toContain(id);
    expect(problems.length).toBeGreaterThan(0);
  });

  it('names a duplicate claim id and a claim whose source resolves to nothing', () => {
    const problems = edited((raw) => {
      raw.claims!.push({ ...raw.claims![0] });
      raw.claims![1]!.source_id = 'no-such-source';
    });
    const claims = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')).claims as { id: string }[];
    const text = problems.join('\n');
    expect(text).toMatch(new RegExp(`claims ${claims[0]!.id}`));
    expect(text).toMatch(new RegExp(`claims ${claims[1]!.id}.*no-such-source`));
  });
});
