/**
 * Report-level place rules (src/ingest/steps/place-context.ts) on short reports written for these tests: a
 * statement with no place of its own, a tally's bare governorate, one neighbourhood named for the city's strike.
 */
import { describe, expect, it } from 'vitest';
import { read } from './helpers';

function claimOf(text: string, n: number) {
  const c = read(text).claims.find((x) => (x.killed?.min ?? x.injured?.min) === n);
  if (!c) throw new Error(`no claim of ${n} in: ${text}`);
  return c;
}

describe('place.context: a statement that names no place', () => {
  it('is about the town named in the sentence before ("في المدينة")', () => {
    const c = claimOf(
      'قال ناشطون إن الطيران الحربي شن غارات على مدينة دوما بريف دمشق اليوم الأحد. ونقل اتحاد تنسيقيات الثورة أن 25 شخصاً قتلوا في المدينة.',
      25,
    );
    expect(c.place).toMatchObject({ governorate: 'Rif Dimashq', city: 'Douma', precision: 'city' });
    expect(c.basis?.place).toBe('inferred');
    expect(c.trace?.place).toEqual(['place.context']);
  });

  it('puts a quarter the gazetteer lacks in the city named before', () => {
    const c = claimOf(
      'يشن الطيران الحربي منذ الصباح غارات مكثفة على مدينة حمص. وقتل 8 مدنيين بغارة على حي الياسمينة جنوب المدينة بعد الظهر.',
      8,
    );
    expect(c.place).toMatchObject({ governorate: 'Homs', city: 'Homs', precision: 'neighborhood' });
    expect(c.place.text_ar).toBe('حي الياسمينة');
  });

  it('reads the whole country as a region, not the governorate the report is about', () => {
    const c = claimOf(
      'قتل 4 مدنيين بغارة على مدينة سراقب بريف إدلب اليوم. وتشهد سوريا حرباً أودت بحياة أكثر من 300 ألف شخص منذ عام 2011.',
      300001,
    );
    expect(c.place).toMatchObject({ governorate: null, precision: 'region' });
  });

  it('reads a toll of the whole war ("النزاع السوري") as over the country', () => {
    const c = claimOf(
      'قتل 11 مدنياً بقصف مدفعي على بلدة حريتان بريف حلب اليوم. وتسبب النزاع السوري منذ اندلاعه في مقتل أكثر من 260 ألف شخص.',
      260001,
    );
    expect(c.place).toMatchObject({ governorate: null, precision: 'region' });
  });

  it('reads localities the gazetteer lacks, named together, as a district of the governorate named before', () => {
    const c = claimOf(
      'يتعرض ريف حماة الشمالي لقصف متواصل منذ أيام. وقتل 6 مدنيين في غارات على بلدات العنادل والحمائم.',
      6,
    );
    expect(c.place).toMatchObject({ governorate: 'Hama', precision: 'district' });
  });

  it('reads a tally with no place, in a report that names two governorates, as over their region', () => {
    const text =
      'قتل 5 مدنيين بغارة على مدينة سراقب بريف إدلب اليوم، فيما تركز القصف على ريف حماة الشمالي. وبحسب أرقام المرصد، تسبب التصعيد خلال الأشهر الثلاثة الماضية في مقتل أكثر من 800 مدني.';
    const c = claimOf(text, 801);
    expect(c.kind).toBe('tally');
    expect(c.place).toMatchObject({ governorate: null, precision: 'region' });
  });

  it('takes the village named closest before a figure, even one the gazetteer lacks', () => {
    const text =
      'وكانت الطائرات قتلت 9 مدنيين بقصف بلدة الشدادي بريف الحسكة الجنوبي يوم السبت، كما قصفت فجر اليوم قرية "تل العقارب" بريف المحافظة، وقتل فيها أكثر من 20 مدنياً.';
    const c = claimOf(text, 21);
    expect(c.place).toMatchObject({ governorate: 'Hasakah', precision: 'city', city: null });
    expect(c.place.text_ar).toContain('تل العقارب');
  });

  it('takes a village named after a figure cut short by its date ("قتل خمسة مدنيين، صباح اليوم، بقصف على قرية …")', () => {
    const text =
      'قتل خمسة مدنيين، صباح اليوم الخميس، بقصف مدفعي لقوات النظام على قرية تل الدبس الواقعة بريف حماة الشمالي.';
    const c = claimOf(text, 5);
    expect(c.place).toMatchObject({ governorate: 'Hama', precision: 'city' });
  });

  it('leaves a statement without a place when nothing before names one', () => {
    const c = claimOf('وقال المرصد إن 7 أشخاص قتلوا في الغارة.', 7);
    expect(c.place.governorate).toBeNull();
    expect(c.trace?.place).toEqual(['place.none']);
  });
});

