/**
 * Localities the gazetteer lacks: a locality word and a name after it ("حارة الجميلي", "قرية عوادة"), kept with the
 * level the word gives so a statement can still be placed honestly (a neighbourhood of a known city, a village of
 * a known governorate).
 */
import type { StepMessage } from '../types';
import type { Token } from '../text';
import type { PlaceMention } from './places';
import { COMMON, CONTEXT, GENERIC } from './place-rules';
import { wordSet } from '../lexicon';

/** A locality word and a name the gazetteer lacks ("حارة الجميلي", "قرية عوادة"): a place of known level. */
export interface UnknownLocality {
  start: number;
  end: number;
  level: 'neighborhood' | 'city';
}

export function unknownPlaces(tokens: readonly Token[], lo: number, hi: number, known: readonly PlaceMention[]) {
  const messages: StepMessage[] = [];
  const value: UnknownLocality[] = [];
  const covered = new Set<number>();
  for (const m of known) for (let k = m.phraseStart; k < m.end; k++) covered.add(k);
  for (let i = lo; i < hi - 1; i++) {
    const t = tokens[i] as Token;
    if (t.k !== 'w' || covered.has(i)) continue;
    const c = t.f.map((f) => CONTEXT.get(f)).find((x) => x !== undefined);
    if (c === undefined || c === 'r' || c === 'g' || c === 's' || c === 'p') continue;
    // Plural localities ("مدن وبلدات خاضعة …") are followed by a description, not a name.
    if (t.f.some((f) => PLURAL_LOCALITY.has(f))) continue;
    const n = tokens[i + 1]?.t === '"' ? i + 2 : i + 1;
    const next = tokens[n];
    // "حي المشفى", "حارة السوق": after a neighbourhood word an ordinary noun is a name.
    const quarter = c === 'n' && t.f.some((f) => QUARTER.has(f));
    if (
      !next ||
      next.k !== 'w' ||
      covered.has(n) ||
      GENERIC.has(next.t) ||
      (!quarter && (COMMON.has(next.t) || CONTEXT.has(next.t)))
    )
      continue;
    // "قرية تل الزعفران", "بلدة عين الفيجة": a name's first word may be short and never alone.
    const second = tokens[n + 1];
    const twoWords =
      NAME_PREFIX.has(next.t) &&
      second !== undefined &&
      second.k === 'w' &&
      !covered.has(n + 1) &&
      !NOT_NAME.has(second.t);
    if ((next.t.length < 3 && !twoWords) || NOT_NAME.has(next.t) || next.t.startsWith('لل')) continue;
    // A quoted name ends at its closing quote ("قرية "حسون باشا""), up to four words.
    let quoted = n;
    while (n > i + 1 && quoted < n + 4 && tokens[quoted]?.k === 'w' && !covered.has(quoted)) quoted++;
    const closed = n > i + 1 && tokens[quoted]?.t === '"' && quoted > n;
    const end = closed ? quoted : twoWords ? n + 2 : n + 1;
    const last = tokens[end - 1] as Token;
    messages.push({ rule: 'place-unknown', reason: 'a locality the gazetteer does not know', start: t.s, end: last.e });
    value.push({ start: i, end, level: c === 'n' ? 'neighborhood' : 'city' });
  }
  return { value, messages };
}

/** First words of place names that need the word after them ("تل الزعفران", "عين ترما", "كفر بطنا"). */
const NAME_PREFIX = wordSet(
  'تل تل عين دير كفر خربة خربت بيت أم ام أبو ابو رأس راس جسر بئر بير حي باب مرج سهل وادي جبل جب مساكن دار',
);

const QUARTER = wordSet('حي حارة');

const PLURAL_LOCALITY = wordSet('بلدات قرى مدن بلدتي قريتي مدينتي مناطق');

/** Words that follow a locality word without being a name ("قرية في ريف", "بلدة تقع"). */
const NOT_NAME = wordSet(
  'في من على الى إلى قرب بالقرب عن تقع يقع تابعة التابعة تابع الواقعة واقعة آخر أخرى اخرى كاملة بأكملها بكاملها ' +
    'سكنية خاضعة الخاضعة المحاصرة محاصرة المحررة محررة نازحين النازحين للأطفال شمال جنوب شرق غرب شمالي جنوبي شرقي غربي',
);
