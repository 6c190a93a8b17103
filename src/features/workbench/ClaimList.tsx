import { useEffect, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { LocalClaim } from '../../dataset/localStore';

/**
 * The review list as a listbox, virtualised: a 1,000-report import holds ~10,000 claims, and only the rows on
 * screen are in the DOM. The selected row is kept in view as j/k move through it.
 */
export function ClaimList({
  claims,
  selectedId,
  label,
  onSelect,
  row,
  listRef,
}: {
  claims: readonly LocalClaim[];
  selectedId: string | undefined;
  label: string;
  onSelect: (id: string) => void;
  row: (c: LocalClaim) => ReactNode;
  listRef: React.RefObject<HTMLUListElement | null>;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: claims.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 52,
    overscan: 8,
  });
  const selectedIndex = claims.findIndex((c) => c.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);
  return (
    <div ref={scroller} className="wb-scroll">
      <ul
        className="wb-list"
        role="listbox"
        aria-label={label}
        tabIndex={0}
        ref={listRef}
        aria-activedescendant={selectedId ? `wb-claim-${selectedId}` : undefined}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const c = claims[item.index];
          if (!c) return null;
          return (
            <li
              key={c.id}
              id={`wb-claim-${c.id}`}
              role="option"
              aria-selected={c.id === selectedId}
              aria-setsize={claims.length}
              aria-posinset={item.index + 1}
              data-index={item.index}
              data-claim={c.id}
              ref={virtualizer.measureElement}
              onClick={() => onSelect(c.id)}
              style={{
                position: 'absolute',
                insetInlineStart: 0,
                width: '100%',
                transform: `translateY(${item.start}px)`,
              }}
            >
              {row(c)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
