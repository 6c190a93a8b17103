import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import type { FilterState } from '../domain/filter';
import type { DatasetModel } from '../dataset/model';
import { duringRehearsal, rehearsing } from '../lib/rehearsal';
import { useViewStore, type ViewStore } from './viewState';

/** Marked when the first click has been rehearsed (tests and the bench wait for it). */
export const REHEARSED_MARK = 'rasd:first-click-rehearsed';

/** The latest the rehearsal waits for a quiet moment (ms); after that it takes the next idle one. */
const QUIET_WITHIN_MS = 8_000;
/** An idle period at least this long (ms) has no frame due: the browser has nothing else to do. */
const QUIET_MS = 45;

/** The datasets (their event lists) already rehearsed on this page. */
const rehearsed = new WeakSet<object>();

/** Input that ends the chance to rehearse, and input that only postpones it by `STILL_MS`. */
const ENGAGING = ['pointerdown', 'keydown', 'touchstart'] as const;
const MOVING = ['pointermove', 'wheel', 'scroll'] as const;
const STILL_MS = 500;

/** The scroll positions a shorter list in between could clamp: the page's and every list scroller's that has moved. */
function keepScroll(): () => void {
  if (typeof document === 'undefined') return () => {};
  const page = { x: window.scrollX, y: window.scrollY };
  const moved = [...document.querySelectorAll<HTMLElement>('.virtual-scroll')]
    .filter((el) => el.scrollTop !== 0)
    .map((el) => [el, el.scrollTop] as const);
  return () => {
    if (window.scrollX !== page.x || window.scrollY !== page.y) window.scrollTo(page.x, page.y);
    for (const [el, top] of moved) if (el.scrollTop !== top) el.scrollTop = top;
  };
}

/**
 * Applies `change` to the view's filters and takes it back, each rendered and committed at once (`flush`), within
 * one task: the page is not painted in between, so the reader sees nothing, and the URL (written once the page is
 * idle) finds the view as it was. The view's own filters object is put back, not a copy. False when `change`
 * changes nothing.
 */
export function rehearseFilterChange(
  store: ViewStore,
  change: (f: FilterState) => FilterState,
  flush: (work: () => void) => void = flushSync,
): boolean {
  const before = store.getState().filters;
  const next = change(before);
  if (next === before) return false;
  const restoreScroll = keepScroll();
  duringRehearsal(() => {
    flush(() => store.setState({ filters: next }));
    flush(() => store.setState({ filters: before }));
  });
  restoreScroll();
  return true;
}

/** What the rehearsal picks its click from: the incidents and the places (for the top of an incident's place). */
export type RehearsalData = Pick<DatasetModel, 'incidents' | 'placesById'>;

/**
 * A reader's likely first clicks, each rehearsed on its own: the box of the middle incident's governorate (the first
 * boxes in the panel are places, and a place is what most readers filter by first), its perpetrator's, and both,
 * each turned on (or off when on). The middle incident is in every result, so the list mounts new cards as a real
 * click's does. None when there is no incident.
 */
export function firstClickChanges({ incidents, placesById }: RehearsalData): Array<(f: FilterState) => FilterState> {
  const middle = incidents[incidents.length >> 1];
  if (middle === undefined) return [];
  let top = middle.place_id;
  // Up to the top of its place's nesting (a cycle in a hand-made gazetteer stops the walk).
  for (let i = 0, up = top && placesById.get(top)?.parent; up && i < 32; i++, up = placesById.get(up)?.parent) {
    top = up;
  }
  const toggle = <T>(list: readonly T[], x: T): T[] => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x]);
  const perpetrator = (f: FilterState) => ({ ...f, perpetrators: toggle(f.perpetrators, middle.perpetrator) });
  // An incident placed nowhere gives no place to click.
  if (top === null) return [perpetrator];
  const place = (f: FilterState) => ({ ...f, places: toggle(f.places, top) });
  return [place, perpetrator, (f) => place(perpetrator(f))];
}

/**
 * Runs `work` in the first idle period, once `ready()`, with no frame due and no input waiting (or, past `within`
 * ms, in the first idle period once `ready()`).
 */
function whenQuiet(work: () => void, ready: () => boolean, within = QUIET_WITHIN_MS): () => void {
  if (typeof requestIdleCallback !== 'function') return () => {};
  const until = performance.now() + within;
  const scheduling = (navigator as Navigator & { scheduling?: { isInputPending?: () => boolean } }).scheduling;
  let id = 0;
  let lastMove = -Infinity;
  const moved = () => {
    lastMove = performance.now();
  };
  const wait = () => {
    id = requestIdleCallback((deadline) => {
      const now = performance.now();
      const busy =
        !ready() ||
        document.visibilityState === 'hidden' ||
        now - lastMove < STILL_MS ||
        scheduling?.isInputPending?.() === true;
      if (busy || (now < until && deadline.timeRemaining() < QUIET_MS)) return wait();
      stop();
      work();
    });
  };
  // A reader who presses something may have opened what a new selection closes (a cluster's list, a popup): the
  // rehearsal is off. One who moves the pointer or scrolls is waited for (a hovered mark's label would close).
  const engaged = () => stop();
  const stop = () => {
    cancelIdleCallback(id);
    for (const type of ENGAGING) window.removeEventListener(type, engaged, true);
    for (const type of MOVING) window.removeEventListener(type, moved, true);
  };
  for (const type of ENGAGING) window.addEventListener(type, engaged, true);
  for (const type of MOVING) window.addEventListener(type, moved, { capture: true, passive: true });
  wait();
  return stop;
}

/**
 * Rehearses a reader's first filter clicks (firstClickChanges), each in its own quiet moment once the page has loaded
 * `data` and is `ready()` (every view drawn, so every view's update code runs); the steps stop when the reader
 * presses something or changes the filters. Marks REHEARSED_MARK after the last. Until a click, the app's update
 * code (the views' renders for a new selection, the map's redraw, the list's new cards) has never run: the first
 * click ran it cold, about 1.5× a later click (issue 12, "first interaction no slower than later ones"). A page
 * without idle callbacks does not rehearse.
 */
export function useFirstClickRehearsal(data: RehearsalData, ready: () => boolean): void {
  const store = useViewStore();
  useEffect(() => {
    // Once per dataset and page: a language change remounts the dashboard, and its code is warm by then.
    if (rehearsed.has(data.incidents)) return;
    const start = store.getState().filters;
    let clicked = false;
    const unsubscribe = store.subscribe((s) => {
      if (s.filters !== start && !rehearsing()) clicked = true;
    });
    // One change per quiet moment: each is taken back within its task, so the page may paint between them.
    const steps = firstClickChanges(data);
    let cancel = () => {};
    const next = () => {
      cancel = whenQuiet(() => {
        const change = steps.shift();
        if (clicked || change === undefined) return unsubscribe();
        rehearsed.add(data.incidents);
        rehearseFilterChange(store, change);
        if (steps.length > 0) return next();
        unsubscribe();
        performance.mark(REHEARSED_MARK);
      }, ready);
    };
    next();
    return () => {
      unsubscribe();
      cancel();
    };
    // `ready` is read when the page is idle, whatever its identity: a new one each render must not start again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, store]);
}
