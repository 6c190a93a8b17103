import { describe, expect, it } from 'vitest';
import { formatter } from '../../src/lib/format';

const LRI = '\u2066';
const PDI = '\u2069';

describe('fmt.range', () => {
  it('in Arabic, isolates a closed range left to right so "24–52" never reads "52–24"', () => {
    expect(formatter('ar', 'latn').range({ min: 24, max: 52 })).toBe(`${LRI}24–52${PDI}`);
    expect(formatter('ar', 'arab').range({ min: 24, max: 52 })).toBe(`${LRI}٢٤–٥٢${PDI}`);
  });

  it('in Arabic, isolates an open range and leaves a single figure bare', () => {
    expect(formatter('ar', 'latn').range({ min: 14, max: null })).toBe(`${LRI}14+${PDI}`);
    expect(formatter('ar', 'latn').range({ min: 27, max: 27 })).toBe('27');
  });

  it('in English, a closed range is plain text and an unknown count a dash', () => {
    expect(formatter('en', 'latn').range({ min: 17, max: 27 })).toBe('17–27');
    expect(formatter('en', 'latn').range(null)).toBe('—');
  });
});
