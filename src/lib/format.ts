import type { CountRange } from '../domain/schema.ts';
import type { Digits, Language } from './preferences.ts';

/**
 * Locale-aware formatting with an explicit numbering system and the Gregorian calendar.
 * Arabic dates use `ar-SY` so months read as Syrians write them (كانون الثاني، شباط …).
 */
export interface Formatter {
  number: (n: number) => string;
  /** A count range: "27", "14+", "17–27"; in Arabic, open and closed ranges are LTR-isolated (U+2066…U+2069). */
  range: (r: CountRange | null) => string;
  /** An ISO day as a readable date. */
  date: (iso: string) => string;
  /** A span of ISO days, collapsed when it is one day. */
  dateSpan: (span: { from: string; to: string } | null) => string | null;
  /** A month label for a `YYYY-MM` key. */
  month: (ym: string) => string;
  percent: (fraction: number) => string;
}

/** The locales asked of Intl for numbers and for dates (also by the page's warm-up, `lib/intlWarmup.ts`). */
export function intlLocales(language: Language, digits: Digits): { number: string; date: string } {
  return {
    number: `${language === 'ar' ? 'ar' : 'en'}-u-nu-${digits}`,
    date: `${language === 'ar' ? 'ar-SY' : 'en-GB'}-u-nu-${digits}-ca-gregory`,
  };
}

/** A day as the dashboard writes it: "20 August 2017", "20 آب 2017". */
export const DAY_FORMAT: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
};

const cache = new Map<string, Formatter>();

/** `make()`'s value, made on the first call. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function formatter(language: Language, digits: Digits): Formatter {
  const key = `${language}-${digits}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const { number: numberLocale, date: dateLocale } = intlLocales(language, digits);
  // Each Intl object is made on its first use: the first one a page makes costs 20–50 ms (the browser loads its
  // locale data), and the loading screen, shown before the dataset, formats nothing unless the download is slow.
  const nf = once(() => new Intl.NumberFormat(numberLocale, { maximumFractionDigits: 0 }));
  const pf = once(() => new Intl.NumberFormat(numberLocale, { style: 'percent', maximumFractionDigits: 0 }));
  const df = once(() => new Intl.DateTimeFormat(dateLocale, DAY_FORMAT));
  const mf = once(() => new Intl.DateTimeFormat(dateLocale, { month: 'short', year: 'numeric', timeZone: 'UTC' }));
  const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
  // Intl date formatting costs ~0.1 ms a call and charts ask for the same few thousand dates on every render.
  const dates = new Map<string, string>();
  const remember = (key: string, make: () => string): string => {
    let hit = dates.get(key);
    if (hit === undefined) {
      if (dates.size > 50_000) dates.clear();
      hit = make();
      dates.set(key, hit);
    }
    return hit;
  };
  const f: Formatter = {
    number: (n) => nf().format(n),
    range: (r) => {
      if (r === null) return '—';
      // Isolated left-to-right so "14+" reads the same inside Arabic text.
      if (r.max === null) return `\u2066${nf().format(r.min)}+\u2069`;
      if (r.max === r.min) return nf().format(r.min);
      // In Arabic a bare "24–52" is laid out right to left and reads "52–24": isolate it left to right.
      const closed = `${nf().format(r.min)}–${nf().format(r.max)}`;
      return language === 'ar' ? `\u2066${closed}\u2069` : closed;
    },
    date: (iso) => remember(`${iso}`, () => df().format(toDate(iso))),
    dateSpan: (span) => {
      if (span === null) return null;
      if (span.from === span.to) return f.date(span.from);
      return remember(`${span.from}/${span.to}`, () => df().formatRange(toDate(span.from), toDate(span.to)));
    },
    month: (ym) => mf().format(toDate(`${ym}-01`)),
    percent: (fraction) => pf().format(fraction),
  };
  cache.set(key, f);
  return f;
}
