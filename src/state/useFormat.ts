import { chartFormatter, type ChartFormat } from '../lib/charts';
import { formatter, type Formatter } from '../lib/format';
import { useViewState } from './viewState';

/**
 * Formatting bound to the view state's language and digits. The formatters themselves are pure and live in `lib/`
 * (a leaf); only these hooks know where the current choice is kept.
 */

/** The formatter for the current language and digits choice. */
export function useFormat(): Formatter {
  const { language, digits } = useViewState('language', 'digits');
  return formatter(language, digits);
}

/** Chart axis and tooltip formatting for the current language and digits choice. */
export function useChartFormat(): ChartFormat {
  const { language, digits } = useViewState('language', 'digits');
  return chartFormatter(language, digits);
}
