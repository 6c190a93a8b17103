/**
 * Cutting a text at the boundaries of many (possibly overlapping) spans, for rendering highlights as flat pieces.
 * A sweep over sorted boundaries: O(S log S + P) for S spans and P pieces, never pieces × spans, so a hostile
 * dataset (thousands of overlapping spans, a multi-megabyte text) cannot make highlighting quadratic.
 */

/** A span to mark: [start, end) in UTF-16 code units, with a caller-defined layer (e.g. claim, message). */
export interface Span<L extends string = string> {
  start: number;
  end: number;
  layer: L;
  /** An id the caller wants back (e.g. a claim id), or null. */
  id: string | null;
}

/** One piece of text between two consecutive boundaries, and what covers it. */
export interface Piece<L extends string = string> {
  start: number;
  end: number;
  /** Per layer covering the piece: the id of one of its spans there (null for a span without id). */
  covering: Partial<Record<L, string | null>>;
  /** True when a span with the preferred id covers the piece. */
  preferred: boolean;
}

/** Counts work done, so tests can check that cutting stays linear without timing it. */
export interface Steps {
  steps: number;
}

/**
 * Cuts [0, length) at every span boundary (clamped into the text; empty spans ignored). `preferred` is an id whose
 * span should be reported where it covers (the selected claim). Adjacent pieces covered by the same spans are not
 * merged: callers render them the same way.
 */
export function cutAtSpans<L extends string>(
  length: number,
  spans: readonly Span<L>[],
  preferred: string | null = null,
  stats?: Steps,
): Piece<L>[] {
  type Edge = { at: number; open: boolean; span: number };
  const edges: Edge[] = [];
  spans.forEach((s, i) => {
    const start = Math.max(0, Math.min(length, s.start));
    const end = Math.max(0, Math.min(length, s.end));
    if (end <= start) return;
    edges.push({ at: start, open: true, span: i }, { at: end, open: false, span: i });
  });
  edges.sort((a, b) => a.at - b.at);
  // Per layer, the spans open now; a Set gives O(1) insert, delete and "any one of them".
  const open = new Map<L, Set<number>>();
  let preferredOpen = 0;
  const out: Piece<L>[] = [];
  let at = 0;
  let e = 0;
  while (at < length) {
    while (e < edges.length && (edges[e] as Edge).at === at) {
      const edge = edges[e] as Edge;
      const span = spans[edge.span] as Span<L>;
      let set = open.get(span.layer);
      if (!set) open.set(span.layer, (set = new Set()));
      if (edge.open) set.add(edge.span);
      else set.delete(edge.span);
      if (preferred !== null && span.id === preferred) preferredOpen += edge.open ? 1 : -1;
      e++;
      if (stats) stats.steps++;
    }
    const next = e < edges.length ? Math.min(length, (edges[e] as Edge).at) : length;
    const covering: Partial<Record<L, string | null>> = {};
    for (const [layer, set] of open) {
      if (stats) stats.steps++;
      const first = set.values().next();
      if (first.done) continue;
      covering[layer] = (spans[first.value] as Span<L>).id;
    }
    out.push({ start: at, end: next, covering, preferred: preferredOpen > 0 });
    at = next;
  }
  return out;
}
