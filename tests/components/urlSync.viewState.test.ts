// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_FILTERS } from '../../src/domain/filter';
import { readLocation, searchOf, syncUrl } from '../../src/state/urlSync';
import { createViewStore, initialViewState, type ViewStore } from '../../src/state/viewState';

/**
 * The URL follows the view store (state/urlSync.ts): what a person does with the back button depends on which
 * changes make a history entry. The store is driven directly; writes land once the page is idle (here, with no idle
 * callbacks, after the current task).
 */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const params = () => Object.fromEntries(new URLSearchParams(window.location.search));
let stop: (() => void) | null = null;

function open(search: string): ViewStore {
  window.history.replaceState(null, '', `/${search}`);
  const { state, notices } = readLocation({ ...initialViewState(), language: 'en' });
  const store = createViewStore(state, notices);
  stop = syncUrl(store);
  return store;
}

afterEach(() => {
  stop?.();
  stop = null;
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('the URL follows the view', () => {
  it('tidies the opened URL in place, then adds one entry per filter change', async () => {
    const start = window.history.length;
    const store = open('?lang=en');
    await settle();
    expect(window.history.length).toBe(start);
    store.getState().setFilters((f) => ({ ...f, query: 'حلب' }));
    await settle();
    expect(params()).toEqual({ lang: 'en', q: 'حلب' });
    expect(window.history.length).toBe(start + 1);
    store.getState().setFilters((f) => ({ ...f, perpetrators: ['russia'] }));
    await settle();
    expect(params().perp).toBe('russia');
    expect(window.history.length).toBe(start + 2);
  });

  it('moves of the map replace the entry: panning does not flood the back button', async () => {
    const store = open('?lang=en');
    await settle();
    const start = window.history.length;
    for (const zoom of [7, 8, 9]) {
      store.getState().setMapView({ lat: 35, lon: 38, zoom });
      await settle();
    }
    expect(params()).toMatchObject({ lat: '35', lon: '38', zoom: '9' });
    expect(window.history.length).toBe(start);
  });

  it('the changes of one event make one entry', async () => {
    const store = open('?lang=en');
    await settle();
    const start = window.history.length;
    store.getState().select('incident-1');
    store.getState().openReport({ reportId: 'report-1', claimId: null });
    await settle();
    expect(params()).toMatchObject({ sel: 'incident-1', report: 'report-1' });
    expect(window.history.length).toBe(start + 1);
  });

  it('back and forward restore the view, with a notice for a junk parameter', async () => {
    const store = open('?lang=en&q=%D8%AD%D9%84%D8%A8');
    await settle();
    window.history.replaceState(null, '', '/?lang=en&from=2024-01-01&zoom=banana');
    window.dispatchEvent(new PopStateEvent('popstate'));
    const s = store.getState();
    expect(s.filters).toEqual({ ...EMPTY_FILTERS, from: '2024-01-01' });
    expect(s.notices).toEqual([{ param: 'zoom', value: 'banana', reason: 'invalid' }]);
  });

  it('names the selected event by the uid links carry once the dataset is known, in place', async () => {
    const store = open('?lang=en&sel=raqqa-old-slug');
    await settle();
    const start = window.history.length;
    store.getState().setEventLinks({ toUrl: () => 'ev-1a2b3c', fromUrl: () => null });
    await settle();
    expect(params().sel).toBe('ev-1a2b3c');
    expect(window.history.length).toBe(start);
  });

  it('writes after the change, not inside it: the click that made it does not wait for the history', async () => {
    const store = open('?lang=en');
    await settle();
    store.getState().setFilters((f) => ({ ...f, perpetrators: ['russia'] }));
    // Not in the microtasks that end the click's task (React's render and commit run in that task too).
    await Promise.resolve();
    expect(params().perp).toBeUndefined();
    await settle();
    expect(params().perp).toBe('russia');
  });

  it('a page left or hidden before it was idle still leaves with its URL: a reload lands on the same view', async () => {
    // An idle callback that never comes: a busy page, closed or reloaded right after a change.
    vi.stubGlobal('requestIdleCallback', () => 0);
    const store = open('?lang=en');
    const start = window.history.length;
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    store.getState().setFilters((f) => ({ ...f, perpetrators: ['russia'] }));
    expect(params().perp).toBeUndefined();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(params().perp).toBe('russia');
    expect(window.history.length).toBe(start + 1);

    store.getState().setFilters((f) => ({ ...f, weapons: ['airstrike'] }));
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(params().weapon).toBeUndefined();
    visibility.mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(params().weapon).toBe('airstrike');
    visibility.mockRestore();
  });

  it('a language or digits switch is in the address at once: a reload right after it opens as chosen', () => {
    // A busy page: the whole page re-renders in the new language before it is idle.
    vi.stubGlobal('requestIdleCallback', () => 0);
    const store = open('?lang=en');
    store.getState().setLanguage('ar');
    expect(params().lang).toBe('ar');
    store.getState().setDigits('arab');
    expect(params().digits).toBe('arab');
    localStorage.clear();
  });

  it('two clicks before the page is idle stay two steps back; back before a write drops it', async () => {
    vi.stubGlobal('requestIdleCallback', () => 0);
    const store = open('?lang=en');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    const start = window.history.length;
    store.getState().setFilters((f) => ({ ...f, perpetrators: ['russia'] }));
    await settle();
    expect(params().perp).toBeUndefined();
    // The next click, in a later task: the first change gets its own entry first.
    store.getState().setFilters((f) => ({ ...f, weapons: ['airstrike'] }));
    expect(params()).toEqual({ lang: 'en', perp: 'russia' });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(params()).toEqual({ lang: 'en', perp: 'russia', weapon: 'airstrike' });
    expect(window.history.length).toBe(start + 2);

    // A change not yet written when the reader goes back: the page shows where the browser went, and no entry is added.
    store.getState().setFilters((f) => ({ ...f, victims: ['civilians'] }));
    window.history.replaceState(null, '', '/?lang=en&perp=russia');
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(store.getState().filters).toEqual({ ...EMPTY_FILTERS, perpetrators: ['russia'] });
    expect(params()).toEqual({ lang: 'en', perp: 'russia' });
    expect(window.history.length).toBe(start + 2);
  });

  it('names the view the address will show before it is written (what an export right after a click records)', () => {
    vi.stubGlobal('requestIdleCallback', () => 0);
    const store = open('?lang=en');
    store.getState().setFilters((f) => ({ ...f, from: '2017-08-01', perpetrators: ['russia'] }));
    const ahead = searchOf(store.getState());
    expect(window.location.search).not.toBe(ahead);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(window.location.search).toBe(ahead);
  });
});
