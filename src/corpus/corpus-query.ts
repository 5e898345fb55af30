import { queryOptions } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import { resolveClaims } from './corpus-index.ts';
import { indexMeta } from './corpus-meta.ts';
import { readDataFile } from './data-file.ts';
import { parseDataText } from './parse-corpus.ts';
import { claimSliceSchema, corpusMetaSchema, facetsSchema, searchIndexSchema } from './schema.ts';

// Data files only change with a new build, so each is fetched once per visit.

/** `index.json`: parties, speakers, topics and the claims' layout. */
export function metaQueryOptions() {
  return queryOptions({
    queryKey: ['data', 'index.json'],
    queryFn: async ({ signal }) =>
      indexMeta(
        parseDataText(corpusMetaSchema, await readDataFile('index.json', signal), 'index.json'),
      ),
    staleTime: Infinity,
  });
}

/** A slice of claims, resolved for display: a chunk, one claim, or the claims quoting a source. */
export function sliceQueryOptions(path: string) {
  return queryOptions({
    queryKey: ['data', path],
    queryFn: async ({ client, signal }) => {
      const [meta, text] = await Promise.all([
        client.ensureQueryData(metaQueryOptions()),
        readDataFile(path, signal),
      ]);
      return resolveClaims(meta, parseDataText(claimSliceSchema, text, path));
    },
    staleTime: Infinity,
  });
}

/** The `n`th chunk of claims in display order. */
export const chunkQueryOptions = (n: number) => sliceQueryOptions(`chunks/${n}.json`);

/** One claim with its source and relations. */
export const claimSliceQueryOptions = (id: string) => sliceQueryOptions(`claims/${id}.json`);

/** One source's record with every claim quoting it. */
export const sourceSliceQueryOptions = (id: string) => sliceQueryOptions(`sources/${id}.json`);

/** A data file parsed with its schema, kept for the visit. */
function parsedFileQueryOptions<T>(path: string, schema: z.ZodMiniType<T>) {
  // The path names the file, and each file has one schema: the key needs no more.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['data', path],
    queryFn: async ({ signal }) => parseDataText(schema, await readDataFile(path, signal), path),
    staleTime: Infinity,
  });
}

/** Each claim's speaker and speech, for the speaker and speech filters. */
export const facetsQueryOptions = () => parsedFileQueryOptions('facets.json', facetsSchema);

/** Each claim's folded text, for the search box. */
export const searchIndexQueryOptions = () =>
  parsedFileQueryOptions('search.json', searchIndexSchema);
