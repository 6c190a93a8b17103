/**
 * Who struck: barrel bombs are the regime's, an attacker named in the sentence's next clause is that clause's, a car
 * bomb and the dead of a war or of a campaign blame no one the text does not name, fighters counted are victims.
 */
import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const claimsOf = (text: string, published = '2019-12-20') => read(text, published).claims;

describe('rule perpetrator.barrel-bombs', () => {
  it('a statement that names barrel bombs and no attacker is the regime’s, inferred', () => {
    const [c] = claimsOf('وقضى 4 مدنيين بعد إلقاء براميل متفجرة فوق بلدة كفرنبل.');
    expect(c?.perpetrator).toBe('regime');
    expect(c?.basis?.perpetrator).toBe('inferred');
    expect(c?.trace?.perpetrator).toContain('perpetrator.barrel-bombs');
  });
});

describe('the attacker of the next clause', () => {
  it('is not the attacker of the figure before it; the lead’s is', () => {
    const text =
      'مقتل 30 مدنيا بغارات للنظام وروسيا على ريف إدلب\n\n' +
      'وسقط في بلدة التمانعة 10 قتلى على الأقل، كما قتل ممرض حين قصف الطيران الروسي نقطة طبية في قرية جرجناز.';
    const byCount = new Map(claimsOf(text).map((c) => [c.killed?.min, c.perpetrator]));
    expect(byCount.get(10)).toBe('regime_russia');
    expect(byCount.get(1)).toBe('russia');
  });
});

describe('the attacker of the statement’s own clause', () => {
  it('named after the figure but before "فيما" is the figure’s', () => {
    const text =
      'قتل 8 مدنيين وجرح آخرون، صباح الجمعة، في غارات لمقاتلات روسية على مدينة إدلب، ' +
      'فيما أصيب 5 آخرون باختناق جراء قصف مروحيات النظام حي القصور.';
    const eight = claimsOf(text, '2016-11-18').find((c) => c.killed?.min === 8);
    expect(eight?.perpetrator).toBe('russia');
  });
});

describe('no attacker the text does not name', () => {
  it('a car bomb (rule perpetrator.bomb-unstated)', () => {
    const text = 'غارات روسية على ريف إدلب\n\n' + 'قتل 5 أشخاص وأصيب 12 آخرون في انفجار سيارة مفخخة في مدينة اعزاز.';
    const c = claimsOf(text).find((x) => x.killed?.min === 5);
    expect(c?.perpetrator).toBe('unknown');
  });

  it('fighters counted are victims, and their toll names no attacker (rule perpetrator.period-unstated)', () => {
    const text =
      'غارات روسية وسورية على ريف إدلب\n\n' +
      'وقال المرصد إن المعارك أسفرت عن مقتل أكثر من 300 مقاتل من الفصائل، مقابل 200 عنصر من قوات النظام.';
    const figures = claimsOf(text).filter((c) => (c.killed?.min ?? 0) > 200);
    expect(figures.map((c) => c.perpetrator)).toEqual(['unknown']);
    const soldiers = claimsOf(text).find((c) => c.killed?.min === 200);
    expect(soldiers?.perpetrator).toBe('unknown');
  });

  it('a period toll with no attacker of its own does not take the lead’s', () => {
    const text = 'غارات روسية على ريف إدلب\n\n' + 'ووثق المرصد مقتل 500 مدني خلال الشهرين الماضيين في محافظة إدلب.';
    const c = claimsOf(text).find((x) => x.killed?.min === 500);
    expect(c?.perpetrator).toBe('unknown');
    expect(c?.trace?.perpetrator).toContain('perpetrator.period-unstated');
  });

  it('a period toll keeps the attacker its sentence names before it', () => {
    const text =
      'استهدفت قوات النظام أحياء في بلدة حمورية، ليرتفع إلى 210 عدد المدنيين الذين قضوا منذ 29 ديسمبر في ريف دمشق.';
    const c = claimsOf(text, '2018-01-23').find((x) => x.killed?.min === 210);
    expect(c?.perpetrator).toBe('regime');
  });
});

describe('opposition factions by name', () => {
  it('"جيش الإسلام" is the opposition', () => {
    const [c] = claimsOf('وكان قصف صاروخي نفذه جيش الإسلام على حي المزة في دمشق قد أسفر عن مقتل 6 أشخاص.');
    expect(c?.perpetrator).toBe('opposition');
  });
});

describe('rule date.relative-clause', () => {
  it('"منذ ستة أشهر" about the neighbourhood is not the date of the shelling', () => {
    const [c] = claimsOf(
      'وفي مدينة حمص قتل 3 مدنيين في قصف على حي الوعر الذي ما زال تحت سيطرة المعارضة منذ ستة أشهر.',
      '2014-10-27',
    );
    expect(c?.date === null || c?.date?.from === c?.date?.to).toBe(true);
  });
});

describe('victims joined by "و"', () => {
  it('a party joined to the fighters counted is one of the victims, not the attacker', () => {
    const text = 'وقال المرصد إن 150 مسلحاً من «جبهة النصرة» والفصائل الحليفة لها قتلوا منذ بدء المعارك في 3 آذار.';
    const [c] = claimsOf(text, '2019-03-20');
    expect(c?.perpetrator).toBe('unknown');
  });
});

describe('rule perpetrator.artillery-with-russian-air', () => {
  it('artillery shelling and Russian air strikes in one statement are the regime and Russia, inferred', () => {
    const [c] = claimsOf('قتل 14 مدنياً أمس بقصف مدفعي وغارات جوية روسية طالت بلدات في ريف الميادين.');
    expect(c?.perpetrator).toBe('regime_russia');
    expect(c?.basis?.perpetrator).toBe('inferred');
  });

  it('Russian air strikes alone stay Russia’s', () => {
    const [c] = claimsOf('قتل 14 مدنياً في غارات جوية روسية استهدفت قرى ريف البوكمال أمس.');
    expect(c?.perpetrator).toBe('russia');
  });
});
