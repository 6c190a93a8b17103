import { useEffect, useState, type RefObject } from 'react';

/**
 * True while the element is within `margin` of the viewport (it changes both ways, unlike useNearViewport). Without
 * IntersectionObserver (jsdom, old browsers) it stays true, so every view follows at once.
 */
export function useInReach(ref: RefObject<Element | null>, margin = '200px'): boolean {
  const [near, setNear] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), {
      rootMargin: margin,
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, margin]);
  return near;
}

/**
 * `value` while `near`; away from the viewport, what was shown last, until the reader comes near again. A view far
 * below the fold then does not redraw on every filter click (at 100k a Recharts chart costs tens of ms), and catches
 * up as soon as it can be seen. `behind` says the view shows an older value than it was given.
 */
export function useFollowWhenNear<T>(value: T, near: boolean): { shown: T; behind: boolean } {
  const [kept, setKept] = useState(value);
  // Adjusting state while rendering (React's pattern for following a prop): no extra commit with the old value.
  if (near && kept !== value) setKept(value);
  return near ? { shown: value, behind: false } : { shown: kept, behind: kept !== value };
}
