import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import { resolveClaims } from './corpus-index.ts';
import { indexMeta, type MetaIndex } from './corpus-meta.ts';
import { readDataFile } from './data-file.ts';
import { parseDataText } from './parse-corpus.ts';
import { claimSliceSchema, corpusMetaSchema, facetsSchema, searchIndexSchema } from './schema.ts';

// Data files only change with a new build, so each is fetched once per visit. Each query holds
// its file decoded (parsed with its schema, then indexed); `seedDataFile` decodes the same way
// the files a prerendered page carries, so they need no fetch.

/**
 * The files every page shares (the index, the chunks), decoded once for the whole prerender:
 * it renders thousands of pages from them, each with a fresh cache. The browser decodes each
 * file once per visit anyway.
 */
const shared = import.meta.env.SSR
  ? new Map<string, { text: string; meta?: MetaIndex; value: unknown }>()
  : undefined;
const sharedFile = /^index\.json$|^chunks\//;

function decodeOnce<T>(
  path: string,
  text: string,
  meta: MetaIndex | undefined,
  decode: () => T,
): T {
  if (!shared || !sharedFile.test(path)) return decode();
  const hit = shared.get(path);
  if (hit && hit.text === text && hit.meta === meta) return hit.value as T;
  const value = decode();
  shared.set(path, { text, meta, value });
  return value;
}

const decodeMeta = (text: string) =>
  decodeOnce('index.json', text, undefined, () =>
    indexMeta(parseDataText(corpusMetaSchema, text, 'index.json')),
  );

const decodeSlice = (meta: MetaIndex, path: string, text: string) =>
  decodeOnce(path, text, meta, () =>
    resolveClaims(meta, parseDataText(claimSliceSchema, text, path)),
  );

/** `index.json`: parties, speakers, topics and the claims' layout. */
export function metaQueryOptions() {
  return queryOptions({
    queryKey: ['data', 'index.json'],
    queryFn: async ({ signal }) => decodeMeta(await readDataFile('index.json', signal)),
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
      return decodeSlice(meta, path, text);
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

/**
 * Puts a JSON data file that came with the page into the cache, decoded as its query would
 * decode it. A slice needs the index in the cache first. Throws as the query would (a file
 * that does not parse); ignores files of no known kind.
 */
export function seedDataFile(client: QueryClient, path: string, text: string): void {
  if (path === 'index.json') {
    client.setQueryData(metaQueryOptions().queryKey, decodeMeta(text));
  } else if (path === 'facets.json') {
    client.setQueryData(facetsQueryOptions().queryKey, parseDataText(facetsSchema, text, path));
  } else if (path === 'search.json') {
    const searchIndex = parseDataText(searchIndexSchema, text, path);
    client.setQueryData(searchIndexQueryOptions().queryKey, searchIndex);
  } else if (/^(chunks|claims|sources)\/[^/]+\.json$/.test(path)) {
    const meta = client.getQueryData(metaQueryOptions().queryKey);
    if (meta) client.setQueryData(sliceQueryOptions(path).queryKey, decodeSlice(meta, path, text));
  }
}
