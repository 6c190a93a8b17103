/** A V8 CPU profile as the Chrome DevTools protocol's `Profiler.stop` returns it (the fields the benches read). */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
