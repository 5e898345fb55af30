import { dossierKey } from './dossier-key.ts';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { DataFileKinds } from './checked-data-file.ts';
import { parseDataJson } from './corpus-format-error.ts';
import { resolveClaims } from './corpus-index.ts';
import { indexMeta, type MetaIndex } from './corpus-meta.ts';
import { readDataFile } from './data-file.ts';
import {
  chunkFile,
  claimFile,
  facetsFile,
  indexFile,
  isChunkFile,
  isParsedFile,
  isSliceFile,
  sourceFile,
} from './data-paths.ts';

// Data files only change with a new build, so each is fetched once per visit. Each query holds
// its file decoded (parsed, then indexed). A fetched file is checked against its schema first,
// as it may come from another build than the code (a new deploy); the files a prerendered page
// carries were written by the same build as its code, so `seedDataFile` decodes them without
// the check, and the first view's code holds no schema library.

/** Reads a data file's JSON as a kind of file (checked or not, see above). */
export type ReadJson = <K extends keyof DataFileKinds>(
  kind: K,
  text: string,
  path: string,
) => DataFileKinds[K];

/** The JSON of a file the page carries, as it is. */
const carried: ReadJson = (_kind, text, path) => parseDataJson(text, path) as never;

/** The check of fetched files, loaded with the first fetch. */
const checked = (): Promise<ReadJson> =>
  import('./checked-data-file.ts').then((module) => module.checkDataFile);

/** Fetches a data file, with the check that reads it: for a query of a file of its own. */
export async function fetchedDataFile(
  path: string,
  signal: AbortSignal,
): Promise<[string, ReadJson]> {
  return Promise.all([readDataFile(path, signal), checked()]);
}

/**
 * The files every page shares (the index, the chunks), decoded once for the whole prerender:
 * it renders thousands of pages from them, each with a fresh cache. The browser decodes each
 * file once per visit anyway.
 */
const shared = import.meta.env.SSR
  ? new Map<string, { text: string; meta?: MetaIndex; value: unknown }>()
  : undefined;

function decodeOnce<T>(
  path: string,
  text: string,
  meta: MetaIndex | undefined,
  decode: () => T,
): T {
  if (!shared || !(path === indexFile || isChunkFile(path))) return decode();
  const hit = shared.get(path);
  if (hit && hit.text === text && hit.meta === meta) return hit.value as T;
  const value = decode();
  shared.set(path, { text, meta, value });
  return value;
}

const decodeMeta = (text: string, read: ReadJson) =>
  decodeOnce(indexFile, text, undefined, () => indexMeta(read('meta', text, indexFile)));

const decodeSlice = (meta: MetaIndex, path: string, text: string, read: ReadJson) =>
  decodeOnce(path, text, meta, () => resolveClaims(meta, read('slice', text, path)));

/**
 * The data file a query key names (`[dossier, 'data', path, …]`, as every data file's query
 * has it), or undefined for a key of anything else.
 */
export function dataFileOfQueryKey(queryKey: readonly unknown[]): string | undefined {
  const [dossier, kind, path] = queryKey;
  return dossier === dossierKey && kind === 'data' && typeof path === 'string' ? path : undefined;
}

/** `index.json`: parties, speakers, topics and the claims' layout. */
export function metaQueryOptions() {
  return queryOptions({
    queryKey: [dossierKey, 'data', indexFile],
    queryFn: async ({ signal }) => decodeMeta(...(await fetchedDataFile(indexFile, signal))),
    staleTime: Infinity,
  });
}

/** A slice of claims, resolved for display: a chunk, one claim, or those a source quotes or translates. */
export function sliceQueryOptions(path: string) {
  return queryOptions({
    queryKey: [dossierKey, 'data', path],
    queryFn: async ({ client, signal }) => {
      const [meta, [text, read]] = await Promise.all([
        client.ensureQueryData(metaQueryOptions()),
        fetchedDataFile(path, signal),
      ]);
      return decodeSlice(meta, path, text, read);
    },
    staleTime: Infinity,
  });
}

/** The `n`th chunk of claims in display order. */
export const chunkQueryOptions = (n: number) => sliceQueryOptions(chunkFile(n));

/** One claim with its source and relations. */
export const claimSliceQueryOptions = (id: string) => sliceQueryOptions(claimFile(id));

/** One source's record with every claim it quotes or publishes a translation of. */
export const sourceSliceQueryOptions = (id: string) => sliceQueryOptions(sourceFile(id));

/** A data file of one kind, parsed, kept for the visit (under the key `seedDataFile` uses). */
export function parsedFileQueryOptions<K extends 'facets' | 'timeline' | 'timelineDetail'>(
  kind: K,
  path: string,
) {
  // The path names the file, and each file has one kind: the key needs no more.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: [dossierKey, 'data', path],
    queryFn: async ({ signal }) => {
      const [text, read] = await fetchedDataFile(path, signal);
      return read(kind, text, path);
    },
    staleTime: Infinity,
  });
}

/** Each claim's speaker and speech, for the speaker and speech filters. */
export const facetsQueryOptions = () => parsedFileQueryOptions('facets', facetsFile);

/**
 * Puts a JSON data file that came with the page into the cache, decoded as its query would
 * decode it (without the schema check, see above). A slice needs the index in the cache
 * first. Throws when a file is not JSON; ignores files of no known kind, and the search index
 * (no page carries it: it loads with the search engine's code).
 */
export function seedDataFile(client: QueryClient, path: string, text: string): void {
  if (path === indexFile) {
    client.setQueryData(metaQueryOptions().queryKey, decodeMeta(text, carried));
  } else if (isSliceFile(path)) {
    const meta = client.getQueryData(metaQueryOptions().queryKey);
    if (meta)
      client.setQueryData(sliceQueryOptions(path).queryKey, decodeSlice(meta, path, text, carried));
  } else if (isParsedFile(path)) {
    // Kept as parsed, as their queries keep them (`parsedFileQueryOptions`).
    client.setQueryData([dossierKey, 'data', path], parseDataJson(text, path));
  }
}
