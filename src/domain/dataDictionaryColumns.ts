/** Column headers and meanings of the exported tables, in English and Arabic: the text of the data dictionary. */
export type ExportLanguage = 'en' | 'ar';

/** The closed vocabularies whose codes a table may hold; `governorate` is the English spelling of GOVERNORATES. */
export type CodeGroup =
  'kind' | 'perpetrator' | 'weapon' | 'victims' | 'precision' | 'qualifier' | 'status' | 'governorate';

export type Text = Readonly<Record<ExportLanguage, string>>;
export interface ColumnText {
  header: Text;
  meaning: Text;
  codes?: CodeGroup;
}

const COUNTS: Record<string, Text> = {
  killed: { en: 'killed', ar: 'القتلى' },
  injured: { en: 'injured', ar: 'الجرحى' },
  children_killed: { en: 'children killed', ar: 'الأطفال القتلى' },
  women_killed: { en: 'women killed', ar: 'النساء القتيلات' },
};
const countColumns = (): Record<string, ColumnText> => {
  const out: Record<string, ColumnText> = {};
  for (const [field, name] of Object.entries(COUNTS)) {
    out[`${field}_min`] = {
      header: { en: `${field}_min`, ar: `${name.ar} (أدنى)` },
      meaning: { en: `Lowest figure of ${name.en}.`, ar: `أدنى رقم لـ${name.ar}.` },
    };
    out[`${field}_max`] = {
      header: { en: `${field}_max`, ar: `${name.ar} (أعلى)` },
      meaning: {
        en: `Highest figure of ${name.en}; empty when open-ended ("at least", "more than").`,
        ar: `أعلى رقم لـ${name.ar}؛ فارغ حين لا حدّ أعلى («على الأقل»، «أكثر من»).`,
      },
    };
    out[`${field}_qualifier`] = {
      header: { en: `${field}_qualifier`, ar: `${name.ar} (وصف الرقم)` },
      meaning: { en: `How the source words the figure of ${name.en}.`, ar: `كيف يصوغ المصدر رقم ${name.ar}.` },
      codes: 'qualifier',
    };
  }
  return out;
};

const t = (en: string, ar: string): Text => ({ en, ar });
const col = (header: Text, meaning: Text, codes?: CodeGroup): ColumnText =>
  codes === undefined ? { header, meaning } : { header, meaning, codes };

