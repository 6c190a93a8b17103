/**
 * Who speaks: unnamed sources ("ذكر مصدر"), a named body after "مصدر في", the source the report named last when
 * "المصدر" or "أحد المصادر" goes on, a correspondent who only receives a statement, and a few more kinds of speaker.
 */
import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const sourcesOf = (text: string) => read(text, '2016-05-10').claims.map((c) => c.source);

describe('rule source.unnamed', () => {
  it.each([
    ['وذكر مصدر أن قذيفة هاون سقطت على حي الميدان في مدينة حلب ما أسفر عن مقتل 3 مواطنين.', 'unnamed sources'],
    ['وذكرت مصادر لمندوبة سانا أن قذائف هاون سقطت على بلدة جرمانا وأسفرت عن إصابة 5 مواطنين.', 'unnamed sources'],
    [
      'وذكر مصدر في قيادة شرطة دمشق أن قذيفة سقطت على حي المزة ما أدى إلى مقتل مواطنين اثنين.',
      'Damascus Police Command',
    ],
    ['وقال مصدر في الدفاع المدني إن 4 مدنيين قتلوا في غارة على بلدة سراقب.', 'Syrian Civil Defence (White Helmets)'],
  ])('%s → %s', (text, source) => {
    expect(sourcesOf(text)[0]).toBe(source);
  });

  it('speaks only for the statement it opens, not for a figure before it or after "فيما"', () => {
    const text =
      'قتل 9 مدنيين مساء الأربعاء في غارة جوية على مدينة الميادين، وأشارت مصادر إلى استخدام قنابل عنقودية، ' +
      'فيما قتل 3 مدنيين في انفجار لغم في ريف المدينة.';
    expect(sourcesOf(text)).toEqual(['unattributed', 'unattributed']);
  });

  it('a correspondent who receives the statement is not its source', () => {
    expect(sourcesOf('وقال مصدر طبي لمراسل الجزيرة إن 6 مدنيين قتلوا في قصف على بلدة كفرنبل.')[0]).toBe(
      'medical sources',
    );
  });
});

describe('rule source.anaphora: "المصدر" and "أحد المصادر" go on for the source named last', () => {
  it('local sources, then "one of the sources" and "another source"', () => {
    const text =
      'قالت مصادر محلية اليوم إن 20 مدنياً قتلوا في قصف على مدينة الرقة وريفها. ' +
      'وأفاد أحد المصادر بأن 9 مدنيين قتلوا في حي الرميلة بمدينة الرقة. ' +
      'وقتل 5 مدنيين في قرية الكرامة شرق الرقة، بحسب مصدر آخر.';
    expect(sourcesOf(text)).toEqual(['local sources', 'local sources', 'local sources']);
  });

  it('the Civil Defence source goes on as "المصدر"', () => {
    const text =
      'أفاد مصدر في الدفاع المدني بمقتل 4 مدنيين في غارة على بلدة كفرنبل. ' +
      'وأكد المصدر مقتل مدنيين اثنين في بلدة حاس.';
    expect(sourcesOf(text)).toEqual(['Syrian Civil Defence (White Helmets)', 'Syrian Civil Defence (White Helmets)']);
  });

  it('with no source named before, "المصدر" is an unnamed source', () => {
    expect(sourcesOf('وأضاف المصدر أن 3 مدنيين قتلوا في قصف على حي الوعر بمدينة حمص.')[0]).toBe('unnamed sources');
  });
});

describe('more speakers', () => {
  it.each([
    ['وقتل مدنيان في قصف على حي الصاخور شرقي حلب، وفقاً للناشط الإعلامي أبو عمر الحلبي.', 'activists'],
    ['أصدر الدفاع المدني بياناً: قتل 6 أشخاص في قصف على بلدة أريحا.', 'Syrian Civil Defence (White Helmets)'],
    ['بينما أورد موقع معارض آخر أن حصيلة القتلى في بلدة سقبا بلغت 22 قتيلاً.', 'opposition website'],
    [
      'ونقل اتحاد تنسيقيات الثورة أن 15 شخصاً قتلوا في مدينة دوما.',
      'Union of Syrian Revolution Coordination Committees',
    ],
    ['ونقلت وكالة أجنبية عن المرصد السوري لحقوق الإنسان قوله إن 7 مدنيين قتلوا في حي الشعار بحلب.', 'SOHR'],
  ])('%s → %s', (text, source) => {
    expect(sourcesOf(text)[0]).toBe(source);
  });
});
