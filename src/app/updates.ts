import { useSyncExternalStore } from 'react';

/**
 * Whether a new version of the site (code or dataset) is waiting, and how to switch to it. Fed by the service
 * worker registration in main.tsx (`virtual:pwa-register`), read by <UpdatePrompt>; kept apart from the
 * registration so the prompt can be tested without a service worker.
 */
type Activate = () => Promise<void>;

let waiting: Activate | null = null;
const listeners = new Set<() => void>();

/** A new version is installed and waits; `activate` makes it take over and reloads the page. */
export function offerUpdate(activate: Activate): void {
  waiting = activate;
  for (const l of listeners) l();
}

export function useWaitingUpdate(): Activate | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => waiting,
  );
}
