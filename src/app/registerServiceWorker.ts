/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';
import { offerUpdate } from './updates';
import { dropOtherDetailCaches } from './detailCaches';
import { builtDatasetHash } from '../dataset/buildChecked';

/** How often an open page asks the server whether a new build or dataset was deployed (ms). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Registers the service worker from the app's own bundle (the CSP allows no inline script). Every visit asks the
 * server for a new service worker; a new one installs, then waits ('prompt') until the visitor presses reload in
 * <UpdatePrompt>, which activates it and reloads the page.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const version = builtDatasetHash();
  if (version && 'caches' in window) void dropOtherDetailCaches(version, caches).catch(() => undefined);
  const sw = navigator.serviceWorker;
  let offered = false;
  const activate = async () => {
    // The page reloads once the new worker controls it, whoever noticed the update.
    sw.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    await updateSW(true);
  };
  const offer = () => {
    if (offered) return;
    offered = true;
    offerUpdate(activate);
  };
  const updateSW = registerSW({
    onNeedRefresh: offer,
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      // workbox-window sees only updates found after it registered (at the load event); the browser's own check on
      // navigation can find, and even finish installing, the new worker before that on a slow machine.
      const waiting = () => {
        if (registration.waiting && sw.controller) offer();
      };
      const follow = () => registration.installing?.addEventListener('statechange', waiting);
      waiting();
      follow();
      registration.addEventListener('updatefound', follow);
      // A returning visitor asks now: Chromium defers its own check after a navigation while the worker is busy
      // serving the page, so on a busy machine the notice could come a minute late, or not before they leave.
      // (register() does not check again when the worker's URL is unchanged.)
      if (sw.controller) void registration.update().catch(() => undefined);
      setInterval(() => void registration.update().catch(() => undefined), CHECK_EVERY_MS);
    },
  });
}
