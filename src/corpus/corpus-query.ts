import { queryOptions } from '@tanstack/react-query';
import { indexCorpus } from './corpus-index.ts';
import { parseCompiledCorpus } from './parse-corpus.ts';

/** The compiled corpus, parsed and indexed once per visit: it only changes with a new build. */
export function corpusQueryOptions(baseUrl: string = import.meta.env.BASE_URL) {
  return queryOptions({
    queryKey: ['corpus', baseUrl],
    queryFn: async ({ signal }) => {
      const response = await fetch(`${baseUrl}data/corpus.json`, { signal });
      if (!response.ok) {
        throw new Error(`The corpus could not be loaded (HTTP ${response.status}).`);
      }
      return indexCorpus(parseCompiledCorpus(await response.json()));
    },
    staleTime: Infinity,
  });
}
