/**
 * Where each of the browser's data files is, under `data/<version>/`: spelled here once, for
 * the compiler that writes them (scripts/corpus/browser-data-files.ts), the queries that read
 * them and the page data that seeds them. What each holds is in `schema.ts` and
 * `docs/data-format.md`.
 */

/** What every view needs: parties, speakers, topics, the overview (`corpusMetaSchema`). */
export const indexFile = 'index.json';

/** The `n`th chunk of claims in display order. */
export const chunkFile = (n: number) => `chunks/${n}.json`;

/** One claim, with its sources and relations. */
export const claimFile = (id: string) => `claims/${id}.json`;

/** One source's record, with every claim it quotes or publishes a translation of. */
export const sourceFile = (id: string) => `sources/${id}.json`;

/** Whether `path` is a chunk of claims. */
export const isChunkFile = (path: string) => path.startsWith('chunks/');

/** Whether `path` is one of the files above that hold a slice of claims. */
export const isSliceFile = (path: string) => /^(chunks|claims|sources)\/[^/]+\.json$/.test(path);

/** Each claim's speaker and speech, for the filters. */
export const facetsFile = 'facets.json';

/** The search index. */
export const searchFile = 'search.json';

/** Every dated claim's place and days, for the timeline's lanes. */
export const timelineFile = 'timeline.json';

/** The `n`th file of what the timeline's claims say. */
export const timelineDetailFile = (n: number) => `timeline/${n}.json`;

/** Whether `path` is a file kept as parsed: the facets or a timeline file. */
export const isParsedFile = (path: string) => /^(facets|timeline)\b/.test(path);
