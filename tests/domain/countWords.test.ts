import { describe, expect, it } from 'vitest';
import { countWords, headlinePhrases } from '../../src/domain/countWords';
import type { Count } from '../../src/domain/schema';

const count = (min: number, max: number | null, qualifier: Count['qualifier']): Count => ({ min, max, qualifier });

describe('countWords: the words a quote states a count in', () => {
  it.each([
    [
      'more than, digits',
      'قال المرصد إن أكثر من 200 عنصر قتلوا في الغارة',
      count(201, null, 'more_than'),
      'أكثر من 200',
    ],
    ['at least, after the number', 'قتل 14 شخصاً على الأقل في القصف', count(14, null, 'at_least'), '14'],
    ['about', 'سقط نحو 30 قتيلاً', count(30, 30, 'approx'), 'نحو 30'],
    ['exact', 'قتل 7 مدنيين وأصيب 12', count(7, 7, 'exact'), '7'],
    ['others', 'قتل 3 مدنيين وجرح آخرين', count(2, null, 'vague'), 'آخرين'],
    ['tens of, with a prefix', 'وأصيب العشرات وعشرات غيرهم', count(20, null, 'vague'), 'العشرات'],
    ['Arabic-Indic digits', 'ما لا يقل عن ٤٠ قتيلاً', count(40, null, 'at_least'), 'ما لا يقل عن ٤٠'],
  ])('%s', (_, quote, c, words) => {
    expect(countWords(c, quote)?.text).toBe(words);
  });

  it('keeps "at least" after the number with it', () => {
    const w = countWords(count(14, null, 'at_least'), 'قتل 14 على الأقل');
    expect(w?.text).toBe('14 على الأقل');
  });

  it('gives offsets into the quote that slice back to the words', () => {
    const quote = 'قُتل أكثرُ من 200 عنصر';
    const w = countWords(count(201, null, 'more_than'), quote);
    expect(w).not.toBeNull();
    expect(quote.slice(w!.start, w!.end)).toBe(w!.text);
    expect(w!.text).toBe('أكثرُ من 200');
  });

  it('does not take a number inside a longer one', () => {
    expect(countWords(count(20, 20, 'exact'), 'في عام 2017 قتل 5')).toBeNull();
  });

  it('does not take a number written with a leading zero, nor the digits of another number', () => {
    expect(countWords(count(200, 200, 'exact'), 'رقم 0200 ثم 1200')).toBeNull();
    expect(countWords(count(5, 5, 'exact'), 'بين 2.5 و 15')?.start).toBe(6);
  });

  it('passes over other numbers and their qualifiers to the count it states', () => {
    const w = countWords(count(201, null, 'more_than'), 'نحو 30 جريحاً و200 قتيل ثم أكثر من 200 عنصر');
    expect(w?.text).toBe('أكثر من 200');
    // Unqualified, the first bare occurrence wins over a qualified one.
    expect(countWords(count(30, 30, 'exact'), 'نحو 30 ثم 30')?.start).toBe(10);
    expect(countWords(count(30, 30, 'exact'), 'نحو 30 فقط')?.text).toBe('نحو 30');
  });

  it('finds each count whatever counts were looked for before (no pattern state carried over)', () => {
    const quote = 'قتل 12 مدنياً على الأقل وأصيب 40 وجرح آخرين';
    for (let i = 0; i < 3; i++) {
      expect(countWords(count(12, null, 'at_least'), quote)?.text).toBe('12');
      expect(countWords(count(40, 40, 'exact'), quote)?.text).toBe('40');
      expect(countWords(count(2, null, 'vague'), quote)?.vague).toBe('others');
      expect(countWords(count(7, 7, 'exact'), quote)).toBeNull();
    }
  });

  it('names the vague word it found', () => {
    expect(countWords(count(2, null, 'vague'), 'وإصابة آخرين')?.vague).toBe('others');
    expect(countWords(count(20, null, 'vague'), 'عشرات القتلى')?.vague).toBe('tens');
  });

  it('returns null for numbers written in words and for hostile or empty quotes', () => {
    expect(countWords(count(5, 5, 'exact'), 'قتل خمسة مدنيين')).toBeNull();
    expect(countWords(count(5, 5, 'exact'), '')).toBeNull();
    expect(countWords(count(5, 5, 'exact'), '<img src=x onerror=alert(1)>(((((')).toBeNull();
  });
});

describe('headlinePhrases: which claims set an incident headline', () => {
  const claim = (id: string, quote: string, c: Count | null) => ({ id, quote, count: c });

  it('one claim with an open count sets the whole figure', () => {
    const p = headlinePhrases({ min: 201, max: null }, [claim('a', 'أكثر من 200 قتيل', count(201, null, 'more_than'))]);
    expect(p?.low.words?.text).toBe('أكثر من 200');
    expect(p?.high).toBeNull();
  });

  it('two sources: the lowest and the one that leaves the top open', () => {
    const p = headlinePhrases({ min: 150, max: null }, [
      claim('a', 'قتل 150 شخصا', count(150, 150, 'exact')),
      claim('b', 'أكثر من 200 قتيل', count(201, null, 'more_than')),
      claim('c', 'لم يذكر عدد', null),
    ]);
    expect(p?.low.claimId).toBe('a');
    expect(p?.high?.claimId).toBe('b');
  });

  it('an open claim that shares the lowest figure stands alone ("at least 14", not "14 – at least 14")', () => {
    const p = headlinePhrases({ min: 14, max: null }, [
      claim('a', 'قتل 14 شخصا', count(14, 14, 'exact')),
      claim('b', 'قتل 14 على الأقل', count(14, null, 'at_least')),
    ]);
    expect(p?.low.claimId).toBe('b');
    expect(p?.high).toBeNull();
  });

  it('two sources agreeing give one phrase', () => {
    const p = headlinePhrases({ min: 27, max: 27 }, [
      claim('a', 'قتل 27', count(27, 27, 'exact')),
      claim('b', 'ارتفع العدد إلى 27', count(27, 27, 'exact')),
    ]);
    expect(p?.high).toBeNull();
  });

  it('null without a figure', () => {
    expect(headlinePhrases(null, [])).toBeNull();
  });
});
