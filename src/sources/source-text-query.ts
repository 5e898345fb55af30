import { queryOptions } from '@tanstack/react-query';
import type { CompiledSource } from '../corpus/schema.ts';

/** An archived source text, fetched on demand and kept for the visit (it never changes). */
export function sourceTextQueryOptions(
  source: CompiledSource,
  baseUrl: string = import.meta.env.BASE_URL,
) {
  return queryOptions({
    queryKey: ['source-text', baseUrl, source.textPath],
    queryFn: async ({ signal }) => {
      const response = await fetch(`${baseUrl}data/${source.textPath}`, { signal });
      if (!response.ok) {
        throw new Error(`The source text could not be loaded (HTTP ${response.status}).`);
      }
      return response.text();
    },
    staleTime: Infinity,
  });
}
