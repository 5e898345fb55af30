import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ClaimView, RelationView, ResolvedClaims } from '../corpus/corpus-index.ts';
import {
  chunkQueryOptions,
  facetsQueryOptions,
  metaQueryOptions,
  searchIndexQueryOptions,
} from '../corpus/corpus-query.ts';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import { chunksOf, topicPreview } from '../corpus/layout.ts';
import { defaultSearch, type ComparisonSearch } from './comparison-search.ts';
import {
  buildComparison,
  filterNeeds,
  matchPositions,
  pageOf,
  type Comparison,
  type Matches,
} from './filter-claims.ts';

/** Claims of each party shown under "every party's answer" on a claim's page. */
const topicPreviewPerParty = 4;

/** Loads a data file a composed view still needs before it can be built. */
type FileQuery = (client: QueryClient) => Promise<unknown>;

/** A composed view built from the files in the cache, or the file queries it still waits on. */
type Composed<T> = { data: T } | { missing: FileQuery[] };

/**
 * A view composed of data files, built synchronously from those already in the cache: the
 * first render of a prerendered page, whose files came with it, has its view at once. The
 * query function loads whatever is missing (in stages: the index says which chunks) and builds
 * the same way.
 */
function composedQuery<T>(compose: (client: QueryClient) => Composed<T>) {
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
      throw new Error('The data files of this view kept going missing from memory. Try again.');
    },
    /** The view, when every file it needs is already in the cache. */
    fromCache: (client: QueryClient): T | undefined => {
      const composed = compose(client);
      return 'data' in composed ? composed.data : undefined;
    },
  };
}

/** The chunks holding some positions, from the cache; a lookup by position and by claim. */
function cachedPositions(client: QueryClient, index: MetaIndex, positions: number[]) {
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

/** The claims matching a search, by position, from the cached index and tables it needs. */
function cachedMatches(
  client: QueryClient,
  search: ComparisonSearch,
): { index: MetaIndex; matches: Matches } | { missing: FileQuery[] } {
  const needs = filterNeeds(search);
  const meta = metaQueryOptions();
  const facets = facetsQueryOptions();
  const text = searchIndexQueryOptions();
  const index = client.getQueryData(meta.queryKey);
  const facetData = needs.facets ? client.getQueryData(facets.queryKey) : undefined;
  const textData = needs.text ? client.getQueryData(text.queryKey) : undefined;
  const missing: FileQuery[] = [
    ...(index ? [] : [(c: QueryClient) => c.ensureQueryData(meta)]),
    ...(needs.facets && !facetData ? [(c: QueryClient) => c.ensureQueryData(facets)] : []),
    ...(needs.text && !textData ? [(c: QueryClient) => c.ensureQueryData(text)] : []),
  ];
  if (!index || missing.length > 0) return { missing };
  return { index, matches: matchPositions(index, search, facetData, textData) };
}

/**
 * Options of a query made of data file queries. Those try a failed request again themselves:
 * retrying the whole here too would multiply the attempts (and the reader's wait) three times.
 */
const madeOfFileQueries = { retry: false } as const;

/** One page of the comparison for a search, composed from the cached files (see below). */
function comparisonComposed(search: ComparisonSearch) {
  return composedQuery((client): Composed<Comparison> => {
    const found = cachedMatches(client, search);
    if ('missing' in found) return found;
    const { index, matches } = found;
    const { positions } = pageOf(index, matches, search.page);
    const { missing, viewAt, relationsOf } = cachedPositions(client, index, positions);
    if (missing.length > 0) return { missing };
    return { data: buildComparison(index, search, matches, search.page, viewAt, relationsOf) };
  });
}

/** One page of the comparison for a search: the page `/` shows. */
export function comparisonQueryOptions(search: ComparisonSearch) {
  return queryOptions({
    queryKey: ['comparison', search],
    ...madeOfFileQueries,
    queryFn: comparisonComposed(search).queryFn,
    staleTime: Infinity,
  });
}

/** The comparison for a search, if every file it needs is already cached (else undefined). */
export function cachedComparison(client: QueryClient, search: ComparisonSearch) {
  return comparisonComposed(search).fromCache(client);
}

/** The first claims of every party on one topic, composed from the cached files. */
function topicPreviewComposed(topicId: string) {
  return composedQuery((client): Composed<Comparison> => {
    const meta = metaQueryOptions();
    const index = client.getQueryData(meta.queryKey);
    if (!index) return { missing: [(c) => c.ensureQueryData(meta)] };
    const t = index.topicIndex.get(topicId) ?? -1;
    const positions = t === -1 ? [] : topicPreview(index.layout, t, topicPreviewPerParty);
    const { missing, viewAt, relationsOf } = cachedPositions(client, index, positions);
    if (missing.length > 0) return { missing };
    const matches: Matches = {
      positions,
      cells: index.meta.topics.flatMap((_, topic) =>
        index.meta.parties.map((_, party) => {
          const count = topic === t ? (index.meta.counts[t]?.[party] ?? 0) : 0;
          return { count, first: -1, last: -1 };
        }),
      ),
      byTopic: index.meta.topics.map((_, topic) => (topic === t ? positions.length : 0)),
    };
    const search = { ...defaultSearch, topic: [topicId] };
    return { data: buildComparison(index, search, matches, 1, viewAt, relationsOf) };
  });
}

/** The first claims of every party on one topic, for a claim's page. */
export function topicPreviewQueryOptions(topicId: string) {
  return queryOptions({
    queryKey: ['topic-preview', topicId],
    ...madeOfFileQueries,
    queryFn: topicPreviewComposed(topicId).queryFn,
    staleTime: Infinity,
  });
}

/** A topic's preview, if every file it needs is already cached (else undefined). */
export function cachedTopicPreview(client: QueryClient, topicId: string) {
  return topicPreviewComposed(topicId).fromCache(client);
}

/** A topic's preview with one claim in its cell, if it is not there already. */
export function withClaim(
  comparison: Comparison,
  view: ClaimView,
  relations: RelationView[],
): Comparison {
  const shown = comparison.rows.some((row) =>
    row.cells.some((cell) => cell.claims.some((other) => other.claim.id === view.claim.id)),
  );
  if (shown) return comparison;
  return {
    ...comparison,
    rows: comparison.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell) =>
        cell.party.id === view.party.id ? { ...cell, claims: [...cell.claims, view] } : cell,
      ),
    })),
    relationsByClaim: new Map([...comparison.relationsByClaim, [view.claim.id, relations]]),
  };
}

/**
 * Every claim matching a search, on every page, and every relation touching each (to claims
 * that match or not): what the export buttons save. Loads every chunk the matches fall in.
 */
export async function loadAllMatching(
  client: QueryClient,
  search: ComparisonSearch,
): Promise<{ views: ClaimView[]; relationsByClaim: Map<string, RelationView[]> }> {
  const all = composedQuery((client) => {
    const found = cachedMatches(client, search);
    if ('missing' in found) return found;
    const { positions } = found.matches;
    const { missing, viewAt, relationsOf } = cachedPositions(client, found.index, positions);
    if (missing.length > 0) return { missing };
    const views = positions.flatMap((position) => viewAt(position) ?? []);
    return {
      data: {
        views,
        relationsByClaim: new Map(
          views.map((view) => [view.claim.id, relationsOf(view.claim.id) ?? []]),
        ),
      },
    };
  });
  return all.queryFn({ client });
}
