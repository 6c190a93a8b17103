import { useSyncExternalStore } from 'react';
import type { Progress } from './fetchValidated';

/** The current dataset download's progress, for the loading screen. */
let current: Progress | null = null;
const listeners = new Set<() => void>();

export function setProgress(p: Progress | null): void {
  current = p;
  for (const l of listeners) l();
}

export function useProgress(): Progress | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
