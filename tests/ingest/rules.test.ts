/**
 * Each rule of data/ingest/rules.json on sentences written for these tests, and the basis and trace every
 * extracted field carries. Publication date 2024-03-14 (a Thursday) unless a case says so.
 */
import { describe, expect, it } from 'vitest';
import { findCounts } from '../../src/ingest/steps/counts';
import { RULE_IDS, sameEventReference, speaksOfReport, speaksOfToday } from '../../src/ingest/steps/rules';
import { foldText, tokenize } from '../../src/ingest/text';
import { extractReport } from '../../src/ingest/extract';
import { prepared, read } from './helpers';

const tokens = (s: string) => tokenize(foldText(s).text);

describe('rule words are data', () => {
  it('names every rule the steps use', () => {
    expect(RULE_IDS).toEqual(
      expect.arrayContaining([
        'coref.same-event',
        'date.same-day-report',
        'source.report-frame',
        'count.sum-of-people',
        'count.itemised-list',
      ]),
    );
  });
});

describe('coref.same-event', () => {
  it.each([
    ['وقال المرصد إن 11 مدنياً قتلوا في الغارة ذاتها', true],
    ['وأكد الدفاع المدني أن الهجوم نفسه أودى بحياة 6 أشخاص', true],
    ['وقالت مصادر محلية إن هذه الغارات أسفرت عن مقتل 17 مدنياً', true],
    ['وقتل في القصف نفسه 4 أطفال', true],
    ['وقتل 4 أطفال في غارة على بلدة أخرى', false],
    ['في السياق ذاته، قتل رجلان بقصف مدفعي', false],
  ])('%s → %s', (sentence, refers) => {
    const t = tokens(sentence);
    expect(sameEventReference(t, 0, t.length) >= 0).toBe(refers);
  });

  it("joins a second source's figure to the first figure's incident, placed and dated like it", () => {
    const r = read(
      'قتل 9 مدنيين في غارة جوية روسية على بلدة كفرنبل بريف إدلب الجنوبي اليوم. وقال المرصد السوري لحقوق الإنسان إن 11 مدنياً قتلوا في الغارة ذاتها.',
    );
    expect(r.claims.map((c) => c.killed?.min)).toEqual([9, 11]);
    const [a, b] = r.claims;
    expect(b!.event).toBe(a!.event);
    expect(b!.source).toBe('SOHR');
    expect(b!.place).toEqual(a!.place);
    expect(b!.date).toEqual(a!.date);
    expect(b!.basis?.place).toBe('inferred');
    expect(b!.trace?.place).toContain('coref.same-event');
    expect(r.messages.some((m) => m.rule === 'coref.same-event')).toBe(true);
  });

  it('does not reach past a sentence that names another place', () => {
    const r = read(
      'قتل 8 مدنيين في غارة على قرية كفرنبل بريف إدلب اليوم. وشهدت مدينة دوما بريف دمشق قصفاً عنيفاً اليوم. وقتل في القصف نفسه 4 أطفال.',
    );
    const four = r.claims.find((c) => c.killed?.min === 4)!;
    const eight = r.claims.find((c) => c.killed?.min === 8)!;
    expect(four.event).not.toBe(eight.event);
    expect(four.place.governorate).toBe('Rif Dimashq');
  });
});

describe('date.same-day-report', () => {
  it.each([
    ['قتل 3 مدنيين اليوم في قصف على البلدة', true],
    ['وصل عدد القتلى قبل قليل إلى 5', true],
    ['يواصل الطيران قصف المدينة لليوم الـ14 على التوالي', false],
    ['ويأتي القصف في اليوم الثامن من التصعيد', false],
    ['قتل 3 مدنيين أمس في قصف على البلدة', false],
  ])('%s → %s', (sentence, today) => {
    expect(speaksOfToday(tokens(sentence))).toBe(today);
  });

  it('dates an undated incident in a same-day report on the publication date, as an inference', () => {
    const r = read(
      'قال ناشطون إن القصف على المدينة مستمر اليوم.\nوفي بلدة سرمين قتل 4 مدنيين بغارة جوية.',
      '2024-03-14',
    );
    const c = r.claims.find((x) => x.killed?.min === 4)!;
    expect(c.date).toMatchObject({ from: '2024-03-14', to: '2024-03-14' });
    expect(c.basis?.date).toBe('inferred');
  });
});

