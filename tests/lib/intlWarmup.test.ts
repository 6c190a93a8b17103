import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { intlLocales } from '../../src/lib/format';
import { intlWarmupScript } from '../../src/lib/intlWarmup';

/** An Intl that records what is asked of it. */
function recordingIntl(asked: string[]) {
  const record = (kind: string) =>
    function (this: unknown, locale: string) {
      asked.push(`${kind} ${locale}`);
      const formatRange = () => {
        asked.push(`range ${locale}`);
        return '';
      };
      return { format: () => '', formatRange, select: () => 'one' };
    };
  return { NumberFormat: record('number'), DateTimeFormat: record('date'), PluralRules: record('plural') };
}

type Where = 'worker' | 'page';

/**
 * Runs the warm-up as the page would, in a window with this URL query and stored preferences, with or without
 * workers; returns where Intl was asked, and for which locales.
 */
function warmUp(search: string, stored: Record<string, string> | 'throws', workers = true) {
  const asked: Record<Where, string[]> = { worker: [], page: [] };
  let workerClosed = false;
  const window = {
    location: { search },
    get localStorage() {
      if (stored === 'throws') throw new Error('storage disabled');
      return { getItem: (key: string) => stored[key] ?? null };
    },
  };
  const blobs = new Map<string, string>();
  const URLWithBlobs = {
    createObjectURL: (blob: { source: string }) => {
      const url = `blob:warm-${blobs.size}`;
      blobs.set(url, blob.source);
      return url;
    },
  };
  class Blob {
    source: string;
    constructor(parts: string[]) {
      this.source = parts.join('');
    }
  }
  // A worker runs its script in its own global scope: an Intl of its own, no window, and `close`.
  class Worker {
    constructor(url: string) {
      const source = blobs.get(url);
      if (source === undefined) throw new Error(`no blob at ${url}`);
      runInNewContext(source, { Intl: recordingIntl(asked.worker), close: () => (workerClosed = true) });
    }
  }
  const page = { window, Intl: recordingIntl(asked.page), URLSearchParams, JSON, URL: URLWithBlobs, Blob };
  runInNewContext(intlWarmupScript(), workers ? { ...page, Worker } : page);
  return { ...asked, workerClosed };
}

const expected = (language: 'ar' | 'en', digits: 'latn' | 'arab') => {
  const locales = intlLocales(language, digits);
  return [`number ${locales.number}`, `date ${locales.date}`, `range ${locales.date}`, `plural ${language}`];
};

describe('the Intl warm-up run before the app', () => {
  it('makes the Intl objects the formatter uses in a worker, off the page’s main thread, for the URL language first, then this device’s', () => {
    const en = warmUp('?lang=en', { 'rasd.language': 'ar' });
    expect(en.worker).toEqual(expected('en', 'latn'));
    expect(en.page).toEqual([]);
    expect(en.workerClosed).toBe(true);
    const arArab = warmUp('', { 'rasd.language': 'ar', 'rasd.digits': 'arab' });
    expect(arArab.worker).toEqual(expected('ar', 'arab'));
    expect(arArab.page).toEqual([]);
  });

  it('makes them on the page when there are no workers', () => {
    const noWorkers = warmUp('?digits=arab', {}, false);
    expect(noWorkers.page).toEqual(expected('ar', 'arab'));
    expect(noWorkers.worker).toEqual([]);
  });

  it('falls back to Arabic with Latin digits, and never throws, when storage is disabled', () => {
    expect(warmUp('', 'throws').worker).toEqual(expected('ar', 'latn'));
    expect(() => runInNewContext(intlWarmupScript(), {})).not.toThrow();
  });
});
