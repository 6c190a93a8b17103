// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type React from 'react';
import { act, render } from '@testing-library/react';
import { useViewsSettled, VIEWS_UPDATED_MARK } from '../../src/state/settled';

/** A view given `selection`, drawing it `stale` or caught up. */
function View({ name, stale, selection }: { name: string; stale: boolean; selection: string }) {
  useViewsSettled(name, stale, selection);
  return null;
}

const Views = (p: { chartsStale: boolean; timelineStale: boolean; selection: string }) => (
  <>
    {/* The timeline first: its effects run before the charts', so a mark must wait for the whole commit. */}
    <View name="timeline" stale={p.timelineStale} selection={p.selection} />
    <View name="charts" stale={p.chartsStale} selection={p.selection} />
  </>
);

/** How many times every view was reported updated while `step` ran (effects and their microtasks included). */
async function marksDuring(step: () => void): Promise<number> {
  performance.clearMarks(VIEWS_UPDATED_MARK);
  await act(async () => {
    step();
    await Promise.resolve();
  });
  return performance.getEntriesByName(VIEWS_UPDATED_MARK).length;
}

/** Renders and lets the first commit's report land, so the steps after it count only their own. */
async function mount(ui: React.ReactElement) {
  const view = render(ui);
  await act(async () => {
    await Promise.resolve();
  });
  return view;
}

afterEach(() => performance.clearMarks(VIEWS_UPDATED_MARK));

describe('"every view updated"', () => {
  it('is reported for a new selection no view lags behind (views below the fold take it at once)', async () => {
    const { rerender } = await mount(<Views chartsStale={false} timelineStale={false} selection="a" />);
    expect(await marksDuring(() => rerender(<Views chartsStale={false} timelineStale={false} selection="b" />))).toBe(
      1,
    );
  });

  it('waits for a view drawing at lower priority, even one whose effect runs last in the commit', async () => {
    const { rerender } = await mount(<Views chartsStale={false} timelineStale={false} selection="a" />);
    expect(await marksDuring(() => rerender(<Views chartsStale timelineStale={false} selection="b" />))).toBe(0);
    expect(await marksDuring(() => rerender(<Views chartsStale={false} timelineStale={false} selection="b" />))).toBe(
      1,
    );
  });

  it('is not held back for good by a view that goes away while behind', async () => {
    const { rerender } = await mount(<Views chartsStale timelineStale={false} selection="a" />);
    expect(await marksDuring(() => rerender(<View name="timeline" stale={false} selection="b" />))).toBe(1);
  });
});
