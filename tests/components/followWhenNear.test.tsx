// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeIntersectionObserver as fakeObserver } from './fakeIntersectionObserver';
import { render, screen } from '@testing-library/react';
import { FollowWhenNear } from '../../src/features/charts/FollowWhenNear';

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
