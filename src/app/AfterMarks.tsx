import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Longest wait for the map: past it the rest renders anyway (a map that failed, a dataset with nothing to draw
 * that never reports, a very slow machine).
 */
const FALLBACK_MS = 3000;
/** Once released the rest stays released: a remount (language change) must not hide it again. */
let released = false;
const waiting = new Set<() => void>();
let watching: (() => void) | null = null;

const marksDrawn = () => document.querySelector('[data-marks-drawn]') !== null;

function release(): void {
  if (released) return;
  released = true;
  watching?.();
  watching = null;
  for (const wake of waiting) wake();
  waiting.clear();
}

/** After the frame that paints the marks: a task queued from an animation frame runs once that frame is drawn. */
const releaseAfterPaint = () => requestAnimationFrame(() => setTimeout(release, 0));

/** One watch for every slot: the first waiting slot starts it, the release ends it. */
function watch(): void {
  if (watching || released) return;
  if (marksDrawn()) {
    releaseAfterPaint();
    return;
  }
  const observer = new MutationObserver(() => {
    if (!marksDrawn()) return;
    observer.disconnect();
    releaseAfterPaint();
  });
  observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-marks-drawn'] });
  const timer = setTimeout(release, FALLBACK_MS);
  watching = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}

/**
 * Runs `work` once the first marks are on screen (or past the longest wait), for start-up work the first screen does
 * not need (the service worker's registration): run before, it takes main-thread time from the marks.
 */
export function afterMarks(work: () => void): void {
  if (released) {
    work();
    return;
  }
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    waiting.delete(run);
    work();
  };
  // The dashboard's slots start the watch; without them (an error screen) nothing draws marks, so it runs anyway.
  // Not watched from here: the slots' fallback must count from the dashboard's mount, not from the page's start.
  waiting.add(run);
  setTimeout(run, FALLBACK_MS);
}

/**
 * Renders `children` (the lists, timeline, charts) only once the map's first marks are on screen. Their code
 * (Recharts) and their first render and layout cost more main-thread time than the whole map; started beside it
 * they delay the marks a visitor came for (issue 12.3: "marks paint as soon as data is ready, charts after"). The
 * map sets `data-marks-drawn` on its container as soon as marks are drawn, zero marks included. The release is a
 * transition: React renders the rest in slices, so a click or a pan right after the marks appear is not blocked.
 */
export function AfterMarks({
  children,
  fallback,
  now = false,
}: {
  children: ReactNode;
  fallback: ReactNode;
  /** Show the children at once (the reader asked for them), and from then on. */
  now?: boolean;
}) {
  const [ready, setReady] = useState(() => released || now);
  if (now && !ready) setReady(true);
  useEffect(() => {
    if (ready) return;
    if (released) {
      setReady(true);
      return;
    }
    const wake = () => startTransition(() => setReady(true));
    waiting.add(wake);
    watch();
    return () => {
      waiting.delete(wake);
    };
  }, [ready]);
  return ready ? children : fallback;
}
