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
import { firstClickChange, rehearseFilterChange, useFirstClickRehearsal } from '../../src/state/firstClick';
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
  return rehearse ? <Rehearsal events={model.incidents} /> : null;
}

function Rehearsal({ events }: { events: ReturnType<typeof shippedModel>['incidents'] }) {
  // A list of its own per mount: a page rehearses once per dataset (its event list), and each test is a new page.
  const [own] = useState(() => [...events]);
  useFirstClickRehearsal(own, () => true);
  return null;
}

function Direct({ events }: { events: ReturnType<typeof shippedModel>['incidents'] }) {
  useFirstClickRehearsal(events, () => true);
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
    const [start, during, after] = seen.filters;
    // The change really reached the views (that is what warms their code)...
    expect(during?.perpetrators).toHaveLength(1);
    expect(seen.selections[1]?.incidents.length).toBeLessThan(seen.selections[0]?.incidents.length ?? 0);
    // ...and was taken back: the same objects as before, so no view has anything left to redo.
    expect(after).toBe(start);
    expect(seen.store?.getState().filters).toBe(start);
    expect(seen.selections[2]).toBe(seen.selections[0]);
    expect(seen.filters).toHaveLength(3);
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
    const events = shippedModel().incidents;
    const mark = vi.spyOn(performance, 'mark');
    const rehearsals = () => mark.mock.calls.filter(([name]) => name === 'rasd:first-click-rehearsed').length;
    const first = renderPanel(<Direct events={events} />, 'en');
    await waitFor(() => expect(rehearsals()).toBe(1));
    first.unmount();
    renderPanel(<Direct events={events} />, 'en');
    await act(() => new Promise((r) => setTimeout(r, 150)));
    expect(rehearsals()).toBe(1);
  });

  it('renders nothing for a change that changes nothing, and toggles the middle event’s perpetrator', async () => {
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
    const middle = model.incidents[model.incidents.length >> 1]?.perpetrator;
    const change = firstClickChange(model.incidents);
    const on = change(store.getState().filters);
    expect(on.perpetrators).toEqual([middle]);
    expect(change(on).perpetrators).toEqual([]);
    const none = store.getState().filters;
    expect(firstClickChange([])(none)).toBe(none);
  });

  it('keeps the reader’s filters on screen when a click is rehearsed over a filtered view', () => {
    const seen = fresh();
    renderPanel(<Probe seen={seen} rehearse={false} />, 'en', {
      filters: { ...EMPTY_FILTERS, kinds: ['incident'] },
    });
    const store = seen.store as ViewStore;
    const before = store.getState().filters;
    act(() => void rehearseFilterChange(store, firstClickChange(shippedModel().incidents)));
    expect(store.getState().filters).toBe(before);
    expect(seen.filters.at(-1)).toBe(before);
    expect(seen.selections.at(-1)).toBe(seen.selections[0]);
  });
});
