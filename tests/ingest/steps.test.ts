/** Table tests for the small steps: folding with offsets, numbers, counts, dates, sentences. */
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/domain/arabic';
import { findCounts } from '../../src/ingest/steps/counts';
import { findDates } from '../../src/ingest/steps/dates';
import { readNumber } from '../../src/ingest/steps/numbers';
import { splitSentences } from '../../src/ingest/steps/sentences';
import { foldText, tokenize } from '../../src/ingest/text';

const toks = (s: string) => tokenize(foldText(s.normalize('NFC')).text);

describe('foldText', () => {
  it.each(['الرقّة', 'إدلبُ', 'مدنيّاً', 'مشفى حلب الجامعي', '١٢ شهيداً'])('agrees with the domain fold on "%s"', (s) => {
    expect(foldText(s).text).toBe(fold(s));
  });

  it('maps every folded character back to the original', () => {
    const s = 'قُتل ١٤ مدنيّاً';
    const f = foldText(s);
    const at = f.text.indexOf('14');
    expect(s.slice(f.map[at], (f.map[at + 1] ?? 0) + 1)).toBe('١٤');
  });
});

describe('readNumber', () => {
  it.each([
    ['14 مدنيا', 14],
    ['١٤ مدنيا', 14],
    ['ثلاثة عشر مدنياً', 13],
    ['أربعين مدنياً', 40],
    ['ثلاثة وأربعين شخصا', 43],
    ['ستة واربعين مدني', 46],
    ['مئتين', 200],
    ['مائة وخمسين', 150],
    ['370 ألف', 370000],
    ['ثلاثة آلاف', 3000],
    ['اثنا عشر', 12],
    ['سبعة', 7],
  ])('%s = %i', (text, value) => {
    expect(readNumber(toks(text), 0)?.value).toBe(value);
  });
});

