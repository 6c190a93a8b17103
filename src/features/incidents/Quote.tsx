import { numberSpans } from '../../domain/numberSpans';
import { highlightRanges } from '../../domain/search';
import { useOptionalViewState } from '../../state/viewState';

interface Piece {
  start: number;
  text: string;
  num: boolean;
  search: boolean;
}

/** Cuts text at every span boundary, flagging each piece as part of a number and/or of a search match. */
function pieces(
  text: string,
  nums: ReadonlyArray<readonly [number, number]>,
  hits: ReadonlyArray<readonly [number, number]>,
) {
  const cuts = new Set([0, text.length, ...nums.flat(), ...hits.flat()]);
  const sorted = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const inside = (spans: ReadonlyArray<readonly [number, number]>, at: number) =>
    spans.some(([s, e]) => at >= s && at < e);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] as number;
    const end = sorted[i + 1] as number;
    out.push({ start, text: text.slice(start, end), num: inside(nums, start), search: inside(hits, start) });
  }
  return out;
}

/**
 * A quote in its original Arabic, numbers marked, and the words of the current search highlighted (Arabic-aware:
 * a search for الرقه highlights الرقّة). Rendered as text: markup in a quote shows literally. `query` overrides the
 * search text of the view state; outside a view state only numbers are marked.
 */
export function Quote({ text, query }: { text: string; query?: string }) {
  const view = useOptionalViewState();
  const q = query ?? view?.filters.query ?? '';
  const hits = q.trim() === '' ? [] : highlightRanges(text, q);
  return (
    <>
      {pieces(text, numberSpans(text), hits).map((p) => {
        if (!p.num && !p.search) return <span key={p.start}>{p.text}</span>;
        const className = [p.num ? 'num' : '', p.search ? 'search' : ''].filter(Boolean).join(' ');
        return (
          <mark key={p.start} className={className}>
            {p.text}
          </mark>
        );
      })}
    </>
  );
}
