/**
 * The grammar words the steps recognise, written in ordinary Arabic and folded once on load. These are language,
 * not data: dictionaries that grow with new reports (sources, perpetrators, weapons, place aliases) live in data/.
 */
import { foldKey } from './text';

/** A set of folded words, written as one space-separated string in ordinary spelling. */
export const wordSet = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean).map(foldKey));
const set = wordSet;
const table = (entries: Record<string, number>): Map<string, number> =>
  new Map(Object.entries(entries).map(([k, v]) => [foldKey(k), v]));

/** Cardinal units 1–10 (both genders, both cases). */
export const UNITS = table({
  واحد: 1,
  واحدة: 1,
  اثنان: 2,
  اثنين: 2,
  اثنتان: 2,
  اثنتين: 2,
  ثلاث: 3,
  ثلاثة: 3,
  أربع: 4,
  أربعة: 4,
  خمس: 5,
  خمسة: 5,
  ست: 6,
  ستة: 6,
  سبع: 7,
  سبعة: 7,
  ثمان: 8,
  ثماني: 8,
  ثمانية: 8,
  تسع: 9,
  تسعة: 9,
  عشر: 10,
  عشرة: 10,
});
/** Units that only appear inside teens ("أحد عشر", "اثنا عشر"). */
export const TEEN_UNITS = table({ أحد: 1, إحدى: 1, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2 });
export const TENS = table({
  عشرون: 20,
  عشرين: 20,
  ثلاثون: 30,
  ثلاثين: 30,
  أربعون: 40,
  أربعين: 40,
  خمسون: 50,
  خمسين: 50,
  ستون: 60,
  ستين: 60,
  سبعون: 70,
  سبعين: 70,
  ثمانون: 80,
  ثمانين: 80,
  تسعون: 90,
  تسعين: 90,
});
export const HUNDREDS = table({
  مئة: 100,
  مائة: 100,
  مئتين: 200,
  مئتان: 200,
  مائتين: 200,
  مائتان: 200,
  ثلاثمئة: 300,
  ثلاثمائة: 300,
  أربعمئة: 400,
  أربعمائة: 400,
  خمسمئة: 500,
  خمسمائة: 500,
  ستمئة: 600,
  ستمائة: 600,
  سبعمئة: 700,
  سبعمائة: 700,
  ثمانمئة: 800,
  ثمانمائة: 800,
  ثمانيمئة: 800,
  تسعمئة: 900,
  تسعمائة: 900,
});
export const THOUSAND = table({ ألف: 1000, آلاف: 1000, ألفين: 2000, ألفان: 2000, مليون: 1000000 });
export const TEN = set('عشر عشرة');

/** Ordinal day numbers ("السادس من أكتوبر"), 1–10; teens and twenties are built from them. */
export const ORDINALS = table({
  الأول: 1,
  الحادي: 1,
  الثاني: 2,
  الثالث: 3,
  الرابع: 4,
  الخامس: 5,
  السادس: 6,
  السابع: 7,
  الثامن: 8,
  التاسع: 9,
  العاشر: 10,
});

/** Verbs and nouns that announce dead people. */
export const KILLED_TRIGGERS = set(`قتل قتلت قتلوا قتلا يقتل مقتل مقتلهم قضى قضوا قضت استشهد استشهدت استشهدوا استشهاد
  شهيد شهيدا شهداء شهيدان قتيل قتيلا قتلى قتيلان ضحايا ضحية ضحيتها ضحيته بحياة حتفهم حتفه وفاة سقط سقوط
  ارتقى ارتقت ارتقوا ارتقاء مصرع مصرعهم مصرعه مصرعها مصرعهما مصرعهن حتفهما حتفها حتفهن`);
/** Verbs and nouns that announce injured people. */
export const INJURED_TRIGGERS = set(`أصيب أصيبت أصيبوا إصابة إصابات بإصابة جرح جرحى جريح جريحا جريحان مصاب مصابا مصابين
  مصابون بجروح بجراح`);

/** Nouns whose count is of dead / of injured, whatever verb is near. */
/** Bodies ("انتشال 4 جثث") are the dead too. */
export const KILLED_NOUNS = set(
  'قتيل قتيلا قتلى قتيلان قتيلين شهيد شهيدا شهداء شهيدان شهيدين ضحية ضحايا جثة جثث جثتين جثتان جثامين',
);
export const INJURED_NOUNS = set('جريح جريحا جرحى جريحان جريحين مصاب مصابا مصابين مصابون مصابان إصابات');

/** Nouns for people, by who they are (stems without article or proclitics). */
export const CIVILIAN_NOUNS =
  set(`مدني مدنيا مدنيين مدنيون مدنيان مدنية مدنيات طفل طفلا أطفال طفلة طفلان طفلين طفلتان طفلتين
  امرأة امرأتان امرأتين نساء سيدة سيدات سيدتان سيدتين رجل رجلا رجال رجلان رجلين مواطن مواطنا مواطنين مواطنون مواطنان
  متطوع متطوعا متطوعين متطوعان مسعف مسعفا مسعفين مسعفان ممرض ممرضا ممرضين ممرضان ممرضة طبيب طبيبا أطباء صحفي صحفيا
  صحفيين صحفيان إعلامي إعلاميين عامل عاملا عمال عاملين طالب طالبا طلاب تلميذ تلاميذ شاب شابا شبان شابان مدرس معلم
  فتاة فتيات فتى شقيق شقيقان شقيقين أشقاء مواطنة مواطنات نسوة`);
