import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { EMPTY_FILTERS, type FilterState } from '../domain/filter';
import { preferences, type Digits, type Language } from '../lib/preferences';
import type { UrlNotice } from './urlState';
import { hasLocation, readLocation, syncUrl } from './urlSync';

/** An open report: which report, and which claim's words to bring into view. */
export interface OpenReport {
  reportId: string;
  claimId: string | null;
}

/** Everything that describes what the user is looking at; the URL mirrors it (see `urlState`). */
export interface ViewState {
  language: Language;
  digits: Digits;
  filters: FilterState;
  /** The selected incident or tally id. */
  selectedId: string | null;
  report: OpenReport | null;
  /** The map's centre and zoom, once the user moved it (null: fit the data). */
  mapView: MapView | null;
  /** Show UCDP GED's events beside the reports (loads the optional dataset on demand). */
  compare: boolean;
}

/** A map view as the URL keeps it. */
export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

export interface ViewActions {
  setLanguage: (l: Language) => void;
  setDigits: (d: Digits) => void;
  setFilters: (update: (f: FilterState) => FilterState) => void;
  select: (id: string | null) => void;
  openReport: (r: OpenReport | null) => void;
  setMapView: (v: MapView | null) => void;
  setCompare: (on: boolean) => void;
  /** Parameters of the URL that could not be applied, for the page to show; empty when all applied. */
  notices: readonly UrlNotice[];
  /** Adds notices (e.g. ids the loaded dataset lacks). */
  addNotices: (n: readonly UrlNotice[]) => void;
  dismissNotices: () => void;
  /**
   * How the selected event is named in the URL, once the dataset is known: `toUrl` gives an event's stable uid,
   * `fromUrl` finds the event a link names (uid or an older slug). Until then `sel` is written as held.
   */
  setEventLinks: (links: EventLinks | null) => void;
}

/** Maps between the selected event's id (as views compare it) and the stable name a link carries. */
export interface EventLinks {
  toUrl: (id: string) => string;
  fromUrl: (ref: string) => string | null;
}

/** Performance mark set on every filter change (see `features/filters/useFilterTiming`). */
export const FILTER_START_MARK = 'rasd:filter-start';

export type ViewValue = ViewState & ViewActions;
/** The store behind the view state; `eventLinks` is how the URL names events (see `setEventLinks`). */
export type ViewStore = StoreApi<ViewValue & { eventLinks: EventLinks | null }>;

export function initialViewState(): ViewState {
  return {
    language: preferences.language(),
    digits: preferences.digits(),
    filters: EMPTY_FILTERS,
    selectedId: null,
    report: null,
    mapView: null,
    compare: false,
  };
}

/** A view store starting at `start`. Actions are part of the state and never change, so holding one never stales. */
export function createViewStore(start: ViewState, notices: readonly UrlNotice[] = []): ViewStore {
  return createStore<ViewValue & { eventLinks: EventLinks | null }>()((set) => ({
    ...start,
    notices,
    eventLinks: null,
    setLanguage: (language) => {
      preferences.setLanguage(language);
      set({ language });
    },
    setDigits: (digits) => {
      preferences.setDigits(digits);
      set({ digits });
    },
    setFilters: (update) => {
      // Start of "filter change → every view updated"; the filter panel marks the end (issue 5/7 measurements).
      globalThis.performance?.mark?.(FILTER_START_MARK);
      set((s) => ({ filters: update(s.filters) }));
    },
    select: (selectedId) => set({ selectedId }),
    openReport: (report) => set({ report }),
    setMapView: (mapView) => set({ mapView }),
    setCompare: (compare) => set({ compare }),
    addNotices: (n) => {
      if (n.length > 0) set((s) => ({ notices: [...s.notices, ...n] }));
    },
    dismissNotices: () => set({ notices: [] }),
    setEventLinks: (eventLinks) => set({ eventLinks }),
  }));
}

const Context = createContext<ViewStore | null>(null);

/**
 * Holds the view state in a zustand store, so a change reaches only the components that picked what changed
 * (moving the map does not re-render every chart) and every component of one render sees the same state (React's
 * external-store hook; nothing is written during render). Unless `initial` is given (tests, embedding), it starts
 * from the URL and keeps the URL in step (see `urlSync`).
 */
export function ViewStateProvider({
  initial,
  syncUrl: syncWanted,
  children,
}: {
  initial?: ViewState;
  /** Mirror the state in the URL; defaults to true when no `initial` state is given. */
  syncUrl?: boolean;
  children: ReactNode;
}) {
  const sync = (syncWanted ?? initial === undefined) && hasLocation();
  const [store] = useState(() => {
    if (initial && !sync) return createViewStore(initial);
    const { state, notices } = readLocation(initialViewState());
    return createViewStore(state, notices);
  });
  useEffect(() => (sync ? syncUrl(store) : undefined), [store, sync]);
  return <Context.Provider value={store}>{children}</Context.Provider>;
}

const pick = <K extends keyof ViewValue>(s: ViewValue, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, s[k]])) as Pick<ViewValue, K>;

/** The store itself, for handlers and effects that read the current state without subscribing (`getState()`). */
export function useViewStore(): ViewStore {
  const store = useContext(Context);
  if (!store) throw new Error('useViewStore must be used inside ViewStateProvider');
  return store;
}

/**
 * The named fields of the view state; the component re-renders when one of them changes (compared shallowly), and
 * only then: `const { filters, setFilters } = useViewState('filters', 'setFilters')`.
 */
export function useViewState<K extends keyof ViewValue>(...keys: K[]): Pick<ViewValue, K> {
  return useStore(
    useViewStore(),
    useShallow((s: ViewValue) => pick(s, keys)),
  );
}

/**
 * One value derived from the view state; the component re-renders only when it changes (`Object.is`, or shallowly
 * for objects with `shallow`): `useViewSelect((s) => s.filters.query)` does not re-render on a place click.
 */
export function useViewSelect<T>(select: (s: ViewValue) => T): T {
  return useStore(useViewStore(), select);
}

/** Like `useViewSelect`, for a selector that makes a new object or array each time: compared shallowly. */
export function useViewSelectShallow<T>(select: (s: ViewValue) => T): T {
  return useStore(useViewStore(), useShallow(select));
}

// Read in place of a provider's store by components rendered standalone; it never changes.
let noStore: ViewStore | null = null;

/** The named fields, or null outside a provider (for leaf components that also render standalone). */
export function useOptionalViewState<K extends keyof ViewValue>(...keys: K[]): Pick<ViewValue, K> | null {
  const store = useContext(Context);
  const picked = useStore(
    store ?? (noStore ??= createViewStore(initialViewState())),
    useShallow((s: ViewValue) => pick(s, keys)),
  );
  return store ? picked : null;
}
