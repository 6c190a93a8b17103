// @vitest-environment jsdom
/**
 * The page rehearses a reader's first filter click once, unseen (src/state/firstClick.ts): the change is rendered
 * and taken back in one task. What the reader relies on: afterwards the view is exactly as it was (the same filters
 * object, the same selection object, the further filters still folded), a reader who has pressed something or
 * changed a filter is never rehearsed over, and a change that changes nothing renders nothing.
 */
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FilterPanel } from '../../src/features/filters/FilterPanel';
import { EMPTY_FILTERS, type FilterState } from '../../src/domain/filter';
import type { SelectionPass } from '../../src/domain/selectionPass';
import {
  firstClickChanges,
  rehearseFilterChange,
  useFirstClickRehearsal,
  type RehearsalData,
} from '../../src/state/firstClick';
import { useSelection } from '../../src/state/selection';
import { useViewState, useViewStore, type ViewStore } from '../../src/state/viewState';
import { shippedModel } from '../helpers/dataset';
import { renderPanel } from './chartsHarness';

/** What every render of the views saw, and the store, for the test to act on. */
interface Seen {
  filters: FilterState[];
  selections: SelectionPass[];
  store: ViewStore | null;
}

function Probe({ seen, rehearse }: { seen: Seen; rehearse: boolean }) {
  const { filters } = useViewState('filters');
  const { model, selection } = useSelection();
  seen.store = useViewStore();
  if (seen.filters.at(-1) !== filters || seen.selections.at(-1) !== selection) {
    seen.filters.push(filters);
    seen.selections.push(selection);
  }
  return rehearse ? <Rehearsal data={model} /> : null;
}

function Rehearsal({ data }: { data: RehearsalData }) {
  // A dataset of its own per mount: a page rehearses once per dataset, and each test is a new page.
  const [own] = useState(() => ({ incidents: [...data.incidents], placesById: data.placesById }));
  useFirstClickRehearsal(own, () => true);
  return null;
}

function Direct({ data }: { data: RehearsalData }) {
  useFirstClickRehearsal(data, () => true);
  return null;
}

const fresh = (): Seen => ({ filters: [], selections: [], store: null });

/** Idle callbacks as a browser gives them when nothing else is going on: a whole 50 ms period. */
beforeEach(() => {
  vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) =>
    setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 50 }), 20),
  );
  vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the first click, rehearsed', () => {
  it('renders the change once and leaves the view exactly as it was', async () => {
    const seen = fresh();
    const mark = vi.spyOn(performance, 'mark');
    renderPanel(
      <>
        <FilterPanel />
        <Probe seen={seen} rehearse />
      </>,
      'en',
    );
    await waitFor(() => expect(mark).toHaveBeenCalledWith('rasd:first-click-rehearsed'));
    // Three clicks (a governorate, a perpetrator, both), each rendered and taken back.
    const start = seen.filters[0];
    expect(seen.filters).toHaveLength(7);
    expect(seen.filters.map((f) => [f.places.length, f.perpetrators.length])).toEqual([
      [0, 0],
      [1, 0],
      [0, 0],
      [0, 1],
      [0, 0],
      [1, 1],
      [0, 0],
    ]);
    // Each change really reached the views (that is what warms their code)...
    expect(seen.selections[5]?.incidents.length).toBeLessThan(seen.selections[0]?.incidents.length ?? 0);
    // ...and was taken back: the same objects as before, so no view has anything left to redo.
    for (const i of [2, 4, 6]) {
      expect(seen.filters[i]).toBe(start);
      expect(seen.selections[i]).toBe(seen.selections[0]);
    }
    expect(seen.store?.getState().filters).toBe(start);
    // A perpetrator filter would open the further filters: the rehearsal does not.
    expect(screen.getByText('More filters').closest('details')?.open).toBe(false);
    expect(screen.getByText('No filter applied: everything is shown')).toBeTruthy();
    mark.mockRestore();
  });

  it('is never done over a reader who pressed something, or who changed a filter', async () => {
    const pressed = fresh();
    const view = renderPanel(<Probe seen={pressed} rehearse />, 'en');
    await act(async () => {
      window.dispatchEvent(new Event('pointerdown'));
      await new Promise((r) => setTimeout(r, 150));
    });
    expect(pressed.filters).toHaveLength(1);
    view.unmount();

    const changed = fresh();
    renderPanel(
      <>
        <FilterPanel />
        <Probe seen={changed} rehearse />
      </>,
      'en',
    );
    // A keyboard user's change (keydown also ends the rehearsal; the filter change alone must too).
    const store = changed.store as ViewStore;
    act(() => store.getState().setFilters((f) => ({ ...f, kinds: ['incident'] })));
    await act(() => new Promise((r) => setTimeout(r, 150)));
    expect(changed.filters.map((f) => f.kinds)).toEqual([[], ['incident']]);
  });

  it('rehearses once per dataset: the dashboard mounted again (a language change) does not rehearse again', async () => {
    const data = shippedModel();
    const mark = vi.spyOn(performance, 'mark');
    const rehearsals = () => mark.mock.calls.filter(([name]) => name === 'rasd:first-click-rehearsed').length;
    const first = renderPanel(<Direct data={data} />, 'en');
    await waitFor(() => expect(rehearsals()).toBe(1));
    first.unmount();
    renderPanel(<Direct data={data} />, 'en');
    await act(() => new Promise((r) => setTimeout(r, 150)));
    expect(rehearsals()).toBe(1);
  });

  it('renders nothing for a change that changes nothing; rehearses the middle incident’s governorate and perpetrator', async () => {
    const seen = fresh();
    renderPanel(<Probe seen={seen} rehearse={false} />, 'en');
    const store = seen.store as ViewStore;
    let changed: boolean | null = null;
    act(() => {
      changed = rehearseFilterChange(store, (f) => f);
    });
    expect(changed).toBe(false);
    expect(seen.filters).toHaveLength(1);

    const model = shippedModel();
    const middle = model.incidents[model.incidents.length >> 1];
    const none = store.getState().filters;
    const [place, perpetrator, both] = firstClickChanges(model).map((change) => change(none));
    // The top of the middle incident's place nesting (a governorate), which holds it; its perpetrator; both.
    const top = place?.places[0] ?? '';
    expect(model.placesById.get(top)?.parent ?? null).toBeNull();
    let at = middle?.place_id ?? undefined;
    while (at !== undefined && at !== top) at = model.placesById.get(at)?.parent ?? undefined;
    expect(at).toBe(top);
    expect(perpetrator).toMatchObject({ places: [], perpetrators: [middle?.perpetrator] });
    expect(both).toMatchObject({ places: [top], perpetrators: [middle?.perpetrator] });
    // Turned off when on.
    expect(firstClickChanges(model)[2]?.(both ?? none)).toMatchObject({ places: [], perpetrators: [] });
    expect(firstClickChanges({ incidents: [], placesById: new Map() })).toEqual([]);
  });

  it('keeps the reader’s filters on screen when a click is rehearsed over a filtered view', () => {
    const seen = fresh();
    renderPanel(<Probe seen={seen} rehearse={false} />, 'en', {
      filters: { ...EMPTY_FILTERS, kinds: ['incident'] },
    });
    const store = seen.store as ViewStore;
    const before = store.getState().filters;
    const [, , both] = firstClickChanges(shippedModel());
    act(() => void rehearseFilterChange(store, both ?? ((f) => f)));
    expect(store.getState().filters).toBe(before);
    expect(seen.filters.at(-1)).toBe(before);
    expect(seen.selections.at(-1)).toBe(seen.selections[0]);
  });
});
