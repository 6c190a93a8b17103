import { numberSpans, splitBySpans } from '../../domain/numberSpans';

/** A quote in its original Arabic, numbers marked. Rendered as text: markup in a quote shows literally. */
export function Quote({ text }: { text: string }) {
  return (
    <>
      {splitBySpans(text, numberSpans(text)).map((piece) =>
        piece.marked ? (
          <mark key={piece.start} className="num">
            {piece.text}
          </mark>
        ) : (
          <span key={piece.start}>{piece.text}</span>
        ),
      )}
    </>
  );
}
