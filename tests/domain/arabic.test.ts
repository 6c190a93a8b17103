import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFolded, fold } from '../../src/domain/arabic';
import { foldFast, highlightRanges, queryTerms } from '../../src/domain/search';

describe('fold: what counts as the same letters', () => {
  // [what the user types, what the text says]: each pair must fold to the same string.
  const same: Array<[string, string, string]> = [
    ['ta marbuta: الرقه finds الرقة', 'الرقه', 'الرقة'],
    ['bare alef: ادلب finds إدلب', 'ادلب', 'إدلب'],
    ['alef with hamza above', 'احمد', 'أحمد'],
    ['alef with hamza below', 'اسماعيل', 'إسماعيل'],
    ['alef madda', 'الاء', 'آلاء'],
    ['alef wasla', 'الله', 'ٱلله'],
    ['alef maqsura read as ya', 'مستشفي', 'مستشفى'],
    ['hamza on waw', 'مسوول', 'مسؤول'],
    ['hamza on ya', 'رييس', 'رئيس'],
    ['tatweel removed', 'غارة', 'غـــارة'],
    ['diacritics removed', 'الرقة', 'الرَّقَّة'],
    ['shadda and tanwin removed', 'مدنيا', 'مدنيًّا'],
    ['Arabic-Indic digits read as digits', '14', '١٤'],
    ['Persian digits read as digits', '27', '۲۷'],
    ['Latin case', 'raqqa', 'Raqqa'],
    ['runs of white space', 'دير الزور', 'دير   الزور'],
  ];
  it.each(same)('%s', (_name, typed, written) => {
    expect(fold(typed)).toBe(fold(written));
  });

  it('keeps letters that differ apart (ه is not ح, ي is not ا)', () => {
    expect(fold('حلب')).not.toBe(fold('هلب'));
    expect(fold('ادلب')).not.toBe(fold('يدلب'));
  });
});

describe('findFolded: matches map back to the original text', () => {
  it('finds الرقه inside الرقّة and returns the span of the original word', () => {
    const text = 'غارة على مدينة الرقّة اليوم';
    const [range] = findFolded(text, 'الرقه');
    expect(range).toBeDefined();
    expect(text.slice(range![0], range![1])).toBe('الرقّة');
  });

  it('finds ادلب in a quote that writes إدلب', () => {
    const text = 'قتل 16 مدنياً في مدينة إدلب';
    expect(findFolded(text, 'ادلب').map(([s, e]) => text.slice(s, e))).toEqual(['إدلب']);
  });

  it('finds Latin digits written in Arabic-Indic', () => {
    const text = 'مقتل ١٤ مدنياً';
    expect(findFolded(text, '14').map(([s, e]) => text.slice(s, e))).toEqual(['١٤']);
  });
});

describe('query words', () => {
  it('splits a query into folded words, ignoring marks-only words', () => {
    expect(queryTerms('  الرقّة   Raqqa ـ ')).toEqual(['الرقه', 'raqqa']);
    expect(queryTerms('')).toEqual([]);
  });

  it('highlights every word, merging overlaps', () => {
    const text = 'غارة على إدلب وحلب';
    expect(highlightRanges(text, 'ادلب حلب').map(([s, e]) => text.slice(s, e))).toEqual(['إدلب', 'حلب']);
    expect(highlightRanges('الرقة', 'الر رقة')).toEqual([[0, 5]]);
  });
});

describe('foldFast (the search index folding) agrees with fold', () => {
  const arabicish = fc.string({
    unit: fc.constantFrom(...'أإآٱاىيةهؤئوـًٌٍَُِّْٰ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹ABCxyz \t\n\u00a0\u2003İ١4'.split('')),
    maxLength: 30,
  });
  it('on Arabic-heavy text', () => {
    fc.assert(
      fc.property(arabicish, (s) => {
        expect(foldFast(s)).toBe(fold(s));
      }),
      { numRuns: 2000 },
    );
  });
  it('on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        expect(foldFast(s)).toBe(fold(s));
      }),
      {
        numRuns: 2000,
      },
    );
  });
});
