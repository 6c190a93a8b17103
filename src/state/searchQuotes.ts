import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryTerms } from '../domain/search';
import type { ClaimDetailSource, QuoteLookup } from '../dataset/details';

/** The search quotes of a model, wrapped (a function as query data would be read as an updater). */
export const searchQuotesQuery = (source: ClaimDetailSource) =>
  queryOptions({
    queryKey: ['search-quotes', source.key],
    queryFn: async (): Promise<{ quoteOf: QuoteLookup }> => ({ quoteOf: await source.quotes() }),
    initialData: () => {
      const quoteOf = source.quotesNow();
      return quoteOf ? { quoteOf } : undefined;
    },
    staleTime: Infinity,
    retry: false,
  });

/**
 * Whether a search can read quotes now: `idle` (no search), `loading` (the search file is on its way: results are
 * not shown as if nothing matched), `error` (it could not be read: the search reads places and sources only),
 * `ready`. Asking starts the read; every caller shares it.
 */
export type SearchQuotesState = 'idle' | 'loading' | 'error' | 'ready';

export function useSearchQuotes(source: ClaimDetailSource, query: string): SearchQuotesState {
  const wanted = queryTerms(query).length > 0;
  const q = useQuery({ ...searchQuotesQuery(source), enabled: wanted });
  if (!wanted) return 'idle';
  if (q.data) return 'ready';
  return q.isError ? 'error' : 'loading';
}
