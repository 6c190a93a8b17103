import { useRef, type ReactNode } from 'react';
import { useFollowWhenNear, useInReach } from '../../lib/useFollowWhenNear';

/**
 * Renders `children(value)` while the slot is within `margin` of the viewport; away from it the slot keeps what it
 * last showed and catches up when the reader scrolls back near it. A filter change then redraws only the charts a
 * reader can see: at 100k each Recharts chart costs tens of ms to redraw (it renders twice, once more after its
 * store learns the new data), and the grid holds four, most of them below the fold.
 */
export function FollowWhenNear<T>({
  value,
  children,
  margin = '200px',
}: {
  value: T;
  children: (value: T) => ReactNode;
  margin?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { shown, behind } = useFollowWhenNear(value, useInReach(ref, margin));
  // Busy while it shows an older selection than the filters': assistive technology and the bench can tell.
  return (
    <div ref={ref} className="chart-slot" aria-busy={behind} data-stale={behind ? '' : undefined}>
      {children(shown)}
    </div>
  );
}