export const COMBATANT_NOUNS =
  set(`عنصر عنصرا عناصر عنصران عنصرين مقاتل مقاتلا مقاتلين مقاتلي مقاتلون مقاتلان مسلح مسلحا
  مسلحين مسلحون جندي جنديا جنود جنديان عسكري عسكريا عسكريين عسكريون`);
export const NEUTRAL_NOUNS = set(`شخص شخصا أشخاص شخصان شخصين فرد فردا أفراد آخرين آخرون نسمة`);
export const CHILD_NOUNS = set('طفل طفلا أطفال طفلة طفلان طفلين طفلتان طفلتين أطفالا فتى فتاة');
export const WOMEN_NOUNS = set(
  'امرأة امرأتان امرأتين نساء نسوة سيدة سيدات سيدتان سيدتين مواطنة مواطنات مواطنتان مواطنتين',
);
/** Dual forms that are a count of two by themselves ("طفلان"). -ين forms only where the plural differs. */
export const DUALS = set(`طفلان طفلين طفلتان طفلتين امرأتان امرأتين سيدتان سيدتين مدنيان شخصان شخصين رجلان رجلين
  ممرضان مسعفان متطوعان شابان شابين عنصران عنصرين مقاتلان قتيلان قتيلين جريحان جريحين شقيقان شقيقين مواطنان
  صحفيان شهيدان شهيدين مصابان جنديان جثتان جثتين`);

/** Words after "بينهم": the sub-count follows. */
export const AMONG = set('بينهم منهم بينهن منهن بينها');
/** "others": a vague count of at least two when it follows a casualty verb. */
export const OTHERS = set('آخرين آخرون آخرات أخريات');
/** Vague plural amounts. */
export const TENS_OF = set('عشرات العشرات');
export const HUNDREDS_OF = set('مئات المئات آلاف الآلاف');
/** Nouns of casualties that make a vague count on their own after "سقوط/وقوع" ("سقوط جرحى"). */
export const BARE_CASUALTY = set('قتلى جرحى إصابات ضحايا شهداء مصابين');
export const FALL_VERBS = set('سقوط سقط وقوع وقعت وقع خلف خلفت أوقع أوقعت');
/** Words that negate a casualty nearby ("دون وقوع إصابات"). */
export const NEGATIONS = set('دون بدون لم عدم لا ولم');

/** Words that cut a sentence into clauses belonging to different statements. */
export const CLAUSE_BREAKS = set('فيما بينما حيث إذ لتتجاوز ليرتفع لترتفع');
/** Reporting verbs: after a comma they start someone else's statement; before a source they attribute. */
export const REPORT_VERBS =
  set(`قال قالت أفاد أفادت ذكر ذكرت أكد أكدت أوضح أوضحت أشار أشارت أضاف أضافت تابع تابعت أعلن أعلنت
  وثق وثقت نقل نقلت صرح صرحت رصد رصدت سجل سجلت أحصى أحصت نشر نشرت بحسب حسب وفق وفقا طبقا مصدر مصادر تقرير بيان
  مراسل لفت لفتت قالوا أفادوا ذكروا أكدوا شدد شددت طالب طالبت دعا دعت حذر حذرت اتهم اتهمت أدان أدانت دان دانت وأحصى
  أصدر أصدرت قوله قولها أورد أوردت`);
/** Verbs of statement (not documentation): a date right after them is when it was said, not when it happened. */
export const STATEMENT_VERBS = set(
  'قال قالت أعلن أعلنت ذكر ذكرت صرح صرحت أكد أكدت أفاد أفادت أورد أوردت نشر نشرت صدر صدرت أصدر أصدرت أصدرته أصدره الصادر الصادرة',
);
/** Sentence openers that carry on the previous event's time ("وفي السياق ذاته"). */
export const CONTINUATIONS = ['في غضون ذلك', 'في السياق ذاته', 'في السياق نفسه', 'في الأثناء', 'في سياق متصل'].map(
  foldKey,
);
/** Sentence openers that change the subject: nothing is inherited across them. */
export const TOPIC_SHIFTS = ['إلى ذلك', 'يذكر أن', 'يذكر ان', 'من جهة أخرى', 'من جهتها', 'من جهته', 'على صعيد آخر'].map(
  foldKey,
);
/** Relatives after a singular noun: "رجل وابنه", "امرأة وابنتها" are two people. */
export const KIN =
  set(`ابنه ابنها ابنته ابنتها زوجته زوجها طفله طفلها طفلته طفلتها شقيقه شقيقها شقيقته شقيقتها أخيه أخته
  أخوه أخاه والده والدته والدها والدتها ابنهما ابنتهما ولده ولدها`);
/** Words before a bare total ("بلغت ثمانية عشر", "ارتفع إلى 25"): the toll is named further back. */
export const TOTAL_BEFORE = set('إلى بلغت بلغ وصلت وصل لتصل ليصل');
/** The second noun of a combined figure ("11 قتيلا وجريحا"): killed and injured together, not a claim. */
export const COMBINED_SECOND = set('وجريحا وجرحى وجريح ومصابا ومصابين والجرحى والمصابين ومصاب');
/** "من القتلى": a part of a figure already given, not a new one. */
export const PARTITIVE = set('القتلى الضحايا الشهداء الجرحى المصابين');
