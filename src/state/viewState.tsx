import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { EMPTY_FILTERS, type FilterState } from '../domain/filter';
import { preferences, type Digits, type Language } from '../lib/preferences';
import { changedParams, isMapOnly, parseView, serialiseView, type UrlNotice, type UrlView } from './urlState';

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

type Value = ViewState & ViewActions;
type Listener = (previous: Value, next: Value) => void;

/**
 * The view state lives in a small store rather than in a context value, so a change reaches only the components
 * that read what changed: moving the map or selecting an incident does not re-render every chart. A component
 * reads through `useViewState()` as before; the fields it touches while rendering are what it subscribes to.
 */
interface Store {
  /** The latest rendered value (handlers read it, so they never see a stale field). */
  value: Value;
  listeners: Set<Listener>;
}

const Context = createContext<Store | null>(null);

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

/** Changes of the same parameters closer together than this (ms) share one history entry. */
const HISTORY_BURST_MS = 1000;

const hasLocation = () => typeof window !== 'undefined' && typeof window.history !== 'undefined';
const toUrlView = ({ digits: _digits, ...view }: ViewState, links: EventLinks | null): UrlView => ({
  ...view,
  selectedId: view.selectedId !== null && links ? links.toUrl(view.selectedId) : view.selectedId,
});

/** The state a page opens with: its URL over the device's preferences. */
function fromLocation(): { state: ViewState; notices: UrlNotice[] } {
  const base = initialViewState();
  if (!hasLocation()) return { state: base, notices: [] };
  const { view, notices } = parseView(window.location.search, base.language);
  return { state: { ...base, ...view }, notices };
}

/**
 * Holds the view state. Unless `initial` is given (tests, embedding), it starts from the URL and keeps the URL in
 * step: a new history entry per change, except map moves, which replace the entry so panning does not flood the
 * back button; back and forward restore the state.
 */
