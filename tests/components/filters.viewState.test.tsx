// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { EMPTY_FILTERS } from '../../src/domain/filter';
import {
  initialViewState,
  useViewState,
  useViewStore,
  ViewStateProvider,
  type ViewActions,
} from '../../src/state/viewState';

const renders = { filters: 0, map: 0 };
let actions: ViewActions | null = null;

function FiltersReader() {
  const { filters, setFilters, setMapView, select } = useViewState('filters', 'setFilters', 'setMapView', 'select');
  renders.filters++;
  actions = { setFilters, setMapView, select } as unknown as ViewActions;
  return <p>query: {filters.query}</p>;
}

function MapReader() {
  const { mapView } = useViewState('mapView');
  renders.map++;
  return <p>zoom: {mapView?.zoom ?? 'none'}</p>;
}

function LateReader() {
  // Reads `selectedId` only in a handler: it must see the current value, not the one of its last render.
  const store = useViewStore();
  return (
    <button type="button" onClick={() => (document.title = String(store.getState().selectedId))}>
      read
    </button>
  );
}

describe('view state subscriptions', () => {
  it('re-renders a component only when a field it read changes, and handlers read current values', () => {
    render(
      <ViewStateProvider initial={{ ...initialViewState(), filters: EMPTY_FILTERS }}>
        <FiltersReader />
        <MapReader />
        <LateReader />
      </ViewStateProvider>,
    );
    const before = { ...renders };
    act(() => actions!.setMapView({ lat: 35, lon: 38, zoom: 7 }));
    expect(screen.getByText('zoom: 7')).toBeTruthy();
    expect(renders.filters).toBe(before.filters);
    expect(renders.map).toBeGreaterThan(before.map);

    const mid = { ...renders };
    act(() => actions!.setFilters((f) => ({ ...f, query: 'ادلب' })));
    expect(screen.getByText('query: ادلب')).toBeTruthy();
    expect(renders.map).toBe(mid.map);

    act(() => actions!.select('incident-1'));
    act(() => screen.getByRole('button', { name: 'read' }).click());
    expect(document.title).toBe('incident-1');
  });
});
