import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchPlaceTree, type PlaceNode } from '../../domain/placeTree';
import { placeName } from '../../lib/names';
import { useFormat } from '../../state/useFormat';
import { useViewState } from '../../state/viewState';
import { FacetBox, useToggle } from './FacetBox';

interface Props {
  tree: readonly PlaceNode[];
  counts: ReadonlyMap<string, number>;
  chosen: readonly string[];
  onChange: (next: string[]) => void;
}

/**
 * Places as a tree (governorate → city → neighbourhood), each with how many events lie in it given the other
 * filters. Children render only when their parent is open, so a gazetteer of thousands of places stays light.
 * A name search (Arabic-aware, Arabic or English) opens the branches that lead to matches.
 */
export function PlaceFilter({ tree, counts, chosen, onChange }: Props) {
  const { t } = useTranslation('filters');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const matches = useMemo(() => searchPlaceTree(tree, query), [tree, query]);
  // Callbacks kept from one filter click to the next, so a row whose count and box did not change is not re-rendered.
  const toggleOpen = useCallback(
    (id: string) =>
      setOpen((s) => {
        const next = new Set(s);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const choose = useToggle(chosen, onChange);
  const visible = useCallback(
    (nodes: readonly PlaceNode[]) => (matches === null ? nodes : nodes.filter((n) => matches.has(n.place.id))),
    [matches],
  );
  const isOpen = useCallback((id: string) => matches !== null || open.has(id), [matches, open]);

  return (
    <fieldset className="filter-group place-filter">
      <legend>{t('places.legend')}</legend>
      <PlaceSearch label={t('places.search')} query={query} onChange={setQuery} />
      {visible(tree).length === 0 ? <p className="muted small">{t('places.none')}</p> : null}
      <ul className="place-tree">
        {visible(tree).map((node) => (
          <PlaceItem
            key={node.place.id}
            node={node}
            isOpen={isOpen}
            visible={visible}
            toggleOpen={toggleOpen}
            chosen={chosen}
            choose={choose}
            counts={counts}
          />
        ))}
      </ul>
    </fieldset>
  );
}

/** The name search over the tree; its input is kept across filter clicks (re-rendering an input rewrites its attributes). */
const PlaceSearch = memo(function PlaceSearch({
  label,
  query,
  onChange,
}: {
  label: string;
  query: string;
  onChange: (query: string) => void;
}) {
  return (
    <label className="place-search">
      <span className="visually-hidden">{label}</span>
      <input type="search" placeholder={label} value={query} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
});

interface ItemProps {
  node: PlaceNode;
  isOpen: (id: string) => boolean;
  visible: (nodes: readonly PlaceNode[]) => readonly PlaceNode[];
  toggleOpen: (id: string) => void;
  chosen: readonly string[];
  choose: (id: string, on: boolean) => void;
  counts: ReadonlyMap<string, number>;
}

/**
 * Equal when the row would show the same: a filter click gives new counts and choices for every place, but a closed
 * row reads only its own count and box (an open one passes the new ones down to its children, so it re-renders).
 */
function sameRow(a: ItemProps, b: ItemProps): boolean {
  const id = a.node.place.id;
  if (a.node !== b.node || a.isOpen !== b.isOpen || a.visible !== b.visible) return false;
  if (a.toggleOpen !== b.toggleOpen || a.choose !== b.choose) return false;
  if (a.counts === b.counts && a.chosen === b.chosen) return true;
  if (a.counts.get(id) !== b.counts.get(id) || a.chosen.includes(id) !== b.chosen.includes(id)) return false;
  return !(a.isOpen(id) && a.visible(a.node.children).length > 0);
}

const PlaceItem = memo(function PlaceItem({ node, isOpen, visible, toggleOpen, chosen, choose, counts }: ItemProps) {
  const { t } = useTranslation('filters');
  const { language } = useViewState('language');
  const fmt = useFormat();
  const id = node.place.id;
  const name = placeName(node.place, language);
  const children = visible(node.children);
  const expanded = children.length > 0 && isOpen(id);
  return (
    <li>
      <div className="place-row">
        {children.length > 0 ? (
          <button
            type="button"
            className="ghost twisty"
            aria-expanded={expanded}
            aria-label={t(expanded ? 'places.collapse' : 'places.expand', { name })}
            onClick={() => toggleOpen(id)}
          >
            <span aria-hidden="true">{expanded ? '▾' : language === 'ar' ? '◂' : '▸'}</span>
          </button>
        ) : (
          <span className="twisty-space" aria-hidden="true" />
        )}
        <label>
          <FacetBox value={id} checked={chosen.includes(id)} onToggle={choose} />{' '}
          <bdi className={(counts.get(id) ?? 0) === 0 ? 'muted' : undefined}>{name}</bdi>{' '}
          <span className="count muted">{fmt.number(counts.get(id) ?? 0)}</span>
        </label>
      </div>
      {expanded ? (
        <ul>
          {children.map((c) => (
            <PlaceItem
              key={c.place.id}
              node={c}
              isOpen={isOpen}
              visible={visible}
              toggleOpen={toggleOpen}
              chosen={chosen}
              choose={choose}
              counts={counts}
            />
          ))}
        </ul>
      ) : null}
    </li>
  );
}, sameRow);
