import { useEffect, useState, useSyncExternalStore } from 'react';
import type * as MapModule from '../features/map/MapPanel';
// The map's styles ship with the page's stylesheet, not with its chunk (see mapStyles.css).
import './mapStyles.css';

type MapChunk = typeof MapModule;
type ChunkState = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * Longest the dashboard waits for the map's code once its data is ready: past it the dashboard renders with the
 * map's placeholder (a slow network), as it did before it waited.
 */
export const MAP_WAIT_MS = 400;

/** The map's code as the page loads it once (a factory so tests can give their own loader). */
export function createMapChunk<M>(load: () => Promise<M>) {
  let loaded: M | null = null;
  let loading: Promise<M> | null = null;
  let state: ChunkState = 'idle';
  const listeners = new Set<() => void>();
  const settle = (next: ChunkState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  const current = () => state;

  /** Starts (once) loading the map's code; main.tsx calls it at boot, beside the dataset. */
  function loadChunk(): Promise<M> {
    if (!loading) {
      state = 'loading';
      loading = load().then(
        (m) => {
          loaded = m;
          settle('ready');
          return m;
        },
        (e: unknown) => {
          settle('failed');
          throw e;
        },
      );
    }
    return loading;
  }

  /**
   * The map's module, or null while it loads. Not React.lazy: a lazy component suspends on its first render even
   * when its code is already here, and React then holds the revealed map back for up to 300 ms after the fallback
   * was shown (its Suspense throttle). Read from a variable, a chunk that arrived before the data renders at once.
   */
  function useChunk(): M | null {
    const [chunk, setChunk] = useState(loaded);
    useEffect(() => {
      if (chunk) return;
      let live = true;
      void loadChunk().then((m) => {
        if (live) setChunk(m);
      });
      return () => {
        live = false;
      };
    }, [chunk]);
    return chunk;
  }

  /**
   * False while the code that main.tsx started loading is still on its way (for at most MAP_WAIT_MS after
   * `dataReady`). The dashboard waits for it, so header, filters and map render and lay out in one pass: rendered
   * before it (the browser evaluates the code only once the main thread is free, i.e. after the dashboard's first
   * render), the page was laid out and painted with the map's placeholder, then laid out again with the map.
   * Nothing waits when nothing started loading (tests), nor once the code is here or failed.
   */
  function useSettled(dataReady: boolean): boolean {
    const now = useSyncExternalStore(subscribe, current, current);
    const [gaveUp, setGaveUp] = useState(false);
    const waiting = now === 'loading' && !gaveUp;
    useEffect(() => {
      if (!waiting || !dataReady) return;
      const timer = setTimeout(() => setGaveUp(true), MAP_WAIT_MS);
      return () => clearTimeout(timer);
    }, [waiting, dataReady]);
    return !waiting;
  }

  return { loadChunk, useChunk, useSettled };
}

// `rasd:map-code`: the map's code has arrived and evaluated (the bench reports it as a load step).
const mapChunk = createMapChunk<MapChunk>(() =>
  import('../features/map/MapPanel').then((m) => {
    performance.mark('rasd:map-code');
    return m;
  }),
);
export const loadMapChunk = mapChunk.loadChunk;
export const useMapChunk = mapChunk.useChunk;
export const useMapCodeSettled = mapChunk.useSettled;
