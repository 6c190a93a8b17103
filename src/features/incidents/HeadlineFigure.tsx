import { useT } from './useT';
import { headlinePhrases, type FigurePhrase, type VagueWord } from '../../domain/countWords';
import type { CountRange } from '../../domain/schema';
import type { ClaimSummary } from '../../domain/claimDetails';
import type { Formatter } from '../../lib/format';
import type { Language } from '../../lib/preferences';

/** A figure written in digits alone (Western or Arabic-Indic, with their separators). */
const NUMERAL = /^[\d\u0660-\u0669.,\u066B\u066C\s]+$/;

/** The vague word an ingested count stands for when its words are not found again (vocabulary.ts minimums). */
const vagueOf = (min: number): VagueWord | 'vague' =>
  min === 2 ? 'others' : min === 20 ? 'tens' : min === 200 ? 'hundreds' : 'vague';

/**
 * A phrase in the UI language. In Arabic the source's own words when the quote holds them ("أكثر من 200", "آخرين");
 * otherwise, and in English, the qualifier put into words ("more than 200"), never a bare "201+".
 */
function usePhrase(language: Language, fmt: Formatter) {
  const t = useT('incident');
  return (p: FigurePhrase): string => {
    const { count, words } = p;
    if (language === 'ar' && words) return words.text;
    switch (count.qualifier) {
      case 'exact':
        return fmt.number(count.min);
      case 'more_than':
        return t('figure.more_than', { n: fmt.number(Math.max(0, count.min - 1)) });
      case 'at_least':
        return t('figure.at_least', { n: fmt.number(count.min) });
      case 'approx':
        return count.max === null || count.max === count.min
          ? t('figure.approx', { n: fmt.number(count.min) })
          : t('figure.approxRange', { low: fmt.number(count.min), high: fmt.number(count.max) });
      case 'vague':
        return t(`figure.${words?.vague ?? vagueOf(count.min)}`);
    }
  };
}

/**
 * An incident's killed or injured headline, in the words of the claims that set it, with the numeric range beside
 * it whenever the words are not a plain number: "أكثر من 200 (201–∞)", "آخرين (2–∞)", "17 – 27". `quoteOf` gives a
 * claim's quote once its details are read; until then the figure is put into words from its qualifier.
 */
export function HeadlineFigure({
  range,
  claims,
  quoteOf,
  field,
  fmt,
  language,
}: {
  range: CountRange | null;
  claims: readonly ClaimSummary[];
  quoteOf: (claimId: string) => string | undefined;
  field: 'killed' | 'injured';
  /** The card's formatter and language (passed down: a card's parts do not each subscribe to the view state). */
  fmt: Formatter;
  language: Language;
}) {
  const phrase = usePhrase(language, fmt);
  const phrases = headlinePhrases(
    range,
    claims.map((c) => ({ id: c.id, quote: quoteOf(c.id) ?? '', count: c[field] })),
  );
  if (range === null) return <>—</>;
  if (phrases === null) return <bdi>{fmt.range(range)}</bdi>;
  const { low, high } = phrases;
  const plain = (p: FigurePhrase | null) => p === null || p.count.qualifier === 'exact';
  const numeric = `${fmt.number(range.min)}–${range.max === null ? '∞' : fmt.number(range.max)}`;
  const lowText = phrase(low);
  const highText = high ? phrase(high) : null;
  // Two numerals are a range and read left to right, as fmt.range writes them ("8 – 9", never "9 – 8" in an Arabic
  // line); words ("آخرين – أكثر من 200") keep the order of the sentence around them.
  const numerals = highText !== null && NUMERAL.test(lowText) && NUMERAL.test(highText);
  const ends = (
    <>
      <bdi className="figure-words">{lowText}</bdi>
      {highText !== null ? (
        <>
          {' – '}
          <bdi className="figure-words">{highText}</bdi>
        </>
      ) : null}
    </>
  );
  return (
    <>
      {numerals ? <bdi dir="ltr">{ends}</bdi> : ends}
      {plain(low) && plain(high) ? null : (
        <small className="figure-range">
          {' '}
          <bdi dir="ltr">({numeric})</bdi>
        </small>
      )}
    </>
  );
}
