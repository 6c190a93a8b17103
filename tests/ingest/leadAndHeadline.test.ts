/**
 * Report-level habits of Arabic news, on reports written for this test: a headline that names the kind of source
 * ("إعلام النظام :") restates the body's figure from the outlet itself, so it is one claim; the lead that names the
 * attacker is the first prose, not a photo caption; an outlet "speaking for" a party does not make it the attacker.
 */
import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('a headline restating the body', () => {
  it('"إعلام النظام : …" and "قالت وكالة سانا …" with the same figures are one claim, in the body’s words', () => {
    const r = read(
      'إعلام النظام : أربعة شهداء و 17 جريحاً جراء سقوط قذائف على حي الميدان\n\n' +
        'قالت وكالة سانا إن أربعة مدنيين استشهدوا وجرح 17 آخرون على الأقل جراء سقوط قذائف على حي الميدان في دمشق اليوم.',
    );
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]!.source).toBe('SANA');
    expect(r.claims[0]!.quote).toMatch(/^قالت وكالة سانا/);
  });

  it('a headline of another kind of source than the body is not merged into it', () => {
    const r = read(
      'المرصد: أربعة قتلى بقصف على حي الميدان\n\n' +
        'قالت وكالة سانا إن أربعة مدنيين قتلوا جراء سقوط قذائف على حي الميدان في دمشق اليوم.',
    );
    expect(r.claims.map((c) => c.source).sort()).toEqual(['SANA', 'SOHR']);
  });
});

describe('the attacker of the lead', () => {
  it('skips a photo caption: the first prose names government aircraft, the later figures are theirs', () => {
    const r = read(
      'مقتل مدنيين بقصف جوي على كفربطنا\n\nصورة ارشيفية\nصورة ارشيفية\n\n' +
        'قتل 7 مدنيين في قصف نفذته طائرات حكومية على بلدة كفربطنا بريف دمشق صباح اليوم الثلاثاء.\n\n' +
        'وأفاد ناشطون بأن أكثر من 10 أشخاص لقوا حتفهم في البلدة.',
    );
    expect(new Set(r.claims.map((c) => c.perpetrator))).toEqual(new Set(['regime']));
    expect(r.claims.at(-1)!.killed?.min).toBe(11);
    expect(r.claims.at(-1)!.trace?.perpetrator).toEqual(['perpetrator.lead']);
  });

  it('"قوات النظام وحلفائه من الروس" is the regime and Russia', () => {
    const [c] = read(
      'وثقت الشبكة السورية لحقوق الإنسان مقتل 40 مدنياً قتلوا على يد قوات النظام وحلفائه من الروس في محافظة إدلب أمس.',
    ).claims;
    expect(c?.perpetrator).toBe('regime_russia');
  });

  it('"قوات الأمن السورية" are the regime’s', () => {
    const [c] = read(
      'أفاد ناشطون بأن قوات الأمن السورية قصفت حياً سكنياً في مدينة تلبيسة بالمدفعية مساء أمس، ما أدى إلى مقتل 6 مدنيين.',
    ).claims;
    expect(c?.perpetrator).toBe('regime');
  });

  it('"الناطقة باسم النظام" describes the speaker, not the attacker', () => {
    const r = read(
      'قالت وكالة سانا الناطقة باسم النظام إن ثلاثة مدنيين قتلوا جراء سقوط قذائف على حي الميدان في دمشق اليوم.',
    );
    expect(r.claims[0]?.perpetrator).not.toBe('regime');
  });
});