describe('findCounts', () => {
  const read = (s: string) => {
    const t = toks(s);
    return findCounts(t, 0, t.length).map((c) => ({
      role: c.role,
      ...c.count,
      children: c.children?.min,
      women: c.womenCount?.min,
    }));
  };
  it.each([
    ['قتل 14 مدنيا', { role: 'killed', min: 14, max: 14, qualifier: 'exact' }],
    ['مقتل أكثر من 130 مدنياً', { role: 'killed', min: 131, max: null, qualifier: 'more_than' }],
    ['جرح ما يزيد عن 50 مدنياً', { role: 'injured', min: 51, max: null, qualifier: 'more_than' }],
    ['وجرح مايزيد عن 50 مدنياً', { role: 'injured', min: 51, max: null, qualifier: 'more_than' }],
    ['راح ضحيتها 14 قتيلا على الأقل', { role: 'killed', min: 14, max: null, qualifier: 'at_least' }],
    ['قتل ما لا يقل عن 9 أشخاص', { role: 'killed', min: 9, max: null, qualifier: 'at_least' }],
    ['قتل نحو 20 مدنياً', { role: 'killed', min: 20, max: 20, qualifier: 'approx' }],
    ['أصيب العشرات', { role: 'injured', min: 20, max: null, qualifier: 'vague' }],
    ['وإصابة آخرين بجراح', { role: 'injured', min: 2, max: null, qualifier: 'vague' }],
    ['قتلت طفلتان', { role: 'killed', min: 2, max: 2, qualifier: 'exact' }],
    ['مقتل شخصين', { role: 'killed', min: 2, max: 2, qualifier: 'exact' }],
    ['قتل مدني واحد', { role: 'killed', min: 1, max: 1, qualifier: 'exact' }],
    ['مقتل امرأة وابنتها', { role: 'killed', min: 2, max: 2, qualifier: 'exact' }],
    ['أن أكثر من 173 مدنياً قتلوا', { role: 'killed', min: 174, max: null, qualifier: 'more_than' }],
    ['قتل 8 مدنيين بينهم طفلان وامرأة', { role: 'killed', min: 8, children: 2, women: 1 }],
    ['قتل 15 مدنياً بينهم 3 أطفال و 2 نساء', { role: 'killed', min: 15, children: 3, women: 2 }],
    ['قتل سبعة مدنيين بينهم نساء وأطفال', { role: 'killed', min: 7, children: 2, women: 2 }],
    ['قتل خمسة أطفال', { role: 'killed', min: 5, children: 5 }],
    ['ارتفعت حصيلة قتلى القصف على المدينة خلال يومين إلى 40', { role: 'killed', min: 40 }],
  ])('%s', (text, want) => {
    expect(read(text)[0]).toMatchObject(want);
  });

  it.each([
    ['145 غارة جوية'],
    ['دون وقوع إصابات'],
    ['نزوح عشرات آلاف المدنيين'],
    ['11 قتيلا وجريحا'],
    ['9 أشخاص من الضحايا هم أبناء أسرة واحدة'],
    ['في 2017 قتل'],
  ])('finds no count in "%s"', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('findDates', () => {
  const published = '2024-12-04'; // a Wednesday
  const first = (s: string, pub: string | null = published) => findDates(toks(s), pub).value[0];
  it.each([
    ['أمس', '2024-12-03', '2024-12-03'],
    ['اليوم', '2024-12-04', '2024-12-04'],
    ['الأحد', '2024-12-01', '2024-12-01'],
    ['مساء الخميس', '2024-11-28', '2024-11-28'],
    ['أمس الثلاثاء', '2024-12-03', '2024-12-03'],
    ['1 كانون الأول 2024', '2024-12-01', '2024-12-01'],
    ['السبت 30 تشرين الثاني', '2024-11-30', '2024-11-30'],
    ['9 يونيو 2017', '2017-06-09', '2017-06-09'],
    ['22.5.2017', '2017-05-22', '2017-05-22'],
    ['28-6-2018', '2018-06-28', '2018-06-28'],
    ['الجمعة 29 نوفمبر', '2024-11-29', '2024-11-29'],
    ['السادس من نوفمبر', '2024-11-06', '2024-11-06'],
    ['الحادي عشر من كانون الثاني', '2024-01-11', '2024-01-11'],
    ['خلال أسبوع', '2024-11-28', '2024-12-04'],
    ['خلال الـ72 ساعة الماضية', '2024-12-01', '2024-12-04'],
    ['منذ مطلع شهر حزيران', '2024-06-01', '2024-12-04'],
    ['خلال تشرين الثاني الماضي', '2024-11-01', '2024-11-30'],
    ['ليل الإثنين الثلاثاء', '2024-12-02', '2024-12-03'],
  ])('%s → %s … %s', (text, from, to) => {
    expect(first(text)).toMatchObject({ from, to });
  });

  it('ignores a stated date after publication (a page header), with a message', () => {
    const r = findDates(toks('الخميس 27 يونيو 2030'), published);
    expect(r.value).toEqual([]);
    expect(r.messages[0]?.rule).toBe('date-after-publication');
  });

  it('gives the part of the day', () => {
    expect(first('عصر اليوم')?.timeOfDay).toBe('afternoon');
  });

  it('does not read "اليوم الثامن من التصعيد" as today', () => {
    expect(first('في اليوم الثامن من التصعيد')).toBeUndefined();
  });

  it('leaves relative dates unresolved without a publication date', () => {
    const r = findDates(toks('قتل 3 أمس'), null);
    expect(r.value[0]?.from ?? null).toBeNull();
    expect(r.messages[0]?.rule).toBe('date-unresolved');
  });
});

describe('splitSentences', () => {
  it('ends sentences at full stops and newlines, not inside 22.5.2017', () => {
    expect(splitSentences(toks('قتل 3 في 22.5.2017. وأصيب 4.\nسطر آخر')).length).toBe(3);
  });
});
