import { useViewState } from '../state/viewState';
import { formatter, type Formatter } from './format';

/** The formatter for the current language and digits choice. */
export function useFormat(): Formatter {
  const { language, digits } = useViewState();
  return formatter(language, digits);
}
