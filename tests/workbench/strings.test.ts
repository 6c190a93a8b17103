/**
 * The workbench's strings are written once: the header bar's few in entryStrings.ts (first code), the panel's in
 * strings.ts, which takes the header's from there. Both languages name the same strings.
 */
import { describe, expect, it } from 'vitest';
import { entryStrings } from '../../src/features/workbench/entryStrings';
import { strings } from '../../src/features/workbench/strings';

/** Every string's key path, plural forms folded into one (`countLine_few` → `countLine`). */
function keys(tree: object, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = `${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (v !== null && typeof v === 'object') for (const sub of keys(v as object, `${key}.`)) out.add(sub);
    else out.add(key);
  }
  return out;
}

describe('workbench strings', () => {
  it.each(['en', 'ar'] as const)('the panel (%s) shows the header bar’s words, as the header shows them', (lng) => {
    expect(strings[lng]).toMatchObject(entryStrings[lng]);
    expect(strings[lng].status['machine-read']).toBe(entryStrings[lng].status['machine-read']);
  });

  it('Arabic and English name the same strings (Arabic has more plural forms)', () => {
    expect([...keys(strings.ar)].sort()).toEqual([...keys(strings.en)].sort());
    expect([...keys(entryStrings.ar)].sort()).toEqual([...keys(entryStrings.en)].sort());
  });

  it('Arabic gives every count its six plural forms', () => {
    const plurals = Object.keys(entryStrings.ar).filter((k) => k.startsWith('countLine_'));
    expect(plurals.map((k) => k.slice('countLine_'.length)).sort()).toEqual([
      'few',
      'many',
      'one',
      'other',
      'two',
      'zero',
    ]);
  });
});
