import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { applyFilters, type Selection } from '../domain/filter';
import type { DatasetModel } from '../dataset/model';
import { useViewState } from './viewState';

const Context = createContext<{ model: DatasetModel; selection: Selection } | null>(null);

/** Filters once, in one place; every view reads the same selection from here. */
export function SelectionProvider({ model, children }: { model: DatasetModel; children: ReactNode }) {
  const { filters } = useViewState();
  const selection = useMemo(() => applyFilters(model, filters), [model, filters]);
  const value = useMemo(() => ({ model, selection }), [model, selection]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSelection(): { model: DatasetModel; selection: Selection } {
  const v = useContext(Context);
  if (!v) throw new Error('useSelection must be used inside SelectionProvider');
  return v;
}