describe('source.report-frame', () => {
  it('finds a report or statement word', () => {
    const t = tokens('وثقت الشبكة في تقريرها الشهري مقتل 300 مدني');
    expect(speaksOfReport(t, 0, t.length)).toBe(true);
    const u = tokens('قتل 3 مدنيين في قصف');
    expect(speaksOfReport(u, 0, u.length)).toBe(false);
  });

  it("gives a monthly report's later figures its source and its month", () => {
    const r = read(
      'وثقت الشبكة السورية لحقوق الإنسان في تقريرها الصادر اليوم مقتل 120 مدنياً خلال شهر شباط.\nوقتلت قوات النظام 70 مدنياً بينهم 12 طفلاً.',
      '2024-03-01',
    );
    const part = r.claims.find((c) => c.killed?.min === 70)!;
    expect(part.source).toBe('SNHR');
    expect(part.date).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
    expect(part.kind).toBe('tally');
    expect(part.trace?.source).toContain('source.report-frame');
  });
});

describe('count.sum-of-people', () => {
  it.each([
    ['قتل ستة رجال وطفل في قصف على الحي', 7, 1, null],
    ['قتلت امرأة وأطفالها السبعة في غارة على المدينة', 8, 7, 1],
    ['إن امرأة وأطفالها الثلاثة قتلوا في القصف', 4, 3, 1],
    ['قتل 3 رجال وامرأة بقصف مدفعي', 4, null, 1],
  ])('%s = %i', (sentence, n, children, women) => {
    const t = tokens(sentence);
    const [c] = findCounts(t, 0, t.length);
    expect(c?.count.min).toBe(n);
    expect(c?.children?.min ?? null).toBe(children);
    expect(c?.womenCount?.min ?? null).toBe(women);
  });
});

describe('count.itemised-list', () => {
  it('reads each item of a list by place as a figure of the dead', () => {
    const t = tokens('قتل 40 مدنياً اليوم، هم 25 في حلب و9 في إدلب و6 بريف حماة.');
    expect(findCounts(t, 0, t.length).map((c) => [c.count.min, c.role, c.item === true])).toEqual([
      [40, 'killed', false],
      [25, 'killed', true],
      [9, 'killed', true],
      [6, 'killed', true],
    ]);
  });

  it('does not read a single number before a place as a list', () => {
    const t = tokens('قتل 4 مدنيين، وسقطت 12 في حلب.');
    expect(findCounts(t, 0, t.length).map((c) => c.count.min)).toEqual([4]);
  });

  it('makes the items tallies, parts of the figure before them', () => {
    const r = read('وأحصى المرصد السوري لحقوق الإنسان 40 قتيلاً اليوم، هم 25 في حلب و9 في إدلب و6 في حماة.');
    expect(r.claims.map((c) => [c.killed?.min, c.kind])).toEqual([
      [40, 'tally'],
      [25, 'tally'],
      [9, 'tally'],
      [6, 'tally'],
    ]);
  });
});

describe('basis and trace of every field', () => {
  it('marks what the quote states, what comes from elsewhere, and what is a default', () => {
    const r = read('قتل 5 مدنيين بقصف مدفعي على بلدة طفس اليوم، بحسب مصادر محلية.');
    const [c] = r.claims;
    expect(c!.basis).toMatchObject({ killed: 'stated', place: 'stated', source: 'stated', weapon: 'stated' });
    expect(c!.trace?.killed).toEqual(['count.statement']);
    const lead = read('قتل 5 مدنيين بقصف على بلدة طفس اليوم.').claims[0]!;
    expect(lead.basis?.source).toBe('default');
    expect(lead.trace?.source).toEqual(['source.outlet-voice']);
  });

  it('calls a date counted from an inferred publication date an inference', () => {
    const text = 'قتل 5 مدنيين أمس بقصف على بلدة طفس.';
    expect(read(text).claims[0]!.basis?.date).toBe('stated');
    const meta = { outlet: 'Test', published: '2024-03-14', published_basis: 'inferred from events' };
    const inferred = extractReport({ file: '901_test.txt', text, meta }, prepared());
    expect(inferred.claims[0]!.date).toMatchObject({ from: '2024-03-13' });
    expect(inferred.claims[0]!.basis?.date).toBe('inferred');
    expect(inferred.claims[0]!.trace?.date).toEqual(['date.statement']);
  });
});

describe('date.weekday-conflict', () => {
  it('says so when a weekday and a day number disagree, and keeps the number', () => {
    // 12 March 2024 was a Tuesday, not a Wednesday.
    const r = read('قتل 3 مدنيين يوم الأربعاء 12 آذار بقصف على بلدة طفس.');
    expect(r.claims[0]!.date).toMatchObject({ from: '2024-03-12' });
    expect(r.messages.filter((m) => m.rule === 'date.weekday-conflict')).toHaveLength(1);
    const ok = read('قتل 3 مدنيين يوم الثلاثاء 12 آذار بقصف على بلدة طفس.');
    expect(ok.messages.filter((m) => m.rule === 'date.weekday-conflict')).toHaveLength(0);
  });
});
