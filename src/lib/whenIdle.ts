/**
 * Runs `work` once the page is idle (after the marks have painted), or within `timeout` ms at the latest. Returns a
 * function that cancels it.
 */
export function whenIdle(work: () => void, timeout = 3_000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => work(), { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 0);
  return () => clearTimeout(id);
}
