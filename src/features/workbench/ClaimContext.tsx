import type { Claim } from '../../domain/schema';

/** Characters of report text shown on each side of the quote. */
const AROUND = 240;

/** Report text from offset `at`: the offset rides on the element so a selection maps back to the text. */
const Seg = ({ at, text }: { at: number; text: string }) => (text ? <span data-at={at}>{text}</span> : null);

/** Offset in the report text of a point of a DOM selection inside ClaimContext, or null outside its text. */
function offsetOf(node: Node | null, offset: number): number | null {
  const el = node instanceof Element ? node : node?.parentElement;
  const seg = el?.closest<HTMLElement>('[data-at]');
  if (!seg || !node || node.nodeType !== Node.TEXT_NODE) return null;
  return Number(seg.dataset.at) + offset;
}

/** The selected words of the report shown in `root`, as text offsets; null when nothing in it is selected. */
export function selectedOffsets(root: HTMLElement | null): { start: number; end: number } | null {
  const sel = window.getSelection();
  if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  return start === null || end === null || end <= start ? null : { start, end };
}

/**
 * The claim's words in its report, as text (never HTML): the quote marked, and inside it each number's own words
 * (`spans`, when the pipeline found them) marked again, so the analyst sees exactly what was read.
 */
export function ClaimContext({
  claim,
  text,
  label,
  rootRef,
}: {
  claim: Claim;
  text: string | undefined;
  label: string;
  rootRef?: React.Ref<HTMLQuoteElement>;
}) {
  if (text === undefined || text.slice(claim.quote_start, claim.quote_end) !== claim.quote)
    return (
      <blockquote className="wb-context" dir="rtl" lang="ar" aria-label={label}>
        <mark className="wb-quote">{claim.quote}</mark>
      </blockquote>
    );
  const from = Math.max(0, claim.quote_start - AROUND);
  const to = Math.min(text.length, claim.quote_end + AROUND);
  const numbers = Object.entries(claim.spans ?? {})
    .map(([field, s]) => ({ field, ...s }))
    .filter((s) => s.start >= claim.quote_start && s.end <= claim.quote_end)
    .sort((a, b) => a.start - b.start);
  const inside: React.ReactNode[] = [];
  let at = claim.quote_start;
  for (const s of numbers) {
    if (s.start < at) continue;
    inside.push(<Seg key={`t${at}`} at={at} text={text.slice(at, s.start)} />);
    inside.push(
      <mark key={s.start} className="wb-number" data-field={s.field}>
        <Seg at={s.start} text={text.slice(s.start, s.end)} />
      </mark>,
    );
    at = s.end;
  }
  inside.push(<Seg key={`t${at}`} at={at} text={text.slice(at, claim.quote_end)} />);
  return (
    <blockquote className="wb-context" dir="rtl" lang="ar" aria-label={label} ref={rootRef}>
      {from > 0 ? '…' : ''}
      <Seg at={from} text={text.slice(from, claim.quote_start)} />
      <mark className="wb-quote">{inside}</mark>
      <Seg at={claim.quote_end} text={text.slice(claim.quote_end, to)} />
      {to < text.length ? '…' : ''}
    </blockquote>
  );
}
