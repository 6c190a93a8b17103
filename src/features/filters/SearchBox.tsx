import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewSelect, useViewState } from '../../state/viewState';
import { useModel } from '../../state/selection';
import { useSearchQuotes } from '../../state/searchQuotes';

/** Pause in typing before a search applies (ms): one filter change per word, not per key. */
export const SEARCH_DEBOUNCE_MS = 250;

/**
 * Free-text search, Arabic-aware; applies after a short pause or at once on Enter. On a published core the quotes
 * are a file of their own, read on the first search: until it arrives the box says so and the views keep every
 * other filter (selection.tsx), rather than showing only the events whose names match as if the quotes held nothing.
 */
export const SearchBox = memo(function SearchBox() {
  const { t } = useTranslation('filters');
  const { t: tc } = useTranslation('common');
  // The query alone: a click on another filter does not re-render the box.
  const query = useViewSelect((s) => s.filters.query);
  const { setFilters } = useViewState('setFilters');
  const model = useModel();
  const quotes = useSearchQuotes(model.details, query);
  const [text, setText] = useState(query);
  const [applied, setApplied] = useState(query);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // The query can change elsewhere (a chip removed, "clear all", back button): follow it.
  if (query !== applied) {
    setApplied(query);
    setText(query);
  }

  const apply = (value: string) => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    if (value !== query) setFilters((f) => ({ ...f, query: value }));
  };
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  return (
    <div className="search-box">
      <label htmlFor="filter-search">{t('search.label')}</label>
      <input
        id="filter-search"
        type="search"
        value={text}
        placeholder={t('search.placeholder')}
        aria-describedby="filter-search-hint"
        dir="auto"
        onChange={(e) => {
          const value = e.target.value;
          setText(value);
          if (timer.current !== null) clearTimeout(timer.current);
          timer.current = setTimeout(() => apply(value), SEARCH_DEBOUNCE_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply(text);
        }}
      />
      <p id="filter-search-hint" className="muted small">
        {t('search.hint')}
      </p>
      {quotes === 'loading' ? (
        <p className="muted small search-quotes" role="status">
          {tc('details.searchLoading')}
        </p>
      ) : quotes === 'error' ? (
        <p className="small search-quotes" role="alert">
          {tc('details.searchFailed')}
        </p>
      ) : null}
    </div>
  );
});
