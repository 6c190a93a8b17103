import { useEffect, useRef, type RefObject } from 'react';

/** How long after a selection the list may still be filling in (quotes of the cards above arriving). */
const SETTLE_MS = 3_000;

/**
 * Brings the selected card into view and keeps it there while the list settles. A card that mounts already
 * selected (its mark clicked before the list arrived, a shared link) jumps; one selected later glides. Cards above
 * it grow as their quotes arrive (details are fetched on demand), and the browser's scroll anchoring does not hold
 * a card whose neighbours' rows are replaced, so for a few seconds every growth of the list brings it back, until
 * the reader scrolls themselves.
 */
export function useKeepInView(ref: RefObject<HTMLElement | null>, selected: boolean): void {
  const mounted = useRef(false);
  useEffect(() => {
    const first = !mounted.current;
    mounted.current = true;
    const card = ref.current;
    if (!selected || !card) return;
    card.scrollIntoView?.({ block: 'nearest', behavior: first ? 'auto' : 'smooth' });
    // The lists above and around the card: their growth is what moves it.
    const lists = [...document.querySelectorAll<HTMLElement>('.event-list')];
    if (lists.length === 0 || typeof ResizeObserver === 'undefined') return;
    const heights = () => lists.reduce((sum, l) => sum + l.getBoundingClientRect().height, 0);
    let last = heights();
    const observer = new ResizeObserver(() => {
      const height = heights();
      if (height !== last) card.scrollIntoView?.({ block: 'nearest' });
      last = height;
    });
    for (const list of lists) observer.observe(list);
    const stop = () => observer.disconnect();
    const timer = setTimeout(stop, SETTLE_MS);
    const byReader = { passive: true, once: true } as const;
    window.addEventListener('wheel', stop, byReader);
    window.addEventListener('touchmove', stop, byReader);
    window.addEventListener('keydown', stop, byReader);
    return () => {
      stop();
      clearTimeout(timer);
      window.removeEventListener('wheel', stop);
      window.removeEventListener('touchmove', stop);
      window.removeEventListener('keydown', stop);
    };
  }, [ref, selected]);
}
