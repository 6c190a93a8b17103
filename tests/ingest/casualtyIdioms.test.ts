/**
 * Ways Arabic news states (and does not state) casualties, each on sentences written for this test in the corpus's
 * styles: "لقي … مصرعهم" is death; "عائلة واحدة" counts no one; a quoted list after "بين القتلى" is a part of the
 * figure before, never a figure of its own.
 */
import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const figures = (text: string) =>
  read(text).claims.map((c) => ({ killed: c.killed?.min ?? null, injured: c.injured?.min ?? null }));

describe('"لقي … مصرعهم / حتفهم": met their death', () => {
  it.each([
    ['لقي ما لا يقل عن 9 أشخاص مصرعهم، وجرح 23 آخرون، بقصف صاروخي استهدف مدينة سلقين صباح اليوم.', 9, 23],
    ['لقيت امرأتان مصرعهما في قصف مدفعي على بلدة الهبيط اليوم.', 2, null],
    ['لقي 5 مدنيين حتفهم في قصف على بلدة كفرنبل اليوم.', 5, null],
  ])('%s → killed %s, injured %s', (text, killed, injured) => {
    expect(figures(text)).toEqual([{ killed, injured }]);
  });

  it('keeps "at least" of "ما لا يقل عن"', () => {
    const [c] = read('لقي ما لا يقل عن 9 أشخاص مصرعهم بقصف على مدينة سلقين اليوم.').claims;
    expect(c?.killed).toEqual({ min: 9, max: null, qualifier: 'at_least' });
  });
});

describe('"واحد(ة)" after a noun describes it', () => {
  it('"من أفراد أسرة واحدة" is one family, not one person killed', () => {
    expect(figures('وذكرت الشبكة أن 10 مدنيين بينهم 7 من أفراد أسرة واحدة قُتلوا بالقصف على بلدة تلبيسة.')).toEqual([
      { killed: 10, injured: null },
    ]);
  });

  it('"مدني واحد" is still one person killed', () => {
    expect(figures('قتل مدني واحد في قصف على بلدة كفرنبل اليوم.')).toEqual([{ killed: 1, injured: null }]);
  });
});

describe('a list after "بين القتلى" is a part of the figure before', () => {
  it.each([
    'قتل 11 مدنياً بالقصف على بلدة تلبيسة. وأشار إلى أن بين القتلى «خمسة أطفال وثلاث نساء».',
    'قتل 11 مدنياً بالقصف على بلدة تلبيسة. وأشار إلى أن بين القتلى خمسة أطفال وثلاث نساء.',
  ])('%s gives one figure, 11', (text) => {
    expect(figures(text)).toEqual([{ killed: 11, injured: null }]);
  });
});
