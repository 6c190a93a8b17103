/**
 * The place rules of data/ingest/place-rules.json on sentences written for these tests in the styles of Syrian
 * casualty reports: which governorate, at which precision, and the town kept as reference.
 */
import { describe, expect, it } from 'vitest';
import { PLACE_RULE_IDS } from '../../src/ingest/steps/place-rules';
import { read } from './helpers';

/** The place of the claim whose killed (or injured) figure is `n`. */
function placeOf(text: string, n: number) {
  const c = read(text).claims.find((x) => (x.killed?.min ?? x.injured?.min) === n);
  if (!c) throw new Error(`no claim of ${n} in: ${text}`);
  return { ...c.place, trace: c.trace?.place ?? [], basis: c.basis?.place };
}

describe('place rules are data', () => {
  it('names every place rule the steps use', () => {
    expect(PLACE_RULE_IDS).toEqual(
      expect.arrayContaining([
        'place.common-noun',
        'place.surroundings',
        'place.reference-point',
        'place.context',
        'place.tally-governorate',
        'place.report-neighbourhood',
        'place.city-and-countryside',
        'place.named-after',
      ]),
    );
  });
});

describe('place.common-noun: ordinary words that are also town names', () => {
  it.each([
    // "الثورة" (the revolution) is also a name of al-Tabqa, in Raqqa.
    ['ونقل اتحاد تنسيقيات الثورة أن 12 شخصاً قتلوا في المدينة جراء القصف الجوي', 12, null],
    ['قتل 3 مدنيين في غارة على بلدة سراقب بريف إدلب واندلع حريق داخل المزرعة', 3, 'Idlib'],
  ])('%s', (text, n, gov) => {
    expect(placeOf(text, n).governorate).toBe(gov);
  });
});

describe('place.surroundings: محيط X, ريف العاصمة', () => {
  it.each([
    ['قال ناشطون إن 40 شخصاً قتلوا في غارات على محيط العاصمة دمشق خلال أسبوع', 40, 'Rif Dimashq', 'district'],
    ['قتل 25 مدنياً في غارات على محيط دمشق', 25, 'Rif Dimashq', 'district'],
    ['قتل 8 مدنيين بقصف على ريف العاصمة دمشق اليوم', 8, 'Rif Dimashq', 'governorate'],
    ['قتل 6 مدنيين بقصف مدفعي على محيط حلب', 6, 'Aleppo', 'district'],
  ])('%s', (text, n, gov, precision) => {
    expect(placeOf(text, n)).toMatchObject({ governorate: gov, precision });
  });
});

describe('place.reference-point: a place named after a direction or "قرب" locates another', () => {
  it.each([
    ['قتل 15 مدنياً في مخيم للنازحين قرب السكرية غرب البوكمال', 15, 'Deir ez-Zor', 'city', 'As Sukkarīyah'],
    ['قتل 40 شخصاً في قصف على الغوطة الشرقية الواقعة قرب العاصمة دمشق', 40, 'Rif Dimashq', 'district', null],
    ['قتل 5 أشخاص بانفجار سيارة مفخخة غرب مدينة رأس العين', 5, 'Hasakah', 'district', 'Ra’s al ‘Ayn'],
    ['قتل 5 مدنيين في غارات استهدفت ثلاث قرى جنوب مدينة إدلب', 5, 'Idlib', 'district', 'Idlib'],
    // A village the gazetteer lacks, located from the town after the direction.
    ['قتل 7 مدنيين بقصف صاروخي على قرية "تل الصنوبر" جنوب "حلب"', 7, 'Aleppo', 'city', null],
    ['أصيب 4 مدنيين بقذائف على قرية تل الدبس (35 كم جنوب شرق حماة)', 4, 'Hama', 'city', null],
    // A governorate named right after its town only says where the town is.
    ['قتلت امرأة بقذيفة هاون على حي البساتين في مدينة جبلة باللاذقية', 1, 'Latakia', 'neighborhood', null],
  ])('%s', (text, n, gov, precision, city) => {
    const p = placeOf(text, n);
    expect(p).toMatchObject({ governorate: gov, precision });
    if (city !== null) expect(p.city).toBe(city);
  });

  it('keeps the place of the figure, not the places of the clause after "كما"', () => {
    const p = placeOf(
      'وأفاد ناشطون بأن 7 مدنيين قتلوا بقصف صاروخي على قرية "تل الصنوبر" جنوب "حلب"، كما أصيب آخرون في مدينة الأتارب وبلدة حريتان',
      7,
    );
    expect(p).toMatchObject({ governorate: 'Aleppo', precision: 'city' });
  });

  it('takes the places of the clause that holds the figure when it comes after "كما"', () => {
    const p = placeOf(
      'وكان الطيران ارتكب مجزرة بقصف بلدة سراقب بريف إدلب أمس، كما ارتكب مجزرة في بلدة كفرنبودة بريف حماة راح ضحيتها 15 مدنياً',
      15,
    );
    expect(p).toMatchObject({ governorate: 'Hama', precision: 'city' });
  });

  it('reads two towns joined by "و" as the district around them', () => {
    const p = placeOf('قتل 3 أطفال بغارات على قرية كفر عميم بريف سراقب وبمدينة سرمين في ريف إدلب الشرقي', 3);
    expect(p).toMatchObject({ governorate: 'Idlib', precision: 'district' });
  });
});

