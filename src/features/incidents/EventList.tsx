import './incidents.css';
import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useT } from './useT';
import type { Incident, Tally } from '../../domain/schema';
import { useViewState } from '../../state/viewState';
import { useFormat } from '../../state/useFormat';
import { EventCard } from './EventCard';

/** Above this many cards the list is virtualised: only what is on screen is in the DOM. */
const VIRTUALIZE_ABOVE = 150;

function VirtualCards({ events, selectedId }: { events: ReadonlyArray<Incident | Tally>; selectedId: string | null }) {
  const parent = useRef<HTMLDivElement>(null);
  // TanStack Virtual measures each card after render, so variable heights are fine.
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => parent.current,
    estimateSize: () => 320,
    // Cards beyond the scroller's edge, each way: mounted, laid out and painted for a filter click like those on
    // screen. A card is 450-1,250 px tall against a 70vh scroller, so two keep over a screenful ready for a fast
    // scroll; four mounted ten to twelve cards a click where eight do.
    overscan: 2,
  });
  return (
    <div ref={parent} className="virtual-scroll">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
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
