/**
 * The weapon.*, count.* and coref.* rules of data/ingest/rules.json, on sentences written for these tests in the
 * styles of Arabic strike reports (publication date 2024-03-14, a Thursday).
 */
import { describe, expect, it } from 'vitest';
import { findCounts } from '../../src/ingest/steps/counts';
import { foldText, tokenize } from '../../src/ingest/text';
import { read } from './helpers';

const tokens = (s: string) => tokenize(foldText(s).text);
const counts = (s: string) => {
  const t = tokens(s);
  return findCounts(t, 0, t.length).map((c) => [c.role, c.count.min, c.count.qualifier]);
};

describe('count rules', () => {
  it.each([
    // count.ordinal: the day of a campaign is no count.
    ['تتجدد الغارات على البلدة لليوم الـ8 على التوالي، وقد قتل فيها 5 مدنيين', [['killed', 5, 'exact']]],
    ['قتل في اليوم الـ3 مدنيان بقصف على البلدة', [['killed', 2, 'exact']]],
    // count.combined-verbs: dead and injured together are neither.
    ['استهدف القصف أحياء المدينة ما تسبب بمقتل وإصابة العشرات', []],
    // count.some-of: "عدد آخر", "عدد من" + people.
    ['فيما جرح عدد آخر بشظايا القذائف في السوق', [['injured', 2, 'vague']]],
    ['وأفاد المرصد بإصابة عدد من المدنيين بجروح', [['injured', 2, 'vague']]],
    ['وسقطت القذائف على عدد من المنازل', []],
    // count.list-role: a figure joined to the one before is counted as it is.
    [
      'وصل عدد القتلى إلى 420 هم 260 مقاتلا من الفصائل، و115 عنصرا من الجيش، إضافة إلى 45 مدنيا',
      [
        ['killed', 420, 'exact'],
        ['killed', 260, 'exact'],
        ['killed', 115, 'exact'],
        ['killed', 45, 'exact'],
      ],
    ],
    // count.fall-verbs: "وقوع إصابات", "سقوط جرحى" count the injured vaguely; "دون وقوع إصابات" does not.
    ['وتحدث ناشطون عن وقوع إصابات في صفوف الأهالي إثر الغارة', [['injured', 2, 'vague']]],
    ['سقطت قذيفة على الحي دون وقوع إصابات', []],
    // count.some-of: "العديد من الجرحى" with no verb is a vague injured count.
    ['وذكرت مصادر طبية أن العديد من الجرحى أسعفوا إلى مشفى البلدة', [['injured', 2, 'vague']]],
    // count.not-hurt: the trapped are not casualties.
    ['وجرح 8 أشخاص بينما بقي 3 آخرون عالقين تحت ركام المبنى', [['injured', 8, 'exact']]],
  ])('%s', (sentence, expected) => {
    expect(counts(sentence)).toEqual(expected);
  });

  it('reads a figure after a "بينهم" list as one more part of it, not as more dead', () => {
    const r = read('ووثقت الشبكة مقتل 200 مدني، بينهم 40 طفلا و7 قضوا تحت التعذيب، خلال شهر شباط.');
    expect(r.claims.map((c) => c.killed?.min)).toEqual([200]);
  });
});

const weapon = (text: string, killed: number) => {
  const c = read(text).claims.find((x) => (x.killed?.min ?? x.injured?.min) === killed);
  return [c?.weapon, c?.trace?.weapon?.[0]];
};

