import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { EMPTY_FILTERS, type FilterState } from '../domain/filter';
import { preferences, type Digits, type Language } from '../lib/preferences';
import { parseView, serialiseView, type UrlNotice, type UrlView } from './urlState';

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
  /** Parameters of the URL that could not be applied, for the page to show; empty when all applied. */
  notices: readonly UrlNotice[];
  /** Adds notices (e.g. ids the loaded dataset lacks). */
  addNotices: (n: readonly UrlNotice[]) => void;
  dismissNotices: () => void;
}

/** Performance mark set on every filter change (see `features/filters/useFilterTiming`). */
export const FILTER_START_MARK = 'rasd:filter-start';

const Context = createContext<(ViewState & ViewActions) | null>(null);

export function initialViewState(): ViewState {
  return {
    language: preferences.language(),
    digits: preferences.digits(),
    filters: EMPTY_FILTERS,
    selectedId: null,
    report: null,
    mapView: null,
  };
}

const hasLocation = () => typeof window !== 'undefined' && typeof window.history !== 'undefined';
const toUrlView = ({ digits: _digits, ...view }: ViewState): UrlView => view;

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
  const lastWritten = useRef<{ search: string; mapOnly: string } | null>(null);
  const stateRef = useRef(state);
  const popped = useRef(false);

  useEffect(() => {
    stateRef.current = state;
    if (!sync) return;
    const search = `?${serialiseView(toUrlView(state)).toString()}`;
    const mapOnly = serialiseView({ ...toUrlView(state), mapView: null }).toString();
    const previous = lastWritten.current;
    const wasPop = popped.current;
    lastWritten.current = { search, mapOnly };
    popped.current = false;
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    // Tidying the URL the page was opened with (or came back to) and moving the map are not worth a history entry.
    if (previous === null || wasPop || previous.mapOnly === mapOnly) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }, [state, sync]);

  useEffect(() => {
    if (!sync) return;
    const onPop = () => {
      const { view, notices: found } = parseView(window.location.search, stateRef.current.language);
      popped.current = true;
      setNotices(found);
      setState((s) => ({ ...s, ...view }));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [sync]);

  const addNotices = useCallback((n: readonly UrlNotice[]) => {
    if (n.length > 0) setNotices((old) => [...old, ...n]);
  }, []);
  const dismissNotices = useCallback(() => setNotices([]), []);

  const value = useMemo(
    () => ({
      ...state,
      notices,
      addNotices,
      dismissNotices,
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
    }),
    [state, notices, addNotices, dismissNotices],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useViewState(): ViewState & ViewActions {
  const v = useContext(Context);
  if (!v) throw new Error('useViewState must be used inside ViewStateProvider');
  return v;
}

/** The view state, or null outside a provider (for leaf components that also render standalone). */
export function useOptionalViewState(): (ViewState & ViewActions) | null {
  return useContext(Context);
}
