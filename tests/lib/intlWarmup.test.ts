import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { intlLocales } from '../../src/lib/format';
import { intlWarmupScript } from '../../src/lib/intlWarmup';

/** Runs the warm-up as the page would, in a window with this URL query and stored preferences; returns the locales asked. */
function warmUp(search: string, stored: Record<string, string> | 'throws') {
  const asked: string[] = [];
  const record = (kind: string) =>
    function (this: unknown, locale: string) {
      asked.push(`${kind} ${locale}`);
      const formatRange = () => {
        asked.push(`range ${locale}`);
        return '';
      };
      return { format: () => '', formatRange, select: () => 'one' };
    };
  const window = {
    location: { search },
    get localStorage() {
      if (stored === 'throws') throw new Error('storage disabled');
      return { getItem: (key: string) => stored[key] ?? null };
    },
  };
  const Intl = {
    NumberFormat: record('number'),
    DateTimeFormat: record('date'),
    PluralRules: record('plural'),
  };
  runInNewContext(intlWarmupScript(), { window, Intl, URLSearchParams });
  return asked;
}

describe('the Intl warm-up run before the app', () => {
  it('asks Intl for the locales the formatter uses (a date range too), for the URL language first, then this device’s', () => {
    const en = intlLocales('en', 'latn');
    expect(warmUp('?lang=en', { 'rasd.language': 'ar' })).toEqual([
      `number ${en.number}`,
      `date ${en.date}`,
      `range ${en.date}`,
      'plural en',
    ]);
    const arArab = intlLocales('ar', 'arab');
    expect(warmUp('', { 'rasd.language': 'ar', 'rasd.digits': 'arab' })).toEqual([
      `number ${arArab.number}`,
      `date ${arArab.date}`,
      `range ${arArab.date}`,
      'plural ar',
    ]);
  });

  it('falls back to Arabic with Latin digits, and never throws, when storage is disabled', () => {
    const ar = intlLocales('ar', 'latn');
    expect(warmUp('', 'throws')).toEqual([`number ${ar.number}`, `date ${ar.date}`, `range ${ar.date}`, 'plural ar']);
    expect(() => runInNewContext(intlWarmupScript(), {})).not.toThrow();
  });
});
