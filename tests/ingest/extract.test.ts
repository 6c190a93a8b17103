/**
 * Whole statements, written for these tests in the styles Rasd meets: monitoring groups, civil defence statements,
 * local networks, wire agencies and state media. Publication date 2024-03-14 (a Thursday) unless a case says so.
 */
import { describe, expect, it } from 'vitest';
import { read } from './helpers';

interface Case {
  style: string;
  text: string;
  expect: Record<string, unknown>;
}

const cases: Case[] = [
  {
    style: 'monitoring group, sub-counts with a dual',
    text: 'وثّق المرصد السوري لحقوق الإنسان مقتل 12 مدنياً بينهم 4 أطفال وامرأتان، جراء غارات جوية روسية على بلدة كفرنبل بريف إدلب الجنوبي، صباح اليوم.',
    expect: {
      source: 'SOHR',
      killed: { min: 12, max: 12, qualifier: 'exact' },
      children_killed: { min: 4, max: 4, qualifier: 'exact' },
      women_killed: { min: 2, max: 2, qualifier: 'exact' },
      perpetrator: 'russia',
      weapon: 'airstrike',
      victims: 'civilians',
      kind: 'incident',
      date: { from: '2024-03-14', to: '2024-03-14' },
      time_of_day: 'morning',
      place: { governorate: 'Idlib', city: 'Kafr Nabl', precision: 'city' },
    },
  },
  {
    style: 'wire agency, at least, weekday',
    text: 'قتل 23 مدنياً على الأقل، بينهم ستة أطفال، في غارات شنتها طائرات حربية تابعة للنظام الثلاثاء على مدينة دوما في الغوطة الشرقية، وفق ما أفاد المرصد السوري لحقوق الإنسان.',
    expect: {
      source: 'SOHR',
      killed: { min: 23, max: null, qualifier: 'at_least' },
      children_killed: { min: 6, max: 6, qualifier: 'exact' },
      perpetrator: 'regime',
      date: { from: '2024-03-12', to: '2024-03-12' },
      place: { governorate: 'Rif Dimashq', city: 'Douma', precision: 'city' },
    },
  },
  {
    style: 'state media, terrorists, dual killed and "others" injured',
    text: 'استشهد مواطنان وأصيب 9 آخرون جراء اعتداء المجموعات الإرهابية بالقذائف الصاروخية على حي الحمدانية في مدينة حلب، بحسب ما أفاد مصدر في قيادة شرطة حلب.',
    expect: {
      source: 'Aleppo Police Command',
      killed: { min: 2, max: 2, qualifier: 'exact' },
      injured: { min: 9, max: 9, qualifier: 'exact' },
      perpetrator: 'opposition',
      weapon: 'rocket',
      place: { governorate: 'Aleppo', city: 'Aleppo', neighborhood: 'Hamadaniyeh', precision: 'neighborhood' },
    },
  },
  {
    style: 'civil defence, number words, preliminary',
    text: 'قال الدفاع المدني السوري إن ثلاثة عشر مدنياً قتلوا وأصيب أكثر من عشرين آخرين في حصيلة أولية لقصف مدفعي على مدينة سراقب مساء أمس.',
    expect: {
      source: 'Syrian Civil Defence (White Helmets)',
      killed: { min: 13, max: 13, qualifier: 'exact' },
      injured: { min: 21, max: null, qualifier: 'more_than' },
      status: 'preliminary',
      weapon: 'artillery',
      date: { from: '2024-03-13', to: '2024-03-13' },
      time_of_day: 'evening',
      place: { governorate: 'Idlib', precision: 'city' },
    },
  },
  {
    style: 'local network, own correspondent, singular and kin',
    text: 'أفاد مراسلنا بمقتل رجل وزوجته جراء غارة لطائرة مسيرة على قرية معرة حرمة في ريف إدلب الجنوبي.',
    expect: {
      source: 'Test Outlet correspondent',
      killed: { min: 2, max: 2, qualifier: 'exact' },
      weapon: 'drone',
      victims: 'civilians',
    },
  },
  {
    style: 'approximate figure, compound number word',
    text: 'قتل نحو ثلاثة وأربعين شخصاً في قصف جوي على مدينة الرقة بحسب ناشطين.',
    expect: {
      source: 'activists',
      killed: { min: 43, max: 43, qualifier: 'approx' },
      victims: 'unknown',
      place: { governorate: 'Raqqa', city: 'Raqqa', precision: 'city' },
    },
  },
  {
    style: 'weekly tally over two governorates',
    text: 'ارتفعت حصيلة ضحايا القصف على محافظتي إدلب وحلب خلال أسبوع إلى 86 مدنياً، بحسب الشبكة السورية لحقوق الإنسان.',
    expect: {
      source: 'SNHR',
      kind: 'tally',
      status: 'revised',
      killed: { min: 86, max: 86, qualifier: 'exact' },
      date: { from: '2024-03-08', to: '2024-03-14' },
      place: { governorate: null, precision: 'region' },
    },
  },
  {
    style: 'period from the start of a month, Levantine month name',
    text: 'وأكدت مصادر محلية أن أكثر من 60 مدنياً قتلوا منذ مطلع شهر شباط في ريف حلب الغربي.',
    expect: {
      source: 'local sources',
      kind: 'tally',
      killed: { min: 61, max: null, qualifier: 'more_than' },
      date: { from: '2024-02-01', to: '2024-03-14' },
      // "ريف حلب الغربي": a part of the governorate.
      place: { governorate: 'Aleppo', precision: 'district' },
    },
  },
  {
    style: 'absolute date with the Gregorian month name, Arabic-Indic digits',
    text: 'قُتل ٧ مدنيين وجرح ١٥ آخرون في ٩ مارس ٢٠٢٤ بقصف صاروخي على مدينة أريحا.',
    expect: {
      killed: { min: 7, max: 7, qualifier: 'exact' },
      injured: { min: 15, max: 15, qualifier: 'exact' },
      date: { from: '2024-03-09', to: '2024-03-09' },
      weapon: 'rocket',
    },
  },
  {
    style: 'dozens, vague',
    text: 'قتل وجرح العشرات من المدنيين بقصف مدفعي عنيف على أحياء مدينة إدلب.',
    expect: {},
  },
  {
    style: 'a neighbourhood the gazetteer lacks, inside a known city',
    text: 'قتل 3 مدنيين بقصف مدفعي استهدف حارة الفواخير في مدينة الرقة صباح أمس.',
    expect: { place: { governorate: 'Raqqa', city: 'Raqqa', precision: 'neighborhood', text_ar: 'حارة الفواخير' } },
  },
  {
    style: 'several towns named together make a district',
    text: 'قتل 9 مدنيين في غارات على مدينة سراقب وبلدة كفرنبل أمس.',
    expect: { kind: 'tally', place: { governorate: 'Idlib', city: null, precision: 'district' } },
  },
  {
    style: 'wire dateline is not the place of the strike',
    text: 'دمشق 12 مارس (وكالات) قتل 5 مدنيين في قصف على مدينة أريحا.',
    expect: { place: { governorate: 'Idlib', precision: 'city' } },
  },
  {
    style: 'Russian and Syrian strikes together',
    text: 'قتل 11 مدنياً في غارات روسية وسورية على مدينة سراقب.',
    expect: { perpetrator: 'regime_russia' },
  },
  {
    style: 'mortar on a city, combatants',
    text: 'قتل خمسة عناصر من قوات النظام بقذائف الهاون على مواقعهم في محيط مدينة حرستا.',
    expect: { killed: { min: 5, max: 5, qualifier: 'exact' }, victims: 'combatants', weapon: 'mortar' },
  },
];