describe('gazetteer names as reports write them', () => {
  it('reads a name joined to its first word ("كفرنبودة" for "كفر نبودة")', () => {
    expect(placeOf('قتل مدني بغارة على بلدة كفرنبودة بريف حماة', 1)).toMatchObject({
      governorate: 'Hama',
      precision: 'city',
      city: 'Kafr Nabūdah',
    });
  });

  it.each([
    ['وقتل عامل إغاثة بقذيفة سقطت على مدرسة في بلدة كفرة حمرة بريف حلب الشمالي', 1, 'Kafr Ḩamrā'],
    ['وقتل 4 مدنيين بقذائف صاروخية سقطت على بلدة دار عزة في ريف حلب الغربي', 4, 'Darat Izza'],
  ])('reads the first word of a compound name with or without its final ة: %s', (text, n, city) => {
    expect(placeOf(text, n)).toMatchObject({ governorate: 'Aleppo', precision: 'city', city });
  });

  it('takes a village whose name is unique in the country even far from the governorates the report names', () => {
    const p = placeOf(
      'قتل 5 أشخاص بقصف على حي الإنشاءات بمدينة حمص. وأصيب 3 مدنيين بقذيفة سقطت على بلدة حفير الفوقا.',
      3,
    );
    expect(p).toMatchObject({ governorate: 'Rif Dimashq', precision: 'city' });
  });
});

describe('place.city-and-countryside and the sides of a city', () => {
  it.each([
    ['قتل نحو 33 مدنياً في قصف على مدينة الرقة وقرى في ريفها اليوم', 33, 'Raqqa', 'governorate'],
    ['قتل 12 مدنياً في غارات على مدينة حلب وريفها الغربي', 12, 'Aleppo', 'district'],
    ['قتل 9 مدنيين في قصف على مدينة البوكمال وريفها', 9, 'Deir ez-Zor', 'district'],
    ['أصيب 14 شخصاً بحالات اختناق جراء استهداف أحياء حلب الشرقية بغازات سامة', 14, 'Aleppo', 'district'],
    ['قتل 4 مدنيين بقصف على أحياء حلب', 4, 'Aleppo', 'city'],
  ])('%s', (text, n, gov, precision) => {
    expect(placeOf(text, n)).toMatchObject({ governorate: gov, precision });
  });
});

describe('areas and chains of names', () => {
  it('reads "منطقة X … في مدينة C" as a quarter of C when the gazetteer knows X only as a village elsewhere', () => {
    const p = placeOf(
      'قتل 3 أشخاص بقذائف على مدينة جبلة بريف اللاذقية. وجرح 5 مدنيين بقذائف سقطت على منازل في منطقة الزهراء، الخاضعة لسيطرة قوات النظام في مدينة حمص',
      5,
    );
    expect(p).toMatchObject({ governorate: 'Homs', city: 'Homs', precision: 'neighborhood' });
  });

  it('takes the village a figure follows, not the governorate that locates it', () => {
    const p = placeOf(
      'قتل 6 مدنيين بقصف على مدينة خان شيخون، كما أصيب آخرون في بلدة التمانعة، واستهدف القصف منزلاً غرب قرية "جرجناز"، شمال "معرة النعمان"، وأسفر عن جرح 4 مدنيين',
      4,
    );
    expect(p).toMatchObject({ governorate: 'Idlib', precision: 'city' });
  });
});

describe('namesakes', () => {
  it('does not let a bare name that is also a quarter elsewhere ("الحميدية") pull a story to another governorate', () => {
    const p = placeOf(
      'شن الطيران الروسي غارات على مدينة الميادين بريف دير الزور الشرقي طالت الجورة والحميدية. وقتل 8 مدنيين في حي العرضي.',
      8,
    );
    expect(p).toMatchObject({ governorate: 'Deir ez-Zor', precision: 'neighborhood' });
  });

  it('does not read a quarter ("حي المشهد") as a village of the same name', () => {
    const p = placeOf('قتل 6 مدنيين في غارة على حي المشهد في مدينة حلب. وقتل 4 في قصف على مدينة إدلب.', 6);
    expect(p).toMatchObject({ governorate: 'Aleppo', precision: 'neighborhood' });
  });

  it('reads a village located from a town of another governorate as a village the gazetteer lacks, near that town', () => {
    const p = placeOf('قتل 4 أشخاص بقصف مدفعي على قرية عين الريحان (30 كم غرب حلب)', 4);
    expect(p).toMatchObject({ governorate: 'Aleppo', precision: 'city', city: null });
  });

  it('reads a tally over items in two governorates ("30 في حلب و22 بإدلب") as over their region', () => {
    const p = placeOf('ووثقت الشبكة في تقريرها الشهري مقتل 52 مدنياً خلال شهر آب، بينهم 30 في حلب و22 بإدلب', 52);
    expect(p).toMatchObject({ governorate: null, precision: 'region' });
  });
});

describe('localities the gazetteer lacks keep their whole name in text_ar', () => {
  it.each([
    ['قتل 8 مدنيين بقصف جوي لقرية "أم الخشب" قرب بلدة الشدادي بريف الحسكة الجنوبي', 8, 'أم الخشب'],
    ['وأصيب ثلاثة في قصف مشابه لبلدة عين الزرزور بالريف الشمالي لحماة', 3, 'عين الزرزور'],
  ])('%s', (text, n, name) => {
    const p = placeOf(text, n);
    expect(p.precision).toBe('city');
    expect(p.text_ar).toContain(name);
  });
});
