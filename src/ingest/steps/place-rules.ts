/**
 * Place rules whose Arabic words are data (data/ingest/place-rules.json), folded once on load. A rule's id is what
 * claim traces (`trace.place`) and messages name.
 */
import data from '../../../data/ingest/place-rules.json';
import { foldKey } from '../text';
import { ruleFile, type RuleData } from './rules';

const places = ruleFile(data.rules as RuleData[], 'place rule');

/** The folded words of one list of a place rule of data/ingest/place-rules.json. */
export const placeWords = places.words;

export const PLACE_RULE_IDS = places.ids;

/**
 * Locality words and the level of the name after them: n neighbourhood, v village or town, c city, g governorate,
 * r countryside, s surroundings, p proximity ("قرب").
 */
export const CONTEXT = new Map<string, string>(
  (
    'حي:n حارة:n أحياء:n حيي:n شارع:n مشفى:n مستشفى:n بلدة:v بلدات:v بلدتي:v قرية:v قرى:v قريتي:v مدينة:c مدن:c مدينتي:c ' +
    'منطقة:v مخيم:v ناحية:v محافظة:g محافظتي:g محافظات:g ريف:r محيط:s قرب:p'
  )
    .split(' ')
    .map((kv) => {
      const [k, v] = kv.split(':');
      return [foldKey(k as string), v as string];
    }),
);

/** Single words that are gazetteer names but far more often ordinary words in these reports. */
export const COMMON = new Set(
  'الشمالي الجنوبي الشرقي الغربي الوسط المدينة الاحياء القديمة السوق المنطقة البلدة الجامع المدرسة المشفى الطريق الدولي التحالف النظام الجيش'
    .split(' ')
    .map(foldKey),
);

/** Words after a locality word that are not names ("حي سكني", "المدينة ذاتها"). */
export const GENERIC = new Set(
  'ذاته ذاتها نفسه نفسها السكني السكنية سكني سكنية الواقعة الخاضعة التي الذي المحاذية المجاورة المكتظة واحد اخرى اخر'
    .split(' ')
    .map(foldKey),
);
