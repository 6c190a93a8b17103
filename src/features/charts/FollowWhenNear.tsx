import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders `children(value)` while the slot is within `margin` of the viewport; away from it the slot keeps what it
 * last showed and catches up when the reader scrolls back near it. A filter change then redraws only the charts a
 * reader can see: at 100k each Recharts chart costs tens of ms to redraw (it renders twice, once more after its
 * store learns the new data), and the grid holds four, most of them below the fold. Without IntersectionObserver
 * (jsdom) every slot follows at once.
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
  const [near, setNear] = useState(true);
  const [shown, setShown] = useState(value);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), {
      rootMargin: margin,
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [margin]);
  // Adjusting state while rendering (React's pattern for following a prop): no extra commit with the old value.
  if (near && shown !== value) setShown(value);
  // Busy while it shows an older selection than the filters': assistive technology and the bench can tell.
  const stale = !near && shown !== value;
  return (
    <div ref={ref} className="chart-slot" aria-busy={stale} data-stale={stale ? '' : undefined}>
      {children(near ? value : shown)}
    </div>
  );
}
