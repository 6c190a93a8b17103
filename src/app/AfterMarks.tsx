import { useEffect, useState, type ReactNode } from 'react';

/**
 * Longest wait for the map: past it the charts render anyway (a map that failed, a dataset with nothing to draw
 * that never reports, a very slow machine).
 */
const FALLBACK_MS = 3000;
/** Once released the charts stay released: a remount (language change) must not hide them again. */
let released = false;

const marksDrawn = () => document.querySelector('[data-marks-drawn]') !== null;

/**
 * Renders `children` (the charts) only once the map has drawn its first marks. The charts' code (Recharts) and
 * their first render cost more main-thread time than the whole map; started beside it they delay the marks a
 * visitor came for (issue 12.3: "marks paint as soon as data is ready, charts after"). The map sets
 * `data-marks-drawn` on its container as soon as marks are drawn, zero marks included.
 */
export function AfterMarks({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [ready, setReady] = useState(() => released);
  useEffect(() => {
    if (ready) return;
    const release = () => {
      released = true;
      setReady(true);
    };
    if (marksDrawn()) {
      release();
      return;
    }
    const observer = new MutationObserver(() => {
      if (marksDrawn()) release();
    });
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-marks-drawn'] });
    const timer = setTimeout(release, FALLBACK_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [ready]);
  return ready ? children : fallback;
}
