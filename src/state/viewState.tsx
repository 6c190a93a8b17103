import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { EMPTY_FILTERS, type FilterState } from '../domain/filter';
import { preferences, type Digits, type Language } from '../lib/preferences';

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
}

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

export function ViewStateProvider({ initial, children }: { initial?: ViewState; children: ReactNode }) {
  const [state, setState] = useState<ViewState>(() => initial ?? initialViewState());
  const value = useMemo(
    () => ({
      ...state,
      setLanguage: (language: Language) => {
        preferences.setLanguage(language);
        setState((s) => ({ ...s, language }));
      },
      setDigits: (digits: Digits) => {
        preferences.setDigits(digits);
        setState((s) => ({ ...s, digits }));
      },
      setFilters: (update: (f: FilterState) => FilterState) => setState((s) => ({ ...s, filters: update(s.filters) })),
      select: (selectedId: string | null) => setState((s) => ({ ...s, selectedId })),
      openReport: (report: OpenReport | null) => setState((s) => ({ ...s, report })),
      setMapView: (mapView: MapView | null) => setState((s) => ({ ...s, mapView })),
    }),
    [state],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useViewState(): ViewState & ViewActions {
  const v = useContext(Context);
  if (!v) throw new Error('useViewState must be used inside ViewStateProvider');
  return v;
}
