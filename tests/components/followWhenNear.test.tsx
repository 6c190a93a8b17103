// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { FollowWhenNear } from '../../src/features/charts/FollowWhenNear';

/** An IntersectionObserver the test drives: `setNear(true/false)` as if the slot scrolled in or out of reach. */
function fakeObserver() {
  let callback: ((entries: Array<{ isIntersecting: boolean }>) => void) | null = null;
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(cb: typeof callback) {
        callback = cb;
      }
      observe() {}
      disconnect() {}
    },
  );
  return { setNear: (near: boolean) => act(() => callback?.([{ isIntersecting: near }])) };
}

afterEach(() => vi.unstubAllGlobals());

const Shown = ({ value }: { value: string }) => (
  <FollowWhenNear value={value}>{(v) => <output aria-label="chart">{v}</output>}</FollowWhenNear>
);

describe('a chart slot below the fold', () => {
  it('follows the filters while near the viewport', () => {
    fakeObserver();
    const { rerender } = render(<Shown value="all victims" />);
    rerender(<Shown value="civilians" />);
    expect(screen.getByRole('status', { name: 'chart' }).textContent).toBe('civilians');
  });

  it('keeps what it showed while away, and catches up as soon as the reader scrolls near it', () => {
    const io = fakeObserver();
    const { rerender } = render(<Shown value="all victims" />);
    io.setNear(false);
    rerender(<Shown value="civilians" />);
    const chart = screen.getByRole('status', { name: 'chart' });
    expect(chart.textContent).toBe('all victims');
    expect(chart.parentElement?.getAttribute('aria-busy')).toBe('true');
    io.setNear(true);
    expect(chart.textContent).toBe('civilians');
    expect(chart.parentElement?.getAttribute('aria-busy')).toBe('false');
  });
});
