/** Small preferences remembered on this device only (never sent anywhere). */
export type Language = 'ar' | 'en';
export type Digits = 'latn' | 'arab';

/** Where each preference is kept in localStorage (read before the app's code too: `lib/intlWarmup.ts`). */
export const PREFERENCE_KEYS = { language: 'rasd.language', digits: 'rasd.digits', tiles: 'rasd.onlineTiles' } as const;

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    // Storage can be disabled (private mode, sandboxed frames): fall back to defaults.
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    /* not remembered: the choice still applies to this visit */
  }
}

export const preferences = {
  language: (): Language => (read(PREFERENCE_KEYS.language) === 'en' ? 'en' : 'ar'),
  setLanguage: (l: Language) => write(PREFERENCE_KEYS.language, l),
  /** Latin digits by default: the reports themselves mostly print Latin digits, so figures match their quotes. */
  digits: (): Digits => (read(PREFERENCE_KEYS.digits) === 'arab' ? 'arab' : 'latn'),
  setDigits: (d: Digits) => write(PREFERENCE_KEYS.digits, d),
  onlineTiles: (): boolean => read(PREFERENCE_KEYS.tiles) === 'on',
  setOnlineTiles: (on: boolean) => write(PREFERENCE_KEYS.tiles, on ? 'on' : 'off'),
};
