import { useState } from 'react';
import { useT } from './useT';
import type { Formatter } from '../../lib/format';

/**
 * Long free text (an analyst's note, an outlet's name) shown a slice at a time: the first `first` characters, then
 * `step` more per click. A hostile multi-megabyte field renders only what was asked for, never all at once.
 */
export function Clipped({
  text,
  fmt,
  first = 600,
  step = 20_000,
}: {
  text: string;
  fmt: Formatter;
  first?: number;
  step?: number;
}) {
  const t = useT('incident');
  const [limit, setLimit] = useState(first);
  if (text.length <= limit) return <>{text}</>;
  return (
    <>
      {text.slice(0, limit)}…{' '}
      <button type="button" className="link-button" onClick={() => setLimit(limit + step)}>
        {t('provenance.more', { count: text.length - limit, n: fmt.number(text.length - limit) })}
      </button>
    </>
  );
}

/** The first `max` characters of a name, with an ellipsis when cut (headings and labels never show more). */
export const clip = (text: string, max = 200): string => (text.length > max ? `${text.slice(0, max)}…` : text);
