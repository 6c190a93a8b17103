import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFolded, fold, foldText, foldWithMap } from '../../src/domain/arabic';
import { highlightRanges, queryTerms } from '../../src/domain/search';

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

describe('one fold for ingest, search and highlighting', () => {
  // [what differs, as written, as folded]: the fold's table, one row per rule (display keeps the original).
  const table: Array<[string, string, string]> = [
    ['hamza and madda alef forms → ا', 'أإآٱ', 'اااا'],
    ['alef maqsura and Persian ya → ي', 'ىی', 'يي'],
    ['hamza on ya → ي, on waw → و', 'ئؤ', 'يو'],
    ['ta marbuta → ه', 'ة', 'ه'],
    ['Persian kaf → ك', 'ک', 'ك'],
    ['tatweel removed', 'غـــارة', 'غاره'],
    ['harakat, shadda, tanwin, dagger alef removed', 'الرَّقَّةً رحمٰن', 'الرقه رحمن'],
    ['Arabic-Indic digits → 0-9', '٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['Persian digits → 0-9', '۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['Arabic decimal and thousands separators', '٢٫٥ ١٬٢٠٠', '2.5 1,200'],
    ['zero-width and bidi marks removed', 'حل\u200cب \u2067إدلب\u2069\ufeff', 'حلب ادلب'],
    ['typographic quotes → "', '«قال» “said”', '"قال" "said"'],
    ['Latin and other cased letters → lower case', 'Raqqa ÉTAT', 'raqqa état'],
    ['white space runs → one space, line breaks too', 'دير \t\u00a0 الزور\r\n\nحلب', 'دير الزور حلب'],
  ];
  it.each(table)('%s', (_name, written, folded) => {
    expect(fold(written)).toBe(folded);
  });

  it('the pipeline keeps one line break per run of white space (sentences end there); search reads it as a space', () => {
    const text = 'حلب  \r\n \n ادلب';
    expect(foldText(text, 'keep').text).toBe('حلب\nادلب');
    expect(foldText(text, 'space').text).toBe('حلب ادلب');
  });

  it('maps every folded character back to the original NFC text', () => {
    const text = 'قُتل ١٤ مدنيّاً في الرَّقّة';
    const { text: folded, map } = foldWithMap(text);
    expect(map).toHaveLength(folded.length + 1);
    expect(map[folded.length]).toBe(text.length);
    const at = folded.indexOf('الرقه');
    expect(text.slice(map[at], (map[at + 4] as number) + 1)).toBe('الرَّقّة');
  });

  const arabicish = fc.string({
    unit: fc.constantFrom(...'أإآٱاىيةهؤئوکیـًٌٍَُِّْٰ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬ABCxyzÉ \t\r\n\u00a0\u200c\u2003«İ١4'.split('')),
    maxLength: 30,
  });
  it('folds one code unit to at most one, in order: each folded character maps to the original it came from', () => {
    fc.assert(
      fc.property(arabicish, (s) => {
        const { text: folded, map } = foldWithMap(s);
        const nfc = s.normalize('NFC');
        for (let k = 0; k < folded.length; k++) {
          const i = map[k] as number;
          expect(i).toBeGreaterThan(k > 0 ? (map[k - 1] as number) : -1);
          const ch = folded[k] as string;
          if (ch !== ' ') expect(fold(nfc[i] as string)).toBe(ch);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('fold is foldWithMap without the map, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        expect(fold(s)).toBe(foldWithMap(s).text);
      }),
      { numRuns: 1000 },
    );
  });
});