describe('weapon rules', () => {
  it.each([
    // weapon.air-munition: the aircraft's missiles.
    [
      'قتل 5 مدنيين بقصف طائرات حربية روسية بالصواريخ الفراغية على بلدة سرمين اليوم.',
      5,
      'airstrike',
      'weapon.statement',
    ],
    // Rocket shelling named as such beside air strikes stays two means.
    ['قتل 7 مدنيين بغارات جوية وقصف صاروخي على بلدة سرمين اليوم.', 7, 'mixed', 'weapon.statement'],
    // weapon.hedged.
    ['قتل مدنيان في هجوم على بلدة سرمين اليوم يرجح أنه بصاروخ موجه أو بطائرة مسيرة.', 2, 'unknown', 'weapon.statement'],
    // weapon.not-in-format: an explosive device is not a car bomb; gas whatever drops it.
    ['قتل 4 أطفال بانفجار عبوة ناسفة في بلدة سرمين اليوم.', 4, 'unknown', 'weapon.statement'],
    [
      'أصيب 9 مدنيين بحالات اختناق جراء استهداف طائرات مروحية بلدة سرمين بغاز الكلور اليوم.',
      9,
      'unknown',
      'weapon.statement',
    ],
    // weapon.bare-shells: the kind of shell the report names.
    [
      'قذائف صاروخية تطال أحياء حلب.\nقتل 3 مدنيين بقذائف سقطت على حي الميدان في مدينة حلب اليوم.',
      3,
      'rocket',
      'weapon.statement',
    ],
    // weapon.air-actor needs an attack named.
    ['وثقت الشبكة أن قوات روسية قتلت 80 مدنيا خلال شهر شباط.', 80, 'unknown', 'weapon.none'],
    // weapon.lead: an incident with no means of its own.
    ['غارات جوية على ريف إدلب.\nوقتل في بلدة سرمين وحدها 6 أشخاص اليوم.', 6, 'airstrike', 'weapon.lead'],
  ])('%s', (text, killed, value, rule) => {
    expect(weapon(text, killed)).toEqual([value, rule]);
  });

  it("keeps another statement's attack words to that statement", () => {
    const r = read('قتل 30 مدنيا في غارات على ريف إدلب، وقتل آخرون بنيران قناصة في ريف حماة.');
    const others = r.claims.find((c) => c.killed?.qualifier === 'vague');
    expect(others?.weapon).toBe('unknown');
  });
});

describe('coref rules', () => {
  it('joins the injured the same source adds about the same bombardment (coref.follow-up-injured)', () => {
    const r = read(
      'وقال المرصد السوري لحقوق الإنسان إن 12 مدنيا قتلوا في قصف على بلدة سرمين اليوم.\nوأضاف المرصد أن القصف أسفر أيضا عن إصابة 20 مدنيا آخرين.',
    );
    expect(r.claims.map((c) => [c.killed?.min, c.injured?.min])).toEqual([[12, 20]]);
    expect(r.claims[0]?.trace?.injured).toContain('coref.follow-up-injured');
  });

  it('joins it when the next sentence names no source but goes on about the bombardment', () => {
    const r = read(
      'وقال المرصد السوري لحقوق الإنسان إن 12 مدنيا قتلوا في قصف على بلدة سرمين اليوم.\nولم يحدد المرصد هوياتهم، وأضاف أن 20 آخرين أصيبوا جراء القصف.',
    );
    expect(r.claims.map((c) => [c.killed?.min, c.injured?.min, c.source])).toEqual([[12, 20, 'SOHR']]);
  });

  it('keeps an injured figure with a place of its own apart', () => {
    const r = read(
      'وقال المرصد السوري لحقوق الإنسان إن 12 مدنيا قتلوا في قصف على بلدة سرمين اليوم.\nوأضاف المرصد أن القصف أسفر أيضا عن إصابة 20 مدنيا في مدينة أريحا.',
    );
    expect(r.claims).toHaveLength(2);
  });

  it('makes the parts of a tally over a period, in its sentence, tallies too (kind.part-of-tally)', () => {
    const r = read(
      'وذكر المرصد أن عدد القتلى منذ بدء الحملة وصل إلى 420 هم 260 مقاتلا من الفصائل، و115 عنصرا من الجيش، إضافة إلى 45 مدنيا.',
    );
    const parts = r.claims.filter((c) => (c.killed?.min ?? 0) < 420);
    expect(parts.map((c) => c.kind)).toEqual(['tally', 'tally', 'tally']);
    expect(parts[0]?.trace?.kind).toContain('kind.part-of-tally');
  });
});

