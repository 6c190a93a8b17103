import './incidents.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useT } from './useT';
import type { Incident, Tally } from '../../domain/schema';
import { useViewState } from '../../state/viewState';
import { useFormat } from '../../state/useFormat';
import { EventCard } from './EventCard';

/** Above this many cards the list is virtualised: only what is on screen is in the DOM. */
const VIRTUALIZE_ABOVE = 150;
/**
 * How many cards the virtual list spans at first, and adds whenever the reader scrolls near its end. Spanning all
 * of a 100k selection made every filter click lay out 100k estimated rows (the virtualiser's pass is O(count)), and
 * Chromium draws no element taller than 33,554,428 px: 100k cards at 320 px come within 5% of it, so a larger
 * selection's last cards could not be reached.
 */
const SPAN_STEP = 200;
/** Cards beyond the scroller's edge, each way (see below). */
const OVERSCAN = 2;

function VirtualCards({ events, selectedId }: { events: ReadonlyArray<Incident | Tally>; selectedId: string | null }) {
  const parent = useRef<HTMLDivElement>(null);
  const [spanned, setSpanned] = useState({ events, span: SPAN_STEP });
  // The last card mounted in the previous render: a new selection spans only up to where the reader is, plus a step.
  const mountedUpTo = useRef(0);
  let { span } = spanned;
  if (spanned.events !== events) {
    // A new selection (a filter change) spans from scratch up to the reader's place, so a card once selected or
    // scrolled to far down no longer makes every later click lay out that many rows; set during render (React's
    // pattern for state derived from a changed prop) so the click renders once, not again in an effect.
    span = Math.max(SPAN_STEP, mountedUpTo.current + 1 + SPAN_STEP);
    setSpanned({ events, span });
  }
  const selectedIndex = useMemo(
    () => (selectedId === null ? -1 : events.findIndex((e) => e.id === selectedId)),
    [events, selectedId],
  );
  // A card selected elsewhere (a mark on the map, a shared link) is inside the span however far down it is.
  const count = Math.min(events.length, Math.max(span, selectedIndex + 1));
  // TanStack Virtual measures each card after render, so variable heights are fine.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => parent.current,
    estimateSize: () => 320,
    // Mounted, laid out and painted for a filter click like those on screen. A card is 450-1,250 px tall against a
    // 70vh scroller, so two keep over a screenful ready for a fast scroll; four mounted ten to twelve cards a click
    // where eight do.
    overscan: OVERSCAN,
  });
  const items = virtualizer.getVirtualItems();
  const lastMounted = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    mountedUpTo.current = lastMounted;
    if (count < events.length && lastMounted >= count - 1 - OVERSCAN) {
      setSpanned((s) => (s.events === events ? { events, span: count + SPAN_STEP } : s));
    }
  }, [count, events, lastMounted]);
  // Scrolls to a card once when it is selected (not again when a filter moves it): the card, once mounted, keeps
  // itself in view (useKeepInView).
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (selectedIndex < 0 || scrolledTo.current === selectedId) return;
    scrolledTo.current = selectedId;
    virtualizer.scrollToIndex(selectedIndex, { align: 'start' });
  }, [selectedId, selectedIndex, virtualizer]);
  return (
    <div ref={parent} className="virtual-scroll">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const event = events[item.index];
          if (!event) return null;
          return (
            <div
              key={event.id}
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{
                position: 'absolute',
                insetInlineStart: 0,
                width: '100%',
                transform: `translateY(${item.start}px)`,
              }}
            >
              <EventCard event={event} selected={event.id === selectedId} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** A titled list of incidents or of tallies. */
export function EventList({
  events,
  total,
  kind,
}: {
  events: ReadonlyArray<Incident | Tally>;
  total: number;
  kind: 'incident' | 'tally';
}) {
  const t = useT('incident');
  const { selectedId } = useViewState('selectedId');
  const fmt = useFormat();
  const headingId = `${kind}-list-heading`;
  return (
    <section className="event-list" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {kind === 'incident' ? t('incidentsHeading') : t('talliesHeading')}{' '}
        <small className="muted">{t('showing', { shown: fmt.number(events.length), total: fmt.number(total) })}</small>
      </h2>
      {kind === 'tally' ? <p className="muted small">{t('talliesNote')}</p> : null}
      {events.length === 0 ? (
        <p className="empty">{kind === 'incident' ? t('none') : t('noTallies')}</p>
      ) : events.length > VIRTUALIZE_ABOVE ? (
        <VirtualCards events={events} selectedId={selectedId} />
      ) : (
        events.map((e) => <EventCard key={e.id} event={e} selected={e.id === selectedId} />)
      )}
    </section>
  );
}
