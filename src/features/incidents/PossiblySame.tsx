import { useQuery } from '@tanstack/react-query';
import { useT } from './useT';
import { messagesQuery } from '../../dataset/detailQueries';
import { possiblySameIndex } from '../../domain/links';
import type { Incident, Tally } from '../../domain/schema';
import { useModel } from '../../state/selection';
import { useViewState } from '../../state/viewState';
import type { Formatter } from '../../lib/format';
import type { Language } from '../../lib/preferences';
import { placeName } from '../../lib/names';

/**
 * "Possibly the same strike as …": incidents the pipeline kept apart from this one although they may be one strike
 * (same place with overlapping dates, or the same place and day with conflicting attackers), each a button that
 * selects it. The reason is in the report view's messages; here the reader gets the link.
 */
export function PossiblySame({
  event,
  selected,
  fmt,
  language,
}: {
  event: Incident | Tally;
  selected: boolean;
  /** The card's formatter and language (passed down: a card's parts do not each subscribe to the view state). */
  fmt: Formatter;
  language: Language;
}) {
  const t = useT('incident');
  const tc = useT('common');
  const model = useModel();
  const { select } = useViewState('select');
  // A core's messages are a file of their own: read (once, for every card) when a card is selected, not for every
  // card the list paints; until then the card offers no link.
  const messages = useQuery({ ...messagesQuery(model.details), enabled: selected }).data ?? model.messages;
  const index = possiblySameIndex(messages);
  const others = new Map<string, Incident | Tally>();
  for (const id of event.claim_ids)
    for (const other of index.get(id) ?? []) {
      const e = model.eventsById.get(model.claimsById.get(other)?.event ?? '');
      if (e && e.id !== event.id) others.set(e.id, e);
    }
  if (others.size === 0) return null;
  return (
    <div className="possibly-same" role="note">
      <span>{t('possiblySame.label')}</span>{' '}
      <ul>
        {[...others.values()].map((e) => {
          const place = e.place_id ? model.placesById.get(e.place_id) : undefined;
          const label = `${place ? placeName(place, language) : tc('vocab.placeUnknown')} · ${
            fmt.dateSpan(e.date) ?? tc('vocab.dateUnknown')
          }`;
          return (
            <li key={e.id} data-possibly-same={e.id}>
              <button type="button" className="link-button" onClick={() => select(e.id)}>
                <bdi>{label}</bdi>
              </button>{' '}
              <small className="muted">
                {t('possiblySame.sources', { count: e.source_count, n: fmt.number(e.source_count) })}
              </small>
            </li>
          );
        })}
      </ul>
      <p className="muted small">{t('possiblySame.why')}</p>
    </div>
  );
}