/** Every column an export table may have, by key. */
export const COLUMNS: Readonly<Record<string, ColumnText>> = {
  claim_id: col(
    t('claim_id', 'معرّف الادعاء'),
    t('Id of the claim: one statement by one source.', 'معرّف الادعاء: قول واحد لمصدر واحد.'),
  ),
  event_id: col(t('event_id', 'معرّف الحدث'), t('Id of the incident or tally.', 'معرّف الحادثة أو الحصيلة.')),
  kind: col(
    t('kind', 'النوع'),
    t(
      'Incident (one strike, place, day) or tally (an aggregate); never add the two.',
      'حادثة (ضربة واحدة في مكان ويوم) أو حصيلة (مجموع)؛ لا تُجمعان أبدًا.',
    ),
    'kind',
  ),
  current: col(
    t('current', 'سارٍ'),
    t('False when its own source later revised the figure.', 'لا إذا عدّل المصدر نفسه الرقم لاحقًا.'),
  ),
  date_from: col(
    t('date_from', 'من تاريخ'),
    t('First day (ISO 8601); empty when undated.', 'اليوم الأول (ISO 8601)؛ فارغ إن لم يُؤرَّخ.'),
  ),
  date_to: col(
    t('date_to', 'إلى تاريخ'),
    t('Last day (ISO 8601); equals date_from for one day.', 'اليوم الأخير (ISO 8601)؛ يساوي «من تاريخ» ليوم واحد.'),
  ),
  governorate: col(t('governorate', 'المحافظة'), t('Governorate.', 'المحافظة.'), 'governorate'),
  city: col(t('city', 'المدينة'), t('City or town as the claim names it.', 'المدينة أو البلدة كما يسمّيها الادعاء.')),
  neighborhood: col(t('neighborhood', 'الحي'), t('Neighbourhood as the claim names it.', 'الحي كما يسمّيه الادعاء.')),
  place_text_ar: col(
    t('place_text_ar', 'المكان بنص التقرير'),
    t("The place in the report's Arabic words.", 'المكان بكلمات التقرير العربية.'),
  ),
  place: col(t('place', 'المكان (إنكليزي)'), t('Place name in English.', 'اسم المكان بالإنكليزية.')),
  place_ar: col(t('place_ar', 'المكان'), t('Place name in Arabic.', 'اسم المكان بالعربية.')),
  place_id: col(
    t('place_id', 'معرّف المكان'),
    t('Id of the place in the gazetteer.', 'معرّف المكان في المعجم الجغرافي.'),
  ),
  precision: col(
    t('precision', 'دقة الموقع'),
    t('How exactly the place is known.', 'مدى دقة معرفة المكان.'),
    'precision',
  ),
  lat: col(
    t('lat', 'خط العرض'),
    t(
      'Latitude (WGS84, decimal degrees) of the place or of the nearest enclosing place.',
      'خط العرض (WGS84، درجات عشرية) للمكان أو لأقرب مكان يحويه.',
    ),
  ),
  lon: col(t('lon', 'خط الطول'), t('Longitude (WGS84, decimal degrees).', 'خط الطول (WGS84، درجات عشرية).')),
  located_at: col(
    t('located_at', 'موضوع في'),
    t('Id of the place whose coordinates lat/lon are.', 'معرّف المكان الذي تعود إليه الإحداثيات.'),
  ),
  perpetrator: col(
    t('perpetrator', 'الجهة المنفذة'),
    t('Who carried out the attack, as the report says.', 'من نفّذ الهجوم كما يقول التقرير.'),
    'perpetrator',
  ),
  weapon: col(t('weapon', 'السلاح'), t('Weapon or means.', 'السلاح أو الوسيلة.'), 'weapon'),
  victims: col(t('victims', 'الضحايا'), t('Whom the figures count.', 'من تعدّهم الأرقام.'), 'victims'),
  ...countColumns(),
  status: col(
    t('status', 'الحالة'),
    t('Whether the figure is preliminary or revised.', 'هل الرقم حصيلة أولية أم معدّلة.'),
    'status',
  ),
  supersedes: col(
    t('supersedes', 'يحلّ محل'),
    t('Id of the earlier claim this one revises.', 'معرّف الادعاء السابق الذي يعدّله هذا.'),
  ),
  source: col(
    t('source', 'المصدر (إنكليزي)'),
    t('Source of the claim, English name.', 'مصدر الادعاء، بالاسم الإنكليزي.'),
  ),
  source_ar: col(
    t('source_ar', 'المصدر'),
    t('Source name(s) in Arabic, as reports write them.', 'اسم المصدر (أو المصادر) بالعربية كما تكتبه التقارير.'),
  ),
  source_id: col(t('source_id', 'معرّف المصدر'), t('Id of the source.', 'معرّف المصدر.')),
  sources: col(
    t('sources', 'المصادر (إنكليزي)'),
    t('Sources of the incident, English names, separated by "; ".', 'مصادر الحادثة بالإنكليزية، تفصلها «; ».'),
  ),
  source_count: col(t('source_count', 'عدد المصادر'), t('Number of independent sources.', 'عدد المصادر المستقلة.')),
  quote: col(
    t('quote', 'الاقتباس'),
    t("The claim's words in the report (Arabic).", 'كلمات الادعاء في التقرير (بالعربية).'),
  ),
  report_id: col(t('report_id', 'معرّف التقرير'), t('Id of the report quoted.', 'معرّف التقرير المقتبس.')),
  outlet: col(t('outlet', 'الناشر'), t('Outlet that published the report.', 'الجهة التي نشرت التقرير.')),
  published: col(
    t('published', 'تاريخ النشر'),
    t('Publication date of the report (ISO 8601).', 'تاريخ نشر التقرير (ISO 8601).'),
  ),
  quote_start: col(
    t('quote_start', 'بداية الاقتباس'),
    t(
      'Offset of the quote in the NFC report text, UTF-16 code units.',
      'موضع بداية الاقتباس في نص التقرير (NFC)، بوحدات UTF-16.',
    ),
  ),
  quote_end: col(
    t('quote_end', 'نهاية الاقتباس'),
    t('Offset just after the quote (exclusive).', 'الموضع الذي يلي نهاية الاقتباس.'),
  ),
  notes: col(t('notes', 'ملاحظات'), t("The analyst's notes.", 'ملاحظات المحلّل.')),
  discrepancy: col(
    t('discrepancy', 'التباين'),
    t(
      "(highest − lowest) / highest of the sources' killed figures, 0 to 1.",
      '(الأعلى − الأدنى) / الأعلى لأرقام القتلى عند المصادر، من 0 إلى 1.',
    ),
  ),
  preliminary: col(t('preliminary', 'أولية'), t('A source gives a preliminary figure.', 'يذكر مصدرٌ حصيلة أولية.')),
  revised: col(t('revised', 'معدّلة'), t('A source revised its figure.', 'عدّل مصدرٌ رقمه.')),
  claim_ids: col(
    t('claim_ids', 'معرّفات الادعاءات'),
    t('Ids of its claims, separated by spaces.', 'معرّفات ادعاءاتها، تفصلها مسافات.'),
  ),
};