export function ViewStateProvider({
  initial,
  syncUrl,
  children,
}: {
  initial?: ViewState;
  /** Mirror the state in the URL; defaults to true when no `initial` state is given. */
  syncUrl?: boolean;
  children: ReactNode;
}) {
  const sync = (syncUrl ?? initial === undefined) && hasLocation();
  const [start] = useState(() => (initial && !sync ? { state: initial, notices: [] } : fromLocation()));
  const [state, setState] = useState<ViewState>(start.state);
  const [notices, setNotices] = useState<readonly UrlNotice[]>(start.notices);
  const lastWritten = useRef<{ search: string; changed: string; at: number } | null>(null);
  const stateRef = useRef(state);
  const popped = useRef(false);
  const links = useRef<EventLinks | null>(null);
  // Bumped when the links change, so the URL is rewritten with uids (an old link's slug becomes its uid).
  const [linksVersion, setLinksVersion] = useState(0);
  const relinked = useRef(false);

  useEffect(() => {
    stateRef.current = state;
    if (!sync) return;
    const search = `?${serialiseView(toUrlView(state, links.current)).toString()}`;
    const previous = lastWritten.current;
    const wasPop = popped.current || relinked.current;
    popped.current = false;
    relinked.current = false;
    if (search === window.location.search) {
      lastWritten.current = { search, changed: '', at: 0 };
      return;
    }
    const changed = changedParams(window.location.search, search);
    const now = Date.now();
    lastWritten.current = { search, changed, at: now };
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    // No new history entry for: tidying the URL the page was opened with (or came back to), moving the map, and
    // a burst of the same change (a brush dragged, a number typed), so one back step undoes one intent.
    const burst = previous !== null && previous.changed === changed && now - previous.at < HISTORY_BURST_MS;
    if (previous === null || wasPop || burst || isMapOnly(changed)) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }, [state, sync, linksVersion]);

  useEffect(() => {
    if (!sync) return;
    const onPop = () => {
      const { view, notices: found } = parseView(window.location.search, stateRef.current.language);
      popped.current = true;
      setNotices(found);
      const sel = view.selectedId !== null && links.current ? links.current.fromUrl(view.selectedId) : view.selectedId;
      setState((s) => ({ ...s, ...view, selectedId: sel }));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [sync]);

  // Stable actions: they only use functional updates, so components and effects that hold them never go stale.
  const actions = useMemo(
    () => ({
      addNotices: (n: readonly UrlNotice[]) => {
        if (n.length > 0) setNotices((old) => [...old, ...n]);
      },
      dismissNotices: () => setNotices([]),
      setEventLinks: (next: EventLinks | null) => {
        links.current = next;
        relinked.current = true;
        setLinksVersion((v) => v + 1);
      },
      setLanguage: (language: Language) => {
        preferences.setLanguage(language);
        setState((s) => ({ ...s, language }));
      },
      setDigits: (digits: Digits) => {
        preferences.setDigits(digits);
        setState((s) => ({ ...s, digits }));
      },
      setFilters: (update: (f: FilterState) => FilterState) => {
        // Start of "filter change → every view updated"; the filter panel marks the end (issue 5/7 measurements).
        globalThis.performance?.mark?.(FILTER_START_MARK);
        setState((s) => ({ ...s, filters: update(s.filters) }));
      },
      select: (selectedId: string | null) => setState((s) => ({ ...s, selectedId })),
      openReport: (report: OpenReport | null) => setState((s) => ({ ...s, report })),
      setMapView: (mapView: MapView | null) => setState((s) => ({ ...s, mapView })),
      setCompare: (compare: boolean) => setState((s) => ({ ...s, compare })),
    }),
    [],
  );
  const value = useMemo(() => ({ ...state, notices, ...actions }), [state, notices, actions]);
  const [store] = useState<Store>(() => ({ value, listeners: new Set() }));
  const committed = useRef(value);
  // Rendering children read the value being rendered; subscribers hear of it once it is committed.
  store.value = value;
  useLayoutEffect(() => {
    const previous = committed.current;
    committed.current = value;
    if (previous !== value) for (const listener of [...store.listeners]) listener(previous, value);
  }, [store, value]);
  return <Context.Provider value={store}>{children}</Context.Provider>;
}

/** Reads the store, re-rendering when a field this component read during its last render changes. */
function useTracked(store: Store | null): Value | null {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const read = useRef(new Set<PropertyKey>());
  const renderedWith = useRef<Value | null>(null);
  read.current.clear();
  renderedWith.current = store?.value ?? null;
  useLayoutEffect(() => {
    if (!store) return;
    const changedForMe = (a: Value, b: Value) =>
      [...read.current].some((k) => a[k as keyof Value] !== b[k as keyof Value]);
    const listener: Listener = (previous, next) => {
      if (changedForMe(previous, next)) rerender();
    };
    store.listeners.add(listener);
    // A change between this render and subscribing would otherwise be missed.
    if (renderedWith.current && changedForMe(renderedWith.current, store.value)) rerender();
    return () => {
      store.listeners.delete(listener);
    };
  }, [store]);
  return useMemo(() => {
    if (!store) return null;
    return new Proxy({} as Value, {
      get: (_target, key) => {
        read.current.add(key);
        return store.value[key as keyof Value];
      },
      has: (_target, key) => key in store.value,
      ownKeys: () => {
        for (const k of Reflect.ownKeys(store.value)) read.current.add(k);
        return Reflect.ownKeys(store.value);
      },
      getOwnPropertyDescriptor: (_target, key) => ({
        value: store.value[key as keyof Value],
        enumerable: true,
        configurable: true,
        writable: false,
      }),
    });
  }, [store]);
}

export function useViewState(): ViewState & ViewActions {
  const v = useTracked(useContext(Context));
  if (!v) throw new Error('useViewState must be used inside ViewStateProvider');
  return v;
}

/** The view state, or null outside a provider (for leaf components that also render standalone). */
export function useOptionalViewState(): (ViewState & ViewActions) | null {
  return useTracked(useContext(Context));
}
