/**
 * A V8 CPU profile and Chromium trace events, as the Chrome DevTools protocol's `Profiler.stop` and `Tracing` return
 * them (the fields the benches read).
 */
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

/** One Chromium trace event (`Tracing.dataCollected`), with the arguments the benches read. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string }; beginData?: { dirtyObjects?: number } };
}
