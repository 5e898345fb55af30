import type { QueryClient } from '@tanstack/react-query';
import type { ResolvedClaims } from './corpus-index.ts';
import type { MetaIndex } from './corpus-meta.ts';
import { chunkQueryOptions } from './corpus-query.ts';
import { chunksOf } from './layout.ts';
import * as words from './composed-query.words.ts';

// Views made of several data files (a page of the comparison, a topic's answers): each is a
// query of its own, built from the file queries in the cache.

/** Loads a data file a composed view still needs before it can be built. */
export type FileQuery = (client: QueryClient) => Promise<unknown>;

/** A composed view built from the files in the cache, or the file queries it still waits on. */
export type Composed<T> = { data: T } | { missing: FileQuery[] };

/**
 * A view composed of data files, built synchronously from those already in the cache: the
 * first render of a prerendered page, whose files came with it, has its view at once. The
 * query function loads whatever is missing (in stages: the index says which chunks) and builds
 * the same way.
 */
export function composedQuery<T>(compose: (client: QueryClient) => Composed<T>) {
  return {
    /** Loads the missing files until the view can be built; fails as the first file that fails. */
    queryFn: async ({ client }: { client: QueryClient }): Promise<T> => {
      // Two stages at most (the index, then the chunks it points to); a few more allow for a
      // file dropped from the cache meanwhile, never a loop.
      for (let stage = 0; stage < 5; stage++) {
        const composed = compose(client);
        if ('data' in composed) return composed.data;
        await Promise.all(composed.missing.map((loadFile) => loadFile(client)));
      }
      throw new Error(words.keptGoingMissing);
    },
    /** The view, when every file it needs is already in the cache. */
    fromCache: (client: QueryClient): T | undefined => {
      const composed = compose(client);
      return 'data' in composed ? composed.data : undefined;
    },
  };
}

/**
 * Options of a query made of data file queries. Those try a failed request again themselves:
 * retrying the whole here too would multiply the attempts (and the reader's wait) three times.
 */
export const madeOfFileQueries = { retry: false } as const;

/** The chunks holding some positions, from the cache; a lookup by position and by claim. */
export function cachedPositions(client: QueryClient, index: MetaIndex, positions: number[]) {
  const size = index.meta.chunkSize;
  const chunks = new Map<number, ResolvedClaims>();
  const missing: FileQuery[] = [];
  for (const n of chunksOf(positions, size)) {
    const options = chunkQueryOptions(n);
    const chunk = client.getQueryData(options.queryKey);
    if (chunk) chunks.set(n, chunk);
    else missing.push((c) => c.ensureQueryData(options));
  }
  return {
    missing,
    viewAt: (position: number) => chunks.get(Math.floor(position / size))?.claims[position % size],
    relationsOf: (id: string) => {
      for (const chunk of chunks.values()) {
        const relations = chunk.relationsByClaim.get(id);
        if (relations) return relations;
      }
      return undefined;
    },
  };
}
