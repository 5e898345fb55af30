import { dossierKey } from '../corpus/dossier-key.ts';
import { queryOptions } from '@tanstack/react-query';
import { fetchedDataFile } from '../corpus/corpus-query.ts';
import { searchFile } from '../corpus/data-paths.ts';

/**
 * The search index of every claim, loaded with the search engine's code (with the first
 * search, never with a page): what finds the claims a query matches.
 */
export function searchIndexQueryOptions() {
  return queryOptions({
    queryKey: [dossierKey, 'data', searchFile],
    queryFn: async ({ signal }) => {
      const [[text, read], { loadClaimSearch }] = await Promise.all([
        fetchedDataFile(searchFile, signal),
        import('./claim-search.ts'),
      ]);
      return loadClaimSearch(read('search', text, searchFile).index, searchFile);
    },
    staleTime: Infinity,
  });
}
