/**
 * Resolves just after the browser's next frame: work that can wait a frame (claim details arriving) is then done
 * after the frame a click is waiting for, never between the click's render and its paint. Callers waiting for the
 * same frame share one promise, so what they unblock runs together. Where no frame is coming (a hidden page, whose
 * animation frames are paused; Node), it resolves in the next task instead.
 */
let pending: Promise<void> | null = null;

export function afterNextPaint(): Promise<void> {
  const frames =
    typeof requestAnimationFrame === 'function' &&
    typeof document !== 'undefined' &&
    document.visibilityState !== 'hidden';
  pending ??= new Promise<void>((resolve) => {
    const done = () => {
      pending = null;
      resolve();
    };
    if (frames) requestAnimationFrame(() => setTimeout(done, 0));
    else setTimeout(done, 0);
  });
  return pending;
}
