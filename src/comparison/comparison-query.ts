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

/** The claims matching a search, by position, loading the tables its filters need. */
async function findMatches(client: QueryClient, search: ComparisonSearch) {
  const needs = filterNeeds(search);
  const [index, facets, text] = await Promise.all([
    client.ensureQueryData(metaQueryOptions()),
    needs.facets ? client.ensureQueryData(facetsQueryOptions()) : undefined,
    needs.text ? client.ensureQueryData(searchIndexQueryOptions()) : undefined,
  ]);
  return { index, matches: matchPositions(index, search, facets, text) };
}

/** Loads the chunks holding some positions; returns a lookup by position and by claim. */
async function loadPositions(client: QueryClient, index: MetaIndex, positions: number[]) {
  const size = index.meta.chunkSize;
  const chunks = new Map<number, ResolvedClaims>(
    await Promise.all(
      chunksOf(positions, size).map(
        async (n) => [n, await client.ensureQueryData(chunkQueryOptions(n))] as const,
      ),
    ),
  );
  return {
    chunks,
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

/**
 * Options of a query made of data file queries. Those try a failed request again themselves:
 * retrying the whole here too would multiply the attempts (and the reader's wait) three times.
 */
const madeOfFileQueries = { retry: false } as const;

/** One page of the comparison for a search: the page `/` shows. */
export function comparisonQueryOptions(search: ComparisonSearch) {
  return queryOptions({
    queryKey: ['comparison', search],
    ...madeOfFileQueries,
    queryFn: async ({ client }): Promise<Comparison> => {
      const { index, matches } = await findMatches(client, search);
      const { positions } = pageOf(index, matches, search.page);
      const { viewAt, relationsOf } = await loadPositions(client, index, positions);
      return buildComparison(index, search, matches, search.page, viewAt, relationsOf);
    },
    staleTime: Infinity,
  });
}

/** The first claims of every party on one topic, for a claim's page. */
export function topicPreviewQueryOptions(topicId: string) {
  return queryOptions({
    queryKey: ['topic-preview', topicId],
    ...madeOfFileQueries,
    queryFn: async ({ client }): Promise<Comparison> => {
      const index = await client.ensureQueryData(metaQueryOptions());
      const t = index.topicIndex.get(topicId) ?? -1;
      const positions = t === -1 ? [] : topicPreview(index.layout, t, topicPreviewPerParty);
      const { viewAt, relationsOf } = await loadPositions(client, index, positions);
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
      return buildComparison(index, search, matches, 1, viewAt, relationsOf);
    },
    staleTime: Infinity,
  });
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
  const { index, matches } = await findMatches(client, search);
  const { viewAt, relationsOf } = await loadPositions(client, index, matches.positions);
  const views = matches.positions.flatMap((position) => viewAt(position) ?? []);
  return {
    views,
    relationsByClaim: new Map(
      views.map((view) => [view.claim.id, relationsOf(view.claim.id) ?? []]),
    ),
  };
}