describe('victim rules', () => {
  it('gives the items of a list by place the victims of the figure they itemise (victim.part-of-figure)', () => {
    const r = read(
      'وثقت الشبكة مقتل 40 مدنيا خلال الأسبوع الماضي.\nوأوضحت أن القتلى هم 25 في محافظة حلب و10 في إدلب وقتيل واحد بحماة و4 في درعا.',
    );
    const items = r.claims.filter((c) => (c.killed?.min ?? 0) < 40);
    expect(items.map((c) => c.killed?.min)).toEqual([25, 10, 1, 4]);
    expect(items.map((c) => c.victims)).toEqual(['civilians', 'civilians', 'civilians', 'civilians']);
    expect(items[0]?.trace?.victims).toContain('victim.part-of-figure');
  });

  it.each([
    ['قتل شخصان من أهالي حي الميدان بنيران قناص اليوم.', 2, 'civilians'],
    ['قتلت 5 نسوة بقصف مدفعي على بلدة سرمين اليوم.', 5, 'civilians'],
    ['قتل 5 أشخاص بقصف مدفعي على بلدة سرمين اليوم.', 5, 'unknown'],
  ])('%s → %s', (text, killed, victims) => {
    expect(read(text).claims.find((c) => c.killed?.min === killed)?.victims).toBe(victims);
  });
});

describe('claims that are not their own', () => {
  it('drops casualties with no number over places the report does not name (count.vague-unplaced)', () => {
    const r = read(
      'قتل 6 مدنيين بغارة على بلدة سرمين اليوم، كما سقط جرحى من المدنيين في مناطق متفرقة نتيجة غارات أخرى.\nكما أصيب آخرون في مدينة أريحا بغارة ثانية.',
    );
    expect(r.claims.map((c) => [c.killed?.min ?? null, c.injured?.qualifier ?? null])).toEqual([
      [6, null],
      [null, 'vague'],
    ]);
  });

  it('reads a headline that rounds off the body figure as the same claim (coref.headline-figure)', () => {
    const r = read('12 قتيلا بقصف على ريف إدلب\n\nقال ناشطون إن نحو 12 مدنيا قتلوا بقصف على بلدة سرمين اليوم.');
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]?.killed?.qualifier).toBe('approx');
  });
});

describe('where a statement ends', () => {
  it('keeps the cause after ", بقصف" in the statement, and cuts at ", وقصف" (another strike)', () => {
    const one = read('قتل 4 مدنيين، اليوم، بقصف جوي على قرية "زهرة الوادي" بريف حماة الشمالي.');
    expect(one.claims[0]?.kind).toBe('incident');
    expect(one.claims[0]?.quote).toContain('زهرة الوادي');
    const two = read('قتل 4 مدنيين بغارة على بلدة سرمين اليوم، وقصف الطيران قرى ريف إدلب الجنوبي.');
    expect(two.claims[0]?.kind).toBe('incident');
  });
});

describe('one bombardment, two parties; one figure, two voices', () => {
  it('reads the coalition and the SDF named together for one bombardment as mixed means (weapon.joint-attack)', () => {
    const r = read('قتل 11 مدنيا اليوم بقصف للتحالف الدولي و"قوات سوريا الديمقراطية" (قسد) طال مدينة الطبقة.');
    expect(r.claims[0]?.weapon).toBe('mixed');
    expect(r.claims[0]?.trace?.weapon).toContain('weapon.joint-attack');
  });

  it('merges a lead that names the kind of its source into the outlet named later (coref.lead-source-kind)', () => {
    const r = read(
      'قضى 4 أشخاص وجرح 7 آخرون اليوم بقذائف صاروخية طالت حي الميدان بمدينة حلب، وفق الإعلام الرسمي.\nوذكرت وكالة الأنباء السورية (سانا) أن القذائف أدت إلى استشهاد 4 مواطنين وجرح 7 آخرين.',
    );
    expect(r.claims.map((c) => [c.killed?.min, c.source])).toEqual([[4, 'SANA']]);
  });
});