describe('reading whole statements', () => {
  it.each(cases.filter((c) => Object.keys(c.expect).length > 0))('$style', ({ text, expect: want }) => {
    const { claims } = read(text);
    expect(claims.length).toBeGreaterThanOrEqual(1);
    expect(claims[0]).toMatchObject(want);
    for (const c of claims) expect(text.normalize('NFC').slice(c.quote_start, c.quote_end)).toBe(c.quote);
  });
});

describe('what is not a claim', () => {
  it.each([
    ['strikes counted, nobody hurt', 'نفذت الطائرات الحربية 45 غارة جوية على ريف إدلب دون وقوع إصابات.'],
    ['displaced people', 'نزح أكثر من 300 ألف مدني من مدينة الرقة خلال الأشهر الماضية.'],
    ['a distance and a year', 'تقع البلدة على بعد 49 كم من مدينة حلب، وقد دُمّرت عام 2016.'],
    ['trapped civilians', 'لا يزال نحو 25 ألف شخص عالقين في المدينة وفق الأمم المتحدة.'],
    ['a percentage', 'سيطرت القوات على 90 بالمائة من المدينة.'],
    ['no casualties', 'تعرض حي الصاخور لقصف بقذائف الهاون دون ورود أنباء عن سقوط قتلى أو جرحى.'],
  ])('%s', (_, text) => {
    expect(read(text).claims).toEqual([]);
  });
});

