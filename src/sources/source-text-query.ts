import { queryOptions } from '@tanstack/react-query';
import { readDataFile } from '../corpus/data-file.ts';
import type { CompiledSource } from '../corpus/schema.ts';

/** An archived source text, fetched on demand and kept for the visit (it never changes). */
export function sourceTextQueryOptions(source: CompiledSource) {
  return queryOptions({
    queryKey: ['data', source.textPath],
    queryFn: ({ signal }) => readDataFile(source.textPath, signal),
    staleTime: Infinity,
  });
}
