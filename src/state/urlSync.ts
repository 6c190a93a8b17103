import { changedParams, isMapOnly, parseView, serialiseView, type UrlNotice } from './urlState';
import type { ViewState, ViewStore } from './viewState';

/** Changes of the same parameters closer together than this (ms) share one history entry. */
const HISTORY_BURST_MS = 1000;

/** The latest a URL write waits for the page to be idle (ms): a reload or a copied link soon after sees the change. */
const WRITE_WITHIN_MS = 250;

/**
 * Runs `work` once the page is idle, after the change has been drawn (every view's render and paint), or within
 * `WRITE_WITHIN_MS` at the latest; where the page has no idle callbacks (tests), after the current task.
 */
function whenDrawn(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: WRITE_WITHIN_MS });
  else setTimeout(work, 0);
}

export const hasLocation = () => typeof window !== 'undefined' && typeof window.history !== 'undefined';

/** The state a page opens with: its URL over `base` (the device's preferences). */
export function readLocation(base: ViewState): { state: ViewState; notices: UrlNotice[] } {
  if (!hasLocation()) return { state: base, notices: [] };
  const { view, notices } = parseView(window.location.search, base.language);
  return { state: { ...base, ...view }, notices };
}

/**
 * The query string for a state; the selected event by the name links carry, once the dataset is known. What the
 * address shows once written (the write waits for the page to be idle), so a link made from the state at once (an
 * export's dictionary) names the view on screen.
 */
export function searchOf(s: ReturnType<ViewStore['getState']>): string {
  const { digits, selectedId, eventLinks, ...view } = s;
  const sel = selectedId !== null && eventLinks ? eventLinks.toUrl(selectedId) : selectedId;
  // Latin digits are the default, so only the Arabic-Indic choice is written (links stay short).
  return `?${serialiseView({ ...view, ...(digits === 'arab' ? { digits } : {}), selectedId: sel }).toString()}`;
}

const urlFields = ['language', 'digits', 'filters', 'selectedId', 'report', 'mapView', 'compare'] as const;

/**
 * Keeps the URL in step with the store: a new history entry per change, except map moves, which replace the entry
 * so panning does not flood the back button, and a burst of the same change (a brush dragged, a number typed), so
 * one back step undoes one intent; back and forward restore the state. Writes wait until the change is drawn (the
 * page idle, `WRITE_WITHIN_MS` at most), so the changes of one event (select + open a report) make one entry and a
 * filter click's frame does not wait for the history (at 100k, 2-4 ms of `replaceState` per click); a page being
 * hidden or left, and a language or digits switch, write at once. Returns the unsubscribe.
 */
export function syncUrl(store: ViewStore): () => void {
  let last: { changed: string; at: number } | null = null;
  // The next write replaces the entry: tidying the URL the page was opened with (or came back to), or naming the
  // selected event by its uid once the dataset is known (an old link's slug becomes its uid).
  let quiet = true;
  let queued = false;
  let live = true;

  // A change was scheduled in the task now running (cleared by a microtask): its further changes join its entry.
  let inTask = false;

  const write = (state = store.getState()) => {
    queued = false;
    if (!live) return;
    const replace = quiet;
    quiet = false;
    const search = searchOf(state);
    if (search === window.location.search) {
      last = { changed: '', at: 0 };
      return;
    }
    const changed = changedParams(window.location.search, search);
    const now = Date.now();
    const burst = last !== null && last.changed === changed && now - last.at < HISTORY_BURST_MS;
    last = { changed, at: now };
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (replace || burst || isMapOnly(changed)) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  };
  const schedule = (replace: boolean) => {
    quiet ||= replace;
    if (queued) return;
    queued = true;
    whenDrawn(flush);
  };
  // Only a write still owed: a flush on leaving makes the idle one that follows a no-op.
  const flush = () => {
    if (queued) write();
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };

  const change = (replace: boolean, previous: ReturnType<ViewStore['getState']>) => {
    // A change of an earlier task still owed its entry (a second click before the page was idle) gets it now, as
    // it was, so two clicks stay two steps back.
    if (queued && !inTask) write(previous);
    if (!inTask) {
      inTask = true;
      queueMicrotask(() => {
        inTask = false;
      });
    }
    schedule(replace);
  };
  const unsubscribe = store.subscribe((next, previous) => {
    if (next.eventLinks !== previous.eventLinks) change(true, previous);
    else if (urlFields.some((k) => next[k] !== previous[k])) change(false, previous);
    // A language or digits switch is written at once: the URL's `lang` outranks the device's choice, so a reload
    // right after the switch (before the page was idle: the whole page re-renders in the new language) opened in
    // the old one. A reload's address is taken when it starts, too early for the write on leaving.
    if (next.language !== previous.language || next.digits !== previous.digits) flush();
  });
  const onPop = () => {
    // Back or forward before the last change was written: the browser has already left the entry it belonged to.
    queued = false;
    const { language, eventLinks } = store.getState();
    // Without `digits` in the URL the default (Latin) applies, as it was written.
    const { view, notices } = parseView(window.location.search, language);
    view.digits ??= 'latn';
    const selectedId = view.selectedId !== null && eventLinks ? eventLinks.fromUrl(view.selectedId) : view.selectedId;
    store.setState({ ...view, selectedId, notices });
    schedule(true);
  };
  window.addEventListener('popstate', onPop);
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHide);
  schedule(true);
  return () => {
    live = false;
    unsubscribe();
    window.removeEventListener('popstate', onPop);
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHide);
  };
}