describe('several statements in one report', () => {
  it('splits two figures of the dead in one sentence into two claims', () => {
    const { claims } = read('قتل 4 مدنيين في غارة على بلدة كفرنبل، فيما قتل 3 آخرون بقصف مدفعي على مدينة سراقب.');
    expect(claims.map((c) => c.killed?.min)).toEqual([4, 3]);
    expect(claims[1]?.weapon).toBe('artillery');
  });

  it('links an earlier figure that rose to the later one of the same source', () => {
    const text =
      'قال المرصد السوري لحقوق الإنسان إن 31 مدنياً قتلوا الأحد في غارات على مدينة سراقب.\n' +
      'وكان المرصد قد وثق الأحد مقتل 20 مدنياً في الغارات ذاتها، قبل أن ترتفع الحصيلة بعد انتشال جثث من تحت الأنقاض.';
    const { claims } = read(text);
    const later = claims.find((c) => c.killed?.min === 31);
    const earlier = claims.find((c) => c.killed?.min === 20);
    expect(later?.status).toBe('revised');
    expect(later?.supersedes).toBe(earlier?.id);
  });

  it('merges a headline into the body that gives the same figure with its source', () => {
    const text = '17 قتيلاً بقصف على سراقب\nقتل 17 مدنياً أمس في قصف جوي على مدينة سراقب، بحسب الدفاع المدني السوري.';
    const { claims } = read(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source).toBe('Syrian Civil Defence (White Helmets)');
  });

  it('carries the date of the statement before across "وفي السياق ذاته" but not across "إلى ذلك"', () => {
    const text =
      'قتل 6 مدنيين أمس في قصف على مدينة أريحا.\nوفي السياق ذاته، قتل طفلان في قصف على مدينة سراقب.\nإلى ذلك، قتل 3 عناصر في كمين قرب مدينة الباب.';
    const { claims } = read(text);
    expect(claims.map((c) => c.date?.from ?? null)).toEqual(['2024-03-13', '2024-03-13', null]);
  });

  it('does not take two deaths in one report for one event only because the figure repeats', () => {
    const text =
      'قتل مدنيان الأربعاء في غارة على قرية الصهرية بريف حماة.\n' +
      'وكان ممرضان قد قتلا الثلاثاء بقصف على بلدة كفرزيتا في ريف حماة.';
    const { claims } = read(text);
    expect(claims.map((c) => c.date?.from)).toEqual(['2024-03-13', '2024-03-12']);
  });

  it('leaves relative dates unresolved without a publication date, and says so', () => {
    const { claims, messages } = read('قتل 6 مدنيين أمس في قصف على مدينة أريحا.', null);
    expect(claims[0]?.date).toBeNull();
    expect(messages.map((m) => m.rule)).toContain('date-unresolved');
  });
});
