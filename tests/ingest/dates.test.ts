/**
 * Dates a reader of Arabic news takes from the report: a counted recent span written unit-first, the whole war as a
 * period, the day the speaker gives in the next sentence, and a same-day report's undated toll.
 */
import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const claimsOf = (text: string, published: string) => read(text, published).claims;
const dateOf = (text: string, published: string, k = 0) => {
  const c = claimsOf(text, published)[k];
  return c?.date ? [c.date.from, c.date.to] : null;
};

describe('recent spans with the unit before the number', () => {
  it.each([
    [
      'قال المرصد إن القصف على ريف حلب الغربي أدى إلى مقتل 90 شخصاً في الأيام العشرة الأخيرة.',
      '2020-02-11',
      '2020-02-02',
    ],
    ['وثقت الشبكة مقتل 40 مدنياً في الأيام السبعة الماضية في محافظة إدلب.', '2019-05-20', '2019-05-14'],
    ['قتل 31 مدنياً خلال الاربعة وعشرين ساعة الماضية في محافظة درعا بحسب المرصد.', '2018-06-28', '2018-06-27'],
  ])('%s (published %s) runs from %s to publication', (text, published, from) => {
    expect(dateOf(text, published)).toEqual([from, published]);
  });

  it('"في الأيام الأخيرة" with no number is no period', () => {
    const [c] = claimsOf('قتل 12 مدنياً في الأيام الأخيرة في غارات على ريف إدلب.', '2019-05-20');
    expect(c?.date?.from === c?.date?.to || c?.date === null).toBe(true);
  });
});

describe('rule date.conflict-start: the whole war', () => {
  it.each([
    'وتشهد سوريا نزاعاً دامياً أودى، منذ اندلاعه في 2011، بحياة أكثر من 380 ألف شخص.',
    'وقتل أكثر من 300 ألف شخص منذ اندلاع النزاع في سوريا بحسب المرصد السوري.',
    'ودخلت الحرب السورية عامها السادس بعدما أسفرت عن مقتل أكثر من 250 ألف شخص بحسب المرصد السوري.',
  ])('%s runs from March 2011 to publication, inferred, a tally', (text) => {
    const [c] = claimsOf(text, '2016-03-15');
    expect(c?.date).toMatchObject({ from: '2011-03-15', to: '2016-03-15' });
    expect(c?.basis?.date).toBe('inferred');
    expect(c?.kind).toBe('tally');
  });

  it('the start of a battle on a stated day is that day, not the war', () => {
    const [c] = claimsOf('وأوضح المرصد أنه منذ اندلاع الاشتباكات في 3 مارس وصل عدد القتلى إلى 210.', '2020-03-09');
    expect(c?.date?.from).toBe('2020-03-03');
  });
});

describe('rule date.next-sentence: the speaker dates the strike in the next sentence', () => {
  const text =
    'أفاد مصدر في الدفاع المدني بمقتل 4 مدنيين وإصابة 9 آخرين جراء قصف جوي على ريف إدلب الجنوبي. ' +
    'وقال المصدر: «استهدفت طائرات حربية بلدة كفرنبل مساء أمس».';

  it('the figure takes the day, inferred, with the rule in its trace', () => {
    const [c] = claimsOf(text, '2019-06-05');
    expect(c?.date).toMatchObject({ from: '2019-06-04', to: '2019-06-04' });
    expect(c?.basis?.date).toBe('inferred');
    expect(c?.trace?.date).toContain('date.next-sentence');
  });

  it('a next sentence that is not the speaker going on gives nothing', () => {
    const other =
      'أفاد مصدر في الدفاع المدني بمقتل 4 مدنيين جراء قصف جوي على ريف إدلب الجنوبي. ' +
      'وشهدت المنطقة حركة نزوح واسعة منذ أمس.';
    expect(claimsOf(other, '2019-06-05')[0]?.trace?.date ?? []).not.toContain('date.next-sentence');
  });
});

describe('rule date.same-day-report on tallies', () => {
  it("an undated day's toll over several places in a report that speaks of today is that day", () => {
    const text =
      'قضى نحو 40 مدنياً بغارات متجددة طالت أحياء في حلب وبلدات في إدلب. ' +
      'وكانت أغلب الأهداف التي قصفت اليوم منازل مأهولة.';
    const [c] = claimsOf(text, '2016-08-12');
    expect(c?.date).toMatchObject({ from: '2016-08-12', to: '2016-08-12' });
    expect(c?.basis?.date).toBe('inferred');
  });

  it('"إلى ذلك" carries nothing over, yet the report\'s own day still holds', () => {
    const text =
      'قتل 5 مدنيين أمس في غارة على مدينة سراقب، وقال الدفاع المدني إن القصف تواصل اليوم. ' +
      'إلى ذلك، قتل مدنيان في قصف مدفعي على بلدة كفرنبل.';
    const second = claimsOf(text, '2016-08-12')[1];
    expect(second?.date).toMatchObject({ from: '2016-08-12', to: '2016-08-12' });
    expect(second?.trace?.date).toContain('date.same-day-report');
  });
});

