import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { FilterState, Selection } from '../domain/filter';
import { resolveEventRef } from '../domain/ids';
import { rehearseSelectionPass, selectionPass, type SelectionPass } from '../domain/selectionPass';
import { whenIdle } from '../lib/whenIdle';
import type { DatasetModel } from '../dataset/model';
import { useSearchQuotes } from './searchQuotes';
import { useViewState } from './viewState';

/** The latest a rehearsal step waits for the page to be idle (ms). */
const REHEARSAL_WITHIN_MS = 10_000;

/** A committed selection and what it was made from. */
interface Kept {
  model: DatasetModel;
  filters: FilterState;
  quotes: unknown;
  selection: SelectionPass;
}

const Context = createContext<{ model: DatasetModel; selection: SelectionPass } | null>(null);
/** The model alone: views that read only the dataset are not re-rendered by every filter change (see `useModel`). */
const ModelContext = createContext<DatasetModel | null>(null);
/** The last committed selection, for handlers that read it when used (see `useLatestSelection`); never changes. */
const LatestContext = createContext<{ readonly current: SelectionPass | null } | null>(null);

/**
 * Filters once, in one place: one pass gives the selection, its slots, the timeline's context, the facet counts
 * and the undated note; every view reads them from here and none filters again. Also tells the URL how to name
 * events: by their stable uid, so a link survives a rebuild with more reports.
 */
export function SelectionProvider({ model, children }: { model: DatasetModel; children: ReactNode }) {
  const { filters, setEventLinks } = useViewState('filters', 'setEventLinks');
  // The selection on screen and the one before it, with what they were made from.
  const shown = useRef<Kept | null>(null);
  const before = useRef<Kept | null>(null);
  // What `useLatestSelection` hands out: the selection on screen, read when asked.
  const [latest] = useState(() => ({
    get current(): SelectionPass | null {
      return shown.current?.selection ?? null;
    },
  }));
  // While a core's search quotes load, the search waits (SearchBox says so) rather than showing only the events
  // whose place or source names match, as if the quotes held nothing; the pass re-runs once they arrive.
  const quotes = useSearchQuotes(model.details, filters.query);
  const selection = useMemo(() => {
    // A change taken back (a box clicked on and off, a rehearsed click) gives the views the very selection they
    // drew before it, so they have nothing to redo and no view is left marked behind.
    const back = before.current;
    if (back?.model === model && back.filters === filters && back.quotes === quotes) return back.selection;
    return selectionPass(model, quotes === 'loading' ? { ...filters, query: '' } : filters, shown.current?.selection);
  }, [model, filters, quotes]);
  useLayoutEffect(() => {
    if (shown.current?.selection === selection) return;
    before.current = shown.current;
    shown.current = { model, filters, quotes, selection };
  }, [model, filters, quotes, selection]);
  // While the reader looks at the first view, the pass runs the filter changes a reader makes first (large datasets
  // only), so the first click runs code the engine has already optimised.
  useEffect(() => rehearseSelectionPass(model, (step) => void whenIdle(step, REHEARSAL_WITHIN_MS)), [model]);
  // A layout effect, so the links are known before any passive effect (the URL's) runs.
  useLayoutEffect(() => {
    const events = [...model.incidents, ...model.tallies];
    setEventLinks({
      toUrl: (id) => model.eventsById.get(id)?.uid ?? id,
      fromUrl: (ref) => resolveEventRef(ref, events, model.claims)?.id ?? null,
    });
    return () => setEventLinks(null);
  }, [model, setEventLinks]);
  const value = useMemo(() => ({ model, selection }), [model, selection]);
  return (
    <ModelContext.Provider value={model}>
      <LatestContext.Provider value={latest}>
        <Context.Provider value={value}>{children}</Context.Provider>
      </LatestContext.Provider>
    </ModelContext.Provider>
  );
}

export function useSelection(): { model: DatasetModel; selection: SelectionPass } {
  const v = useContext(Context);
  if (!v) throw new Error('useSelection must be used inside SelectionProvider');
  return v;
}

/**
 * The dataset model without the selection. A component reading `useSelection` re-renders with every filter change,
 * at the click's priority, whatever else it memoises; the charts and the timeline, which catch up later, read the
 * model here and the selection from a deferred value.
 */
export function useModel(): DatasetModel {
  const v = useContext(ModelContext);
  if (!v) throw new Error('useModel must be used inside SelectionProvider');
  return v;
}

/**
 * The selection as last committed, read when a handler runs (an export button's click), without re-rendering the
 * component with every filter change. Null only before the provider's first commit.
 */
export function useLatestSelection(): { readonly current: SelectionPass | null } {
  const v = useContext(LatestContext);
  if (!v) throw new Error('useLatestSelection must be used inside SelectionProvider');
  return v;
}

export type { Selection };
