import { fold } from './arabic';
import type { Incident, Place, Tally } from './schema';
import { PLACE_KINDS } from './vocabulary';

/**
 * The places events happen in, as a tree built from the data: governorate → district → city → neighbourhood →
 * landmark, following each place's `parent`. Only places some event lies in (or inside) appear. Regions that span
 * several governorates are roots of their own, after the governorates.
 */
export interface PlaceNode {
  place: Place;
  /** Nesting depth, 0 for roots. */
  depth: number;
  children: PlaceNode[];
}

const kindRank = (p: Place) => (p.kind === 'region' ? PLACE_KINDS.length : PLACE_KINDS.indexOf(p.kind));
// One collator, made on the first sort: `localeCompare(x, 'en')` sets up the locale's collation on every call, which
// made sorting a gazetteer of 1,000 places cost ~20 ms when the filter panel opens.
let byName: Intl.Collator | null = null;
const byKindThenName = (a: PlaceNode, b: PlaceNode) =>
  kindRank(a.place) - kindRank(b.place) ||
  (byName ??= new Intl.Collator('en')).compare(a.place.name_en, b.place.name_en);

export function buildPlaceTree(
  events: Iterable<Incident | Tally>,
  placesById: ReadonlyMap<string, Place>,
): PlaceNode[] {
  const nodes = new Map<string, PlaceNode>();
  const roots: PlaceNode[] = [];
  // Adds a place and, first, its ancestors; returns its node. `path` guards against parent cycles.
  const ensure = (id: string, path: Set<string>): PlaceNode | null => {
    const existing = nodes.get(id);
    if (existing) return existing;
    const place = placesById.get(id);
    if (!place || path.has(id)) return null;
    path.add(id);
    const parent = place.parent === null ? null : ensure(place.parent, path);
    const node: PlaceNode = { place, depth: parent ? parent.depth + 1 : 0, children: [] };
    nodes.set(id, node);
    (parent ? parent.children : roots).push(node);
    return node;
  };
  for (const e of events) if (e.place_id !== null) ensure(e.place_id, new Set());
  const sortDeep = (list: PlaceNode[]) => {
    list.sort(byKindThenName);
    list.forEach((n) => sortDeep(n.children));
  };
  sortDeep(roots);
  return roots;
}

/** Every node of the tree, parents before children. */
export function flattenTree(roots: readonly PlaceNode[]): PlaceNode[] {
  const out: PlaceNode[] = [];
  const walk = (n: PlaceNode) => {
    out.push(n);
    n.children.forEach(walk);
  };
  roots.forEach(walk);
  return out;
}

/**
 * Ids of the nodes to show for a name search (Arabic-aware, Arabic or English names): the places that match and
 * every ancestor of one, so a match is always shown in its context. Null for an empty search (show everything).
 */
export function searchPlaceTree(roots: readonly PlaceNode[], query: string): Set<string> | null {
  const q = fold(query).trim();
  if (q === '') return null;
  const shown = new Set<string>();
  const walk = (n: PlaceNode, ancestors: readonly string[]): void => {
    const names = [n.place.name_en, ...n.place.names_ar];
    if (names.some((name) => fold(name).includes(q))) {
      shown.add(n.place.id);
      ancestors.forEach((id) => shown.add(id));
    }
    n.children.forEach((c) => walk(c, [...ancestors, n.place.id]));
  };
  roots.forEach((r) => walk(r, []));
  return shown;
}
