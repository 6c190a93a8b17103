import { describe, expect, it } from 'vitest';
import { highlightRanges } from '../../src/domain/search';
import { cutAtSpans, type Span } from '../../src/domain/spans';
import { numberSpans, quoteSpans } from '../../src/domain/numberSpans';

const marked = (text: string, kind: 'count' | 'date') =>
  quoteSpans(text)
    .filter((s) => s.kind === kind)
    .map((s) => text.slice(s.start, s.end));

describe('counts and dates in a quote are told apart', () => {
  it('a number before a month name is a date; other numbers are counts', () => {
    const text = 'قُتل 12 مدنيًا وجُرح آخرون يوم 3 آذار 2019 في قصف على البلدة';
    expect(marked(text, 'count')).toEqual(['12', 'آخرون']);
    expect(marked(text, 'date')).toEqual(['3 آذار 2019']);
  });

  it('weekdays, parts of the day and Levantine two-word months are dates; number words are counts', () => {
    const text = 'سقط خمسة قتلى بينهم طفلان فجر الخميس في الأول من كانون الثاني';
    expect(marked(text, 'count')).toEqual(['خمسة', 'طفلان']);
    expect(marked(text, 'date')).toEqual(['فجر الخميس', 'كانون الثاني']);
  });

  it('digits joined by slashes are one date, Arabic-Indic digits count too', () => {
    const text = 'في ١٥/٦/٢٠١٨ قُتل ٤ أشخاص';
    expect(marked(text, 'date')).toEqual(['١٥/٦/٢٠١٨']);
    expect(marked(text, 'count')).toEqual(['٤']);
  });

  it('"آب" is August only next to a number ("أب" is also "father")', () => {
    expect(marked('قُتل أب وابنه', 'date')).toEqual([]);
    expect(marked('في 9 آب قُتل رجل', 'date')).toEqual(['9 آب']);
  });

  it('numberSpans keeps returning the counts only', () => {
    const text = 'قُتل 7 أشخاص في 2 أيار';
    expect(numberSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(['7']);
  });
});

describe('highlighting a search in a quote', () => {
  it('finds every word of the query, Arabic-folded, as merged ranges of the original text', () => {
    const text = 'غارة على الرقّة وريف إدلب، ثم غارة ثانية على الرقة';
    const hits = highlightRanges(text, 'الرقه ادلب');
    expect(hits.map(([s, e]) => text.slice(s, e))).toEqual(['الرقّة', 'إدلب', 'الرقة']);
  });

  it('an empty query highlights nothing', () => {
    expect(highlightRanges('نص ما', '   ')).toEqual([]);
  });

  it('overlapping words merge into one range', () => {
    expect(highlightRanges('الرقة', 'الر رقة')).toEqual([[0, 5]]);
  });
});

describe('cutting a text at many spans stays linear', () => {
  it('reports what covers each piece, and the preferred span where it covers', () => {
    const spans: Span<'claim' | 'message'>[] = [
      { start: 2, end: 8, layer: 'claim', id: 'a' },
      { start: 5, end: 10, layer: 'claim', id: 'b' },
      { start: 9, end: 12, layer: 'message', id: null },
    ];
    const pieces = cutAtSpans(14, spans, 'b');
    expect(pieces.map((p) => [p.start, p.end])).toEqual([
      [0, 2],
      [2, 5],
      [5, 8],
      [8, 9],
      [9, 10],
      [10, 12],
      [12, 14],
    ]);
    expect(pieces.map((p) => p.preferred)).toEqual([false, false, true, true, true, false, false]);
    expect(pieces[1]?.covering).toEqual({ claim: 'a' });
    expect(pieces[5]?.covering).toEqual({ message: null });
    expect(pieces[0]?.covering).toEqual({});
  });

  it('clamps spans outside the text and ignores empty or reversed ones', () => {
    const pieces = cutAtSpans(5, [
      { start: -3, end: 2, layer: 'x', id: 'a' },
      { start: 4, end: 99, layer: 'x', id: 'b' },
      { start: 3, end: 3, layer: 'x', id: 'c' },
      { start: 4, end: 1, layer: 'x', id: 'd' },
    ]);
    expect(pieces.map((p) => [p.start, p.end, p.covering.x ?? '-'])).toEqual([
      [0, 2, 'a'],
      [2, 4, '-'],
      [4, 5, 'b'],
    ]);
  });

  it('thousands of nested spans cost steps in proportion to the spans, not spans × pieces', () => {
    // Every span covers the middle of the text: a quadratic cut would do ~n² = 25,000,000 steps here.
    const n = 5_000;
    const spans = Array.from({ length: n }, (_, i) => ({ start: i, end: 2 * n - i, layer: 'claim', id: String(i) }));
    const stats = { steps: 0 };
    const pieces = cutAtSpans(2 * n, spans, null, stats);
    expect(pieces).toHaveLength(2 * n - 1); // every boundary but n itself
    expect(stats.steps).toBeLessThanOrEqual(3 * 2 * n + 2);
    expect(pieces[n]?.covering.claim).toBeDefined();
  });
});
