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
      'تواصل الطائرات الحربية قصف الأحياء السكنية في مدينة حلب. وقتل 6 مدنيين في غارة على حي المشهد غرب المدينة مساء أمس.',
      6,
    );
    expect(c.place).toMatchObject({ governorate: 'Aleppo', city: 'Aleppo', precision: 'neighborhood' });
    expect(c.place.text_ar).toBe('حي المشهد');
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
      'قتل 18 شخصاً في غارات على مدينة دوما بريف دمشق اليوم. ودخل النزاع السوري عامه الخامس بعدما أسفر عن مقتل أكثر من 215 ألف شخص.',
      215001,
    );
    expect(c.place).toMatchObject({ governorate: null, precision: 'region' });
  });

  it('reads localities the gazetteer lacks, named together, as a district of the governorate named before', () => {
    const c = claimOf(
      'تتعرض الغوطة الشرقية بريف دمشق لقصف عنيف منذ أسبوع. وقتل 4 أشخاص في غارات على بلدات الأشعري والشيفونية.',
      4,
    );
    expect(c.place).toMatchObject({ governorate: 'Rif Dimashq', precision: 'district' });
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
      'وكان الطيران ارتكب مجزرة راح ضحيتها 12 مدنيا بقصف بلدة تل الشاير بريف الحسكة الجنوبي أمس، كما ارتكب مجزرة الاثنين الماضي في قرية "خويبيرة" بريف، راح ضحيتها أكثر من 15 مدنياً.';
    const c = claimOf(text, 16);
    expect(c.place).toMatchObject({ governorate: 'Hasakah', precision: 'city', city: null });
    expect(c.place.text_ar).toContain('خويبيرة');
  });

  it('takes a village named after a figure cut short by its date ("استشهد أربعة مدنيين، اليوم، بقصف على قرية …")', () => {
    const text =
      'استشهد أربعة مدنيين، اليوم الأربعاء، بقصف جوي لطائرات التحالف على قرية الحردان الواقعة بريف الحسكة الجنوبي الشرقي.';
    const c = claimOf(text, 4);
    expect(c.place).toMatchObject({ governorate: 'Hasakah', precision: 'city' });
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
      'ارتفع عدد القتلى بسقوط صاروخين على وسط مدينة اللاذقية إلى 23 شخصا. وذكرت مصادر أن انفجارين استهدفا حي الأوقاف وموقف الحافلات على الطريق العام في مدينة اللاذقية. وقالت الشرطة إن قذائف هاون سقطت على مدينة دمشق وقتلت 3 أشخاص.';
    expect(claimOf(text, 23).place).toMatchObject({ city: 'Latakia', precision: 'neighborhood' });
    expect(claimOf(text, 3).place).toMatchObject({ city: 'Damascus', precision: 'city' });
  });

  it("leaves a source's town where it put it when another source, with another figure, names the quarter", () => {
    const text =
      'قالت وكالة سانا إن سبعة أطفال قتلوا بانفجار عبوة ناسفة في مدينة الصنمين بريف درعا الشمالي. من جهته، أفاد المرصد السوري لحقوق الإنسان بأن ثمانية أطفال قتلوا بانفجار عبوة في حي المجبل بمدينة الصنمين.';
    expect(claimOf(text, 7).place).toMatchObject({ governorate: 'Daraa', precision: 'city' });
    expect(claimOf(text, 8).place).toMatchObject({ governorate: 'Daraa', precision: 'neighborhood' });
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

  it('keeps the city of an incident named the same way', () => {
    const c = claimOf('قتل 8 مدنيين اليوم الاثنين في الرقة شمالي سوريا نتيجة قصف الطيران الحربي على المدينة.', 8);
    expect(c.place).toMatchObject({ governorate: 'Raqqa', city: 'Raqqa', precision: 'city' });
  });
});

describe('place.named-after: a town described before it is named', () => {
  it('is the town the next sentence names in that governorate', () => {
    const text =
      'قتل 19 مدنياً بينهم 7 أطفال في قصف جوي استهدف بلدة في محافظة إدلب في شمال غرب سوريا، بحسب المرصد. وشاهد مصور في بلدة معرشورين في ريف إدلب الجنوبي مباني سويت بالأرض.';
    const c = claimOf(text, 19);
    expect(c.place).toMatchObject({ governorate: 'Idlib', precision: 'city' });
    expect(c.trace?.place).toEqual(['place.named-after']);
  });

  it('keeps the governorate when no town follows', () => {
    const c = claimOf('قتل 19 مدنياً في قصف جوي استهدف بلدة في محافظة إدلب، بحسب المرصد.', 19);
    expect(c.place).toMatchObject({ governorate: 'Idlib', precision: 'governorate' });
  });
});
