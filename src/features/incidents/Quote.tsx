import { quoteSpans } from '../../domain/numberSpans';
import { highlightRanges } from '../../domain/search';
import { cutAtSpans, type Span } from '../../domain/spans';
import { useOptionalViewState } from '../../state/viewState';

type Layer = 'count' | 'date' | 'search';

/**
 * A quote in its original Arabic, isolated from the text around it: counts and dates marked apart (a class per
 * kind, styled by shape as well as colour, see provenance.css), and the words of the current search highlighted
 * (Arabic-aware: a search for الرقه highlights الرقّة). Rendered as text: markup in a quote shows literally.
 * Only the first `limit` characters are marked and rendered (a hostile multi-megabyte quote must not block the page);
 * the caller offers the rest. `query` overrides the search text of the view state.
 */
export function Quote({ text, query, limit = Infinity }: { text: string; query?: string; limit?: number }) {
  const view = useOptionalViewState('filters');
  return <QuoteText text={text} query={query ?? view?.filters.query ?? ''} limit={limit} />;
}

/**
 * `Quote` with the search text given: for a card, which reads the search text once for all its quotes and passes
 * it down, so its quotes render again when the search changes, not on every filter click (each click makes new
 * filters, and `Quote` subscribes to the filters).
 */
export function QuoteText({ text, query: q, limit = Infinity }: { text: string; query: string; limit?: number }) {
  const shown = text.length > limit ? text.slice(0, limit) : text;
  const spans: Span<Layer>[] = quoteSpans(shown).map((s) => ({ start: s.start, end: s.end, layer: s.kind, id: null }));
  if (q.trim() !== '') {
    for (const [start, end] of highlightRanges(shown, q)) spans.push({ start, end, layer: 'search', id: null });
  }
  return (
    <bdi lang="ar" dir="rtl">
      {cutAtSpans(shown.length, spans).map((p) => {
        const slice = shown.slice(p.start, p.end);
        const kind = 'count' in p.covering ? 'num' : 'date' in p.covering ? 'when' : '';
        const search = 'search' in p.covering;
        if (!kind && !search) return <span key={p.start}>{slice}</span>;
        return (
          <mark key={p.start} className={[kind, search ? 'search' : ''].filter(Boolean).join(' ')}>
            {slice}
          </mark>
        );
      })}
      {shown.length < text.length ? '…' : null}
    </bdi>
  );
}
