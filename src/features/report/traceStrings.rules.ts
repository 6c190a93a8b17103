/**
 * "Why these values": each extraction rule id as a sentence a reader can check against the report text. The ids are
 * those of data/ingest/rules.json, data/ingest/place-rules.json and the steps of src/ingest; a dotted id is a nested
 * key (i18next's key separator). The examples are phrases of the construction, not quotes of any report.
 */

/** The English tree's keys, every leaf a string: a rule described in one language only does not compile. */
type SameKeys<T> = { readonly [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

const en = {
  count: {
    statement: 'The figure the sentence states, with its casualty word',
    'sub-count': 'A part of the figure (“بينهم …”: children, women)',
    'sum-of-people': 'People named together are added up (“ستة رجال وطفل” = 7)',
    'itemised-list': 'One item of a list by place (“30 في حلب و2 في إدلب”)',
    exceeds: '“More than N” is kept as more than N',
    ordinal: 'A number after a unit of time and “الـ” (“لليوم الـ20”): the day or week of a campaign, not people',
    'combined-verbs':
      'Dead and injured counted together before one figure (“بمقتل وإصابة 12 شخصًا”): no figure of either',
    'some-of': 'A casualty word with “عدد من” or “العديد من” and no number (“أصيب عدد من الأهالي”): at least two',
    'list-role':
      'People counted right after another figure, joined by “و” or “مقابل”: dead or injured as that figure is',
    'not-hurt': 'People said to be missing or trapped (“4 مفقودين”) are not counted as dead or injured',
    'fall-verbs':
      'A word of falling before casualties with no number (“سقوط جرحى”): at least two; none if it is negated',
    'vague-unplaced':
      'Casualties with no number in places the report does not name (“في مناطق مختلفة”): a summary of its strikes, no claim',
  },
  coref: {
    'same-event':
      'A second figure for the attack of the sentence before (“الغارة ذاتها”): that attack’s place, date and attacker',
    'follow-up-injured':
      'The injured the same source adds a few sentences later for the attack already told (“كما أصيب 9 في القصف نفسه”): one claim',
    'repeated-injured': 'An injured figure the same source already gave beside its dead: a repetition, not a claim',
    'headline-figure': 'A headline that rounds off the body’s figure (“نحو 20” as “20 قتيلًا”): one claim, the body’s',
    'lead-source-kind':
      'A lead’s figure from a kind of source (“وفق وسائل إعلام رسمية”) and the same figure from such an outlet: one claim, the outlet’s',
  },
  date: {
    statement: 'The date the statement gives',
    sentence: 'A date given elsewhere in the same sentence',
    follows: 'The date of the statement before: the report goes on about the same day',
    continuation: 'The report continues the account of the day before',
    'report-day': 'A day word (“أمس”, “اليوم”, a weekday) counted from the publication date',
    'same-day-report': 'A report of today’s events (“اليوم”, “قبل قليل”): the publication date',
    'same-event': 'The date of the incident this figure joins',
    'period-anchor': 'A period (“خلال أسبوع”, “منذ بداية الشهر”) counted back from the publication date',
    'repeated-figure': 'The same figure given earlier in the report with its date',
    'time-of-day': 'A time of day (“فجر”, “مساء”)',
    'weekday-conflict': 'A weekday that does not match the day number (the number is kept)',
    'conflict-start':
      'The whole war (“منذ بداية الحرب”): from the start of the uprising, 15 March 2011, to publication',
    'next-sentence': 'The day the next sentence gives, the same speaker going on (“وأضاف أن ذلك جرى مساء أمس”)',
    'relative-clause': 'A period in a clause about something else (“الذي يخضع للحصار منذ عام”) is not the event’s date',
    'since-start': 'Since a start the text dates (“منذ بدء الهجوم يوم الأحد الماضي”): from that day to publication',
    'month-slip':
      'The same start given by a weekday and as a date printed in another month: the month is a slip, the weekday’s day is kept',
  },
  kind: {
    incident: 'One attack on one place: an incident',
    period: 'A figure over a period: a tally',
    'plural-places': 'A figure over several places: a tally',
    'tally-word': 'A toll (“حصيلة”) over more than one attack: a tally',
    'wide-place': 'A figure over a whole governorate or region: a tally',
    itemised: 'An item of a list by place: a tally of that place',
    'period-phrase': 'A campaign or a span of days as the figure’s time (“خلال الحملة الأخيرة”): a tally',
    'war-toll': 'A figure in the thousands (“أكثر من 3 آلاف”): the toll of a war or a campaign, a tally',
    'two-localities': 'Two towns or villages joined by “و”: a tally, as one strike hits one place',
    'one-locality': 'One town or village named, though only its governorate is known (“قرية في ريف حلب”): an incident',
    'country-wide': 'A part of the country named by its direction (“في شرق البلاد”): a tally',
    'part-of-tally':
      'Figures in a tally’s sentence that add up to it (“هم 10 مدنيين و5 عناصر”): its parts, tallies too',
  },
  perpetrator: {
    statement: 'The attacker the statement names',
    sentence: 'An attacker named elsewhere in the same sentence',
    'previous-sentence': 'The attacker of the sentence before',
    lead: 'The attacker named in the report’s lead',
    none: 'No attacker named: unknown',
    'landmine-unknown': 'A mine or war remnant: who laid it is unknown',
    'period-unstated':
      'A toll over a period, or of fighters, that names no attacker: unknown, not the report’s lead attacker',
    'barrel-bombs': 'Barrel bombs (“براميل متفجرة”), dropped by government helicopters: the Syrian government',
    'bomb-unstated': 'A car bomb or an explosive device with no one named in the statement: unknown, as with mines',
    'artillery-with-russian-air':
      'Artillery shelling and Russian air strikes in one statement: the Syrian government and Russia',
  },
  place: {
    statement: 'The place the statement names',
    sentence: 'A place named elsewhere in the same sentence',
    'previous-sentence': 'The place of the sentence before',
    'tally-area': 'The area the tally covers',
    none: 'No place named',
    'common-noun': 'A town name that is also an ordinary word is a place only after a locality word (“قرية الشجرة”)',
    surroundings: '“محيط” (the surroundings of) a town: a district of its governorate; around Damascus, Rif Dimashq',
    'reference-point':
      'A place after a direction or “قرب” locates the place before it; named alone, the area around it',
    context:
      'No known place in the statement: the place of the sentences just before, or a quarter or village inside it',
    'tally-governorate': 'A tally’s bare governorate name (“5 في حمص”): the governorate, not its capital',
    'report-neighbourhood': 'A report of one strike names the city, and elsewhere the one quarter struck: that quarter',
    'city-and-countryside':
      'A capital with its whole countryside (“حماة وريفها”): the governorate; with one side, a district',
    'named-after': 'A town described before it is named (“قُصفت قرية في …”): the town the next sentences name',
  },
  source: {
    statement: 'The source the statement quotes (“قال المرصد …”)',
    sentence: 'A source named elsewhere in the same sentence',
    'previous-speaker': 'The speaker of the sentence before, still speaking',
    'outlet-voice': 'No source named: the outlet’s own words',
    'report-frame': 'The source and period of the report the lead names (“في تقريرها الشهري”)',
    unnamed: 'A bare “مصدر” or “مصادر” speaks (“أفادت مصادر أن …”): an unnamed source',
    anaphora: '“المصدر” or “مصدر آخر” points back to the source the report last named',
    addressee: 'A name after a correspondent or a delegate (“لمراسل …”) received the statement: it is not its source',
  },
  status: {
    preliminary: 'A toll expected to rise (“مرجحاً ارتفاع العدد”)',
    revised: 'A toll that rose (“ارتفعت الحصيلة”)',
    revision: 'A later figure of the same source for the same attack: it revises the earlier one',
  },
  victims: {
    nouns: 'The words for the people (“مدنيين”, “عناصر”)',
    none: 'No word for who they were: unknown',
  },
  // The rules file names these two in the singular; the key follows the id, not the field.
  victim: {
    'civilian-words': 'Words near the figure that make its victims civilians (“من أهالي القرية”, “عائلات”)',
    'part-of-figure': 'An item of a list by place: its victims are those of the figure it itemises',
  },
  weapon: {
    statement: 'The weapon the statement names',
    sentence: 'A weapon named elsewhere in the same sentence',
    'air-actor': 'Aircraft named as the attacker: an air strike',
    none: 'No weapon named: unknown',
    'previous-sentence': 'The weapon of the sentence before',
    'air-munition':
      'Missiles named with the aircraft that fire them (“طائرات … بالصواريخ”): an air strike, not rockets',
    'not-in-format':
      'A means the dataset has no value for (sniper, explosive device, gas): unknown; a sniper or a device beside another means: mixed weapons',
    hedged: 'Two means joined by “أو” (“بقذيفة أو بطائرة مسيّرة”): the source’s guess, unknown',
    'bare-shells':
      'Shells of no stated kind (“قذائف”): the kind the report names elsewhere; several, mixed; none, artillery',
    lead: 'No weapon of its own: the one the headline and lead name',
    'joint-attack': 'The coalition and the SDF named together for one bombardment: air and ground fire, mixed weapons',
  },
  group: {
    'same-report': 'Read as one incident within the report',
    'same-strike': 'The same place, the same day and compatible attackers in another report: the same strike',
    revision: 'A later figure of the same source for the same strike',
  },
};

const ar: SameKeys<typeof en> = {
  count: {
    statement: 'الرقم الذي تذكره الجملة مع كلمة الضحايا',
    'sub-count': 'جزء من الرقم («بينهم …»: أطفال، نساء)',
    'sum-of-people': 'أشخاص ذُكروا معًا فجُمعوا («ستة رجال وطفل» = 7)',
    'itemised-list': 'بند من قائمة بحسب المكان («30 في حلب و2 في إدلب»)',
    exceeds: '«أكثر من N» يبقى أكثر من N',
    ordinal: 'رقم بعد وحدة زمن و«الـ» («لليوم الـ20»): يوم أو أسبوع من حملة، لا عدد أشخاص',
    'combined-verbs': 'قتلى وجرحى معدودون معًا قبل رقم واحد («بمقتل وإصابة 12 شخصًا»): لا رقم لأيٍّ منهما',
    'some-of': 'كلمة إصابة أو قتل مع «عدد من» أو «العديد من» دون رقم («أصيب عدد من الأهالي»): اثنان على الأقل',
    'list-role': 'أشخاص عُدّوا بعد رقم آخر مباشرةً، يربطهم به «و» أو «مقابل»: قتلى أو جرحى مثل ذلك الرقم',
    'not-hurt': 'أشخاص وُصفوا بأنهم مفقودون أو عالقون («4 مفقودين») لا يُعدّون قتلى ولا جرحى',
    'fall-verbs': 'كلمة سقوط أو وقوع قبل ضحايا بلا رقم («سقوط جرحى»): اثنان على الأقل؛ ولا رقم إن سبقها نفي',
    'vague-unplaced':
      'ضحايا بلا رقم في أماكن لا يسمّيها التقرير («في مناطق مختلفة»): خلاصة لغارات التقرير، لا ادعاء مستقلًا',
  },
  coref: {
    'same-event': 'رقم ثانٍ للهجوم الذي ذكرته الجملة السابقة («الغارة ذاتها»): مكانه وتاريخه ومنفّذه',
    'follow-up-injured':
      'جرحى يضيفهم المصدر نفسه بعد جمل قليلة للهجوم الذي رواه («كما أصيب 9 في القصف نفسه»): ادعاء واحد',
    'repeated-injured': 'رقم جرحى ذكره المصدر نفسه من قبل مع قتلاه: تكرار، لا ادعاء مستقل',
    'headline-figure': 'عنوان يقرّب رقم المتن («20 قتيلًا» عن «نحو 20»): ادعاء واحد هو ادعاء المتن',
    'lead-source-kind':
      'رقم في المقدمة منسوب إلى نوع من المصادر («وفق وسائل إعلام رسمية») والرقم نفسه من وسيلة من هذا النوع: ادعاء واحد للوسيلة',
  },
  date: {
    statement: 'التاريخ الذي يذكره التصريح',
    sentence: 'تاريخ مذكور في موضع آخر من الجملة نفسها',
    follows: 'تاريخ التصريح السابق: يتابع التقرير الحديث عن اليوم نفسه',
    continuation: 'يتابع التقرير رواية اليوم السابق',
    'report-day': 'كلمة يوم («أمس»، «اليوم»، يوم من أيام الأسبوع) محسوبة من تاريخ النشر',
    'same-day-report': 'تقرير عن أحداث اليوم («اليوم»، «قبل قليل»): تاريخ النشر',
    'same-event': 'تاريخ الحادثة التي ينضم إليها هذا الرقم',
    'period-anchor': 'مدة («خلال أسبوع»، «منذ بداية الشهر») محسوبة رجوعًا من تاريخ النشر',
    'repeated-figure': 'الرقم نفسه ذُكر سابقًا في التقرير مع تاريخه',
    'time-of-day': 'وقت من اليوم («فجر»، «مساء»)',
    'weekday-conflict': 'يوم أسبوع لا يوافق رقم اليوم (يُعتمد الرقم)',
    'conflict-start': 'الحرب كلها («منذ بداية الحرب»): من بداية الانتفاضة في 15 آذار/مارس 2011 حتى تاريخ النشر',
    'next-sentence': 'اليوم الذي تذكره الجملة التالية، والمتحدث نفسه يتابع («وأضاف أن ذلك جرى مساء أمس»)',
    'relative-clause': 'مدة داخل جملة صلة عن أمر آخر («الذي يخضع للحصار منذ عام») ليست تاريخ الحدث',
    'since-start': 'منذ بداية يؤرّخها النص («منذ بدء الهجوم يوم الأحد الماضي»): من ذلك اليوم حتى تاريخ النشر',
    'month-slip': 'البداية نفسها ذُكرت بيوم من الأسبوع وبتاريخ مطبوع في شهر آخر: الشهر المطبوع سهو، ويُعتمد يوم الأسبوع',
  },
  kind: {
    incident: 'هجوم واحد على مكان واحد: حادثة',
    period: 'رقم عن مدة: حصيلة',
    'plural-places': 'رقم عن عدة أماكن: حصيلة',
    'tally-word': '«حصيلة» عن أكثر من هجوم: حصيلة',
    'wide-place': 'رقم عن محافظة أو منطقة كاملة: حصيلة',
    itemised: 'بند من قائمة بحسب المكان: حصيلة ذلك المكان',
    'period-phrase': 'حملة أو أيام عدة زمنًا للرقم («خلال الحملة الأخيرة»): حصيلة',
    'war-toll': 'رقم بالآلاف («أكثر من 3 آلاف»): حصيلة حرب أو حملة',
    'two-localities': 'بلدتان أو قريتان يجمعهما «و»: حصيلة، فالغارة الواحدة تصيب مكانًا واحدًا',
    'one-locality': 'بلدة أو قرية واحدة وإن لم تُعرف إلا محافظتها («قرية في ريف حلب»): حادثة',
    'country-wide': 'جزء من البلاد يُسمّى بجهته («في شرق البلاد»): حصيلة',
    'part-of-tally': 'أرقام في جملة الحصيلة مجموعها يساويها («هم 10 مدنيين و5 عناصر»): أجزاؤها، وهي حصائل أيضًا',
  },
  perpetrator: {
    statement: 'المنفّذ الذي يسمّيه التصريح',
    sentence: 'منفّذ مذكور في موضع آخر من الجملة نفسها',
    'previous-sentence': 'منفّذ الجملة السابقة',
    lead: 'المنفّذ المذكور في مقدمة التقرير',
    none: 'لم يُذكر منفّذ: غير معروف',
    'landmine-unknown': 'لغم أو مخلفات حرب: من زرعها غير معروف',
    'period-unstated': 'حصيلة عن مدة أو عن مقاتلين لا تسمّي منفّذًا: غير معروف، لا منفّذ مقدمة التقرير',
    'barrel-bombs': 'براميل متفجرة تلقيها مروحيات النظام: قوات النظام',
    'bomb-unstated': 'سيارة مفخخة أو عبوة ناسفة لم يُذكر في التصريح من وراءها: غير معروف، كالألغام',
    'artillery-with-russian-air': 'قصف مدفعي وغارات روسية في تصريح واحد: النظام وروسيا',
  },
  place: {
    statement: 'المكان الذي يسمّيه التصريح',
    sentence: 'مكان مذكور في موضع آخر من الجملة نفسها',
    'previous-sentence': 'مكان الجملة السابقة',
    'tally-area': 'المنطقة التي تشملها الحصيلة',
    none: 'لم يُذكر مكان',
    'common-noun': 'اسم بلدة هو أيضًا كلمة عادية لا يُقرأ مكانًا إلا بعد كلمة مثل «قرية» أو «بلدة» («قرية الشجرة»)',
    surroundings: '«محيط» بلدة: منطقة من محافظتها؛ ومحيط دمشق وريفها: ريف دمشق',
    'reference-point': 'مكان بعد جهة أو «قرب» يحدّد موقع المكان الذي قبله؛ وإن ذُكر وحده فهو المنطقة المحيطة به',
    context: 'لا مكان معروفًا في التصريح: مكان الجمل السابقة القريبة، أو حي أو قرية فيه',
    'tally-governorate': 'اسم محافظة مجرّد في حصيلة («5 في حمص»): المحافظة لا مركزها',
    'report-neighbourhood': 'تقرير عن غارة واحدة يذكر المدينة، ويذكر في موضع آخر الحي الوحيد المستهدف فيها: ذلك الحي',
    'city-and-countryside': 'مركز محافظة مع ريفه كله («حماة وريفها»): المحافظة؛ ومع جهة واحدة منه: منطقة',
    'named-after': 'بلدة وُصفت قبل أن تُسمّى («قُصفت قرية في …»): البلدة التي تسمّيها الجمل التالية',
  },
  source: {
    statement: 'المصدر الذي ينقل عنه التصريح («قال المرصد …»)',
    sentence: 'مصدر مذكور في موضع آخر من الجملة نفسها',
    'previous-speaker': 'متحدث الجملة السابقة ما زال يتكلم',
    'outlet-voice': 'لم يُذكر مصدر: كلام الوسيلة نفسها',
    'report-frame': 'مصدر التقرير الذي تذكره المقدمة ومدته («في تقريرها الشهري»)',
    unnamed: '«مصدر» أو «مصادر» دون اسم («أفادت مصادر أن …»): مصدر غير مسمّى',
    anaphora: '«المصدر» أو «مصدر آخر» يعود إلى آخر مصدر سمّاه التقرير',
    addressee: 'اسم بعد «مراسل» أو «مندوب» («لمراسل …») هو من تلقّى التصريح، لا مصدره',
  },
  status: {
    preliminary: 'حصيلة يُرجَّح ارتفاعها («مرجحاً ارتفاع العدد»)',
    revised: 'حصيلة ارتفعت («ارتفعت الحصيلة»)',
    revision: 'رقم لاحق من المصدر نفسه للهجوم نفسه: يعدّل الرقم السابق',
  },
  victims: {
    nouns: 'الكلمات التي تصف الضحايا («مدنيين»، «عناصر»)',
    none: 'لا كلمة تصف من هم: غير معروف',
  },
  victim: {
    'civilian-words': 'كلمات قرب الرقم تجعل ضحاياه مدنيين («من أهالي القرية»، «عائلات»)',
    'part-of-figure': 'بند من قائمة بحسب المكان: ضحاياه ضحايا الرقم الذي يفصّله',
  },
  weapon: {
    statement: 'السلاح الذي يذكره التصريح',
    sentence: 'سلاح مذكور في موضع آخر من الجملة نفسها',
    'air-actor': 'طائرات ذُكرت منفّذًا: غارة جوية',
    none: 'لم يُذكر سلاح: غير معروف',
    'previous-sentence': 'سلاح الجملة السابقة',
    'air-munition': 'صواريخ ذُكرت مع الطائرات التي تطلقها («طائرات … بالصواريخ»): غارة جوية لا قصف صاروخي',
    'not-in-format':
      'وسيلة لا قيمة لها بين أسلحة البيانات (قنص، عبوة ناسفة، غاز): غير معروف؛ والقنص أو العبوة مع وسيلة أخرى: أسلحة متعددة',
    hedged: 'وسيلتان يجمعهما «أو» («بقذيفة أو بطائرة مسيّرة»): تخمين المصدر، غير معروف',
    'bare-shells':
      'قذائف لم يُذكر نوعها («قذائف»): النوع الذي يذكره التقرير في موضع آخر؛ وأنواع عدة: أسلحة متعددة؛ ولا شيء: مدفعية',
    lead: 'لا سلاح خاصًا به: السلاح الذي يذكره العنوان والمقدمة',
    'joint-attack': 'التحالف الدولي و«قسد» معًا في قصف واحد: غارات جوية وقصف بري، أسلحة متعددة',
  },
  group: {
    'same-report': 'قُرئ حادثةً واحدة داخل التقرير',
    'same-strike': 'المكان نفسه واليوم نفسه ومنفّذ متوافق في تقرير آخر: الغارة نفسها',
    revision: 'رقم لاحق من المصدر نفسه للغارة نفسها',
  },
};

export const ruleStrings = { en, ar };