describe('rule date.since-start and weekdays "الماضي"', () => {
  it('"مذ بدأت … الأربعاء الماضي" in a Wednesday report runs from the Wednesday before', () => {
    const text =
      'ارتفعت حصيلة المعارك في شمال سوريا مذ بدأت الفصائل هجوماً واسعاً الأربعاء الماضي إلى 350 قتيلاً، بحسب المرصد السوري.';
    const [c] = claimsOf(text, '2024-12-04');
    expect(c?.date).toMatchObject({ from: '2024-11-27', to: '2024-12-04' });
    expect(c?.kind).toBe('tally');
  });

  it('"منذ انطلاق الحملة في 5 شباط" runs from that day', () => {
    const [c] = claimsOf('وثق المرصد مقتل 120 مدنياً منذ انطلاق الحملة في 5 شباط على الغوطة الشرقية.', '2018-02-20');
    expect(c?.date).toMatchObject({ from: '2018-02-05', to: '2018-02-20' });
  });
});

describe('the date of the clause before the statement', () => {
  it('a second clause with its own day takes it, not the sentence’s first day', () => {
    const text =
      'وكان طيران التحالف قتل 12 مدنياً بقصف على قرية الدشيشة أمس الثلاثاء، كما قصف قرية الهول الاثنين الماضي، راح ضحيتها 9 مدنيين.';
    const nine = claimsOf(text, '2018-06-13').find((c) => c.killed?.min === 9);
    expect(nine?.date).toMatchObject({ from: '2018-06-11', to: '2018-06-11' });
  });
});

describe('rule date.weekday-conflict when the day number falls after publication', () => {
  it('keeps the weekday, says so', () => {
    // Published on Tuesday 10 November 2015; the 11th was a Wednesday.
    const r = read('ارتفع عدد القتلى بسقوط صاروخين على مدينة اللاذقية الثلاثاء 11 نوفمبر إلى 20 شخصاً.', '2015-11-10');
    expect(r.claims[0]?.date).toMatchObject({ from: '2015-11-10', to: '2015-11-10' });
    expect(r.messages.filter((m) => m.rule === 'date.weekday-conflict')).toHaveLength(1);
  });
});

describe('a period in the next clause of the sentence', () => {
  it('times that clause, not the strike before it', () => {
    const text =
      'استهدفت المدفعية أحياء في بلدة حمورية، ما تسبب بمقتل 3 مواطنين، ليرتفع إلى 180 عدد المدنيين الذين قضوا منذ 29 ديسمبر.';
    const three = claimsOf(text, '2018-01-23').find((c) => c.killed?.min === 3);
    expect(three).toBeDefined();
    expect(three?.date?.from === '2017-12-29').toBe(false);
  });
});

describe('a campaign the text does not date', () => {
  it('"خلال التصعيد الأخير" keeps no date rather than the report’s day', () => {
    const text =
      'قتل 5 مدنيين اليوم في قصف على بلدة المسيفرة. ' + 'ووثقت الشبكة خلال التصعيد الأخير مقتل 12 مدنياً في ريف درعا.';
    const twelve = claimsOf(text, '2018-06-28').find((c) => c.killed?.min === 12);
    expect(twelve?.date).toBeNull();
  });
});

describe('a night across two days written with a slash', () => {
  it('"ليل الاثنين/الثلاثاء" runs from Monday to Tuesday', () => {
    const [c] = claimsOf('قتل 4 مدنيين ليل الاثنين/الثلاثاء في غارات على مدينة إدلب.', '2018-09-18');
    expect(c?.date).toMatchObject({ from: '2018-09-17', to: '2018-09-18' });
  });
});

describe('rule date.month-slip', () => {
  const text =
    'المرصد: أكثر من 300 قتيل خلال أسبوع من القتال في ريف حماة\n\n' +
    'وصلت حصيلة القتال مذ بدأت الفصائل هجومها الأربعاء الماضي إلى 330 قتيلاً، وفق المرصد السوري اليوم الأربعاء. ' +
    'وأشار المرصد إلى أنه منذ اندلاع القتال في 27 أكتوبر بلغ عدد القتلى 330 هم 200 مسلح من الفصائل و130 عنصراً من قوات النظام.';

  it('the printed month that contradicts the weekday start is a slip, with a message', () => {
    const r = read(text, '2024-12-04');
    const fighters = r.claims.find((c) => c.killed?.min === 200);
    expect(fighters?.date).toMatchObject({ from: '2024-11-27', to: '2024-12-04' });
    expect(r.messages.filter((m) => m.rule === 'date.month-slip')).toHaveLength(1);
  });

  it('"خلال أسبوع" of that fighting counts from its start', () => {
    const headline = read(text, '2024-12-04').claims.find((c) => c.killed?.min === 301);
    expect(headline?.date).toMatchObject({ from: '2024-11-27', to: '2024-12-04' });
  });

  it('with no weekday start in the report, the printed date stands', () => {
    const r = read('وأشار المرصد إلى أنه منذ اندلاع القتال في 27 أكتوبر بلغ عدد القتلى 330.', '2024-12-04');
    expect(r.claims[0]?.date?.from).toBe('2024-10-27');
    expect(r.messages.filter((m) => m.rule === 'date.month-slip')).toHaveLength(0);
  });
});
