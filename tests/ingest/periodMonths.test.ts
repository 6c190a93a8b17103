/** Periods in months count calendar months back from publication, as a reader of the report would. */
import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const dateOf = (text: string, published: string) => {
  const [c] = read(text, published).claims;
  return c?.date ? [c.date.from, c.date.to] : null;
};

describe('"خلال/على مدى N أشهر الماضية"', () => {
  it.each([
    [
      'أحصى المرصد السوري مقتل 450 مدنياً على مدى الثلاثة أشهر الماضية جراء القصف على ريف حماة الشمالي.',
      '2018-11-20',
      '2018-08-21',
    ],
    ['قتل 120 مدنياً خلال الشهرين الماضيين في محافظة درعا بحسب المرصد السوري.', '2018-03-31', '2018-02-01'],
  ])('%s (published %s) runs from %s', (text, published, from) => {
    expect(dateOf(text, published)).toEqual([from, published]);
  });

  it('weeks and days still count days', () => {
    expect(dateOf('قتل 20 مدنياً خلال الأسبوعين الماضيين في محافظة إدلب بحسب المرصد السوري.', '2019-08-16')).toEqual([
      '2019-08-03',
      '2019-08-16',
    ]);
  });
});
