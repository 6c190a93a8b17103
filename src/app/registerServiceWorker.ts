/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';
import { offerUpdate } from './updates';

/** How often an open page asks the server whether a new build or dataset was deployed (ms). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Registers the service worker from the app's own bundle (the CSP allows no inline script). The browser checks
 * for a new service worker on every visit; a new one installs, then waits ('prompt') until the visitor presses
 * reload in <UpdatePrompt>, which activates it and reloads the page.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const updateSW = registerSW({
    onNeedRefresh: () => offerUpdate(() => updateSW(true)),
    onRegisteredSW: (_url, registration) => {
      if (registration) setInterval(() => void registration.update().catch(() => undefined), CHECK_EVERY_MS);
    },
  });
}