describe('place.report-neighbourhood: one strike told at two precisions', () => {
  it('places the city figure in the one neighbourhood the report names', () => {
    const text =
      'ارتفعت حصيلة الهجوم على كنيسة بدمشق إلى 20 قتيلاً. وكان انتحاري قد فجر نفسه داخل الكنيسة الواقعة في حي الدويلة بدمشق.';
    const c = claimOf(text, 20);
    expect(c.place).toMatchObject({ governorate: 'Damascus', city: 'Damascus', precision: 'neighborhood' });
    expect(c.trace?.place).toEqual(['place.report-neighbourhood']);
  });

  it('finds the city of a quarter further on in its sentence, in a report that also names another city', () => {
    const text =
      'ارتفعت حصيلة القتلى جراء سقوط قذائف صاروخية على سوق مدينة طرطوس إلى 14 شخصاً. وأوضحت مصادر محلية أن القذائف أصابت حي البياطرة ومحطة الوقود على الكورنيش البحري في مدينة طرطوس. وأفاد الدفاع المدني بأن غارة على مدينة إدلب قتلت 5 أشخاص.';
    expect(claimOf(text, 14).place).toMatchObject({ city: 'Tartus', precision: 'neighborhood' });
    expect(claimOf(text, 5).place).toMatchObject({ city: 'Idlib', precision: 'city' });
  });

  it("leaves a source's town where it put it when another source, with another figure, names the quarter", () => {
    const text =
      'أفادت وكالة سانا بأن خمسة مدنيين قتلوا بانفجار سيارة مفخخة في مدينة جاسم بريف درعا الشمالي. في المقابل، قال المرصد السوري لحقوق الإنسان إن ستة مدنيين قتلوا بالانفجار في حي الضاحية بمدينة جاسم.';
    expect(claimOf(text, 5).place).toMatchObject({ governorate: 'Daraa', precision: 'city' });
    expect(claimOf(text, 6).place).toMatchObject({ governorate: 'Daraa', precision: 'neighborhood' });
  });

  it('does not choose when the report names two neighbourhoods of the city', () => {
    const text = 'قتل 5 مدنيين بقصف على مدينة حلب اليوم. وسقطت قذائف على حي الميدان وحي السليمانية دون وقوع إصابات.';
    expect(claimOf(text, 5).place).toMatchObject({ city: 'Aleppo', precision: 'city' });
  });
});

describe('place.tally-governorate', () => {
  it('reads a bare governorate capital in a tally by governorate as the governorate', () => {
    const r = read(
      'وثقت الشبكة السورية لحقوق الإنسان في تقريرها الشهري مقتل 40 مدنياً خلال شهر شباط، توزعوا على 24 في حلب و16 بدير الزور.',
    );
    const sixteen = r.claims.find((c) => c.killed?.min === 16);
    expect(sixteen?.kind).toBe('tally');
    expect(sixteen?.place).toMatchObject({ governorate: 'Deir ez-Zor', city: null, precision: 'governorate' });
    expect(sixteen?.trace?.place).toEqual(['place.tally-governorate']);
  });

  it('keeps the city when the report itself calls it a city elsewhere', () => {
    const tally = 'وارتفعت بذلك حصيلة قتلى الغارات على دير الزور خلال أسبوع إلى 60 مدنياً، وفق المرصد.';
    const headline = '60 قتيلاً مدنياً بغارات على مدينة دير الزور خلال أسبوع\n\n';
    const inCity = read(headline + tally).claims.find((c) => c.killed?.min === 60 && c.kind === 'tally');
    expect(inCity?.place).toMatchObject({ governorate: 'Deir ez-Zor', city: 'Deir ez-Zor', precision: 'city' });
    const alone = read(tally).claims.find((c) => c.killed?.min === 60);
    expect(alone?.place).toMatchObject({ governorate: 'Deir ez-Zor', city: null, precision: 'governorate' });
  });

  it('keeps the city of an incident named the same way', () => {
    const c = claimOf('قتل 8 مدنيين اليوم الاثنين في الرقة شمالي سوريا نتيجة قصف الطيران الحربي على المدينة.', 8);
    expect(c.place).toMatchObject({ governorate: 'Raqqa', city: 'Raqqa', precision: 'city' });
  });
});

describe('place.named-after: a town described before it is named', () => {
  it('is the town the next sentence names in that governorate', () => {
    const text =
      'لقي 13 مدنياً حتفهم بينهم 5 نساء في غارات روسية على بلدة في محافظة حماة وسط سوريا، وفق المرصد. وأفاد مراسل في بلدة كفرزيتا بريف حماة الشمالي بأن منازل عدة دمرت بالكامل.';
    const c = claimOf(text, 13);
    expect(c.place).toMatchObject({ governorate: 'Hama', precision: 'city' });
    expect(c.trace?.place).toEqual(['place.named-after']);
  });

  it('keeps the governorate when no town follows', () => {
    const c = claimOf('لقي 13 مدنياً حتفهم في غارات روسية على بلدة في محافظة حماة، وفق المرصد.', 13);
    expect(c.place).toMatchObject({ governorate: 'Hama', precision: 'governorate' });
  });
});
