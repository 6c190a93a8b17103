import { useEffect, useState } from 'react';
import type * as MapModule from '../features/map/MapPanel';

type MapChunk = typeof MapModule;

let loaded: MapChunk | null = null;
let loading: Promise<MapChunk> | null = null;

/** Starts (once) loading the map's code; main.tsx calls it at boot, beside the dataset. */
export function loadMapChunk(): Promise<MapChunk> {
  loading ??= import('../features/map/MapPanel').then((m) => (loaded = m));
  return loading;
}

/**
 * The map's module, or null while it loads. Not React.lazy: a lazy component suspends on its first render even when
 * its code is already here, and React then holds the revealed map back for up to 300 ms after the fallback was
 * shown (its Suspense throttle). Read from a variable, a chunk that arrived before the data renders at once.
 */
export function useMapChunk(): MapChunk | null {
  const [chunk, setChunk] = useState(loaded);
  useEffect(() => {
    if (chunk) return;
    let live = true;
    void loadMapChunk().then((m) => {
      if (live) setChunk(m);
    });
    return () => {
      live = false;
    };
  }, [chunk]);
  return chunk;
}
