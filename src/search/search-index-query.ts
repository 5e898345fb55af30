import { queryOptions } from '@tanstack/react-query';
import { fetchedDataFile } from '../corpus/corpus-query.ts';

/**
 * The search index of every claim, loaded with the search engine's code (with the first
 * search, never with a page): what finds the claims a query matches.
 */
export function searchIndexQueryOptions() {
  return queryOptions({
    queryKey: ['data', 'search.json'],
    queryFn: async ({ signal }) => {
      const [[text, read], { loadClaimSearch }] = await Promise.all([
        fetchedDataFile('search.json', signal),
        import('./claim-search.ts'),
      ]);
      return loadClaimSearch(read('search', text, 'search.json').index, 'search.json');
    },
    staleTime: Infinity,
  });
}
