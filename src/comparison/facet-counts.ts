import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { composedQuery, madeOfFileQueries, type Composed } from '../corpus/composed-query.ts';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import type { Facets, Speech } from '../corpus/schema.ts';
import type { ClaimSearch } from '../search/claim-search.ts';
import { cachedTables } from './comparison-query.ts';
import type { ComparisonSearch } from './comparison-search.ts';
import { filterNeeds, matchPositions } from './filter-claims.ts';

/**
 * How many claims each value of a filter would match, given the other filters: what a reader
 * would get by ticking it (the party counts follow the topic, speaker, speech and text
 * filters, and so on), as shopping sites count their facets.
 */
export type FacetCounts = {
  party: ReadonlyMap<string, number>;
  topic: ReadonlyMap<string, number>;
  speaker: ReadonlyMap<string, number>;
  speech: Readonly<Record<Speech, number>>;
};

/** The facet counts of a search, from the index, the facets table and (with a text) the texts. */
export function facetCounts(
  index: MetaIndex,
  search: ComparisonSearch,
  facets: Facets,
  text?: ClaimSearch,
): FacetCounts {
  const { meta, layout } = index;
  const without = (change: Partial<ComparisonSearch>) =>
    matchPositions(index, { ...search, ...change }, facets, text).positions;
  const tally = <T extends { id: string }>(
    items: readonly T[],
    positions: number[],
    of: (position: number) => number,
  ) => {
    const counts = items.map(() => 0);
    for (const position of positions) {
      const i = of(position);
      counts[i] = (counts[i] ?? 0) + 1;
    }
    return new Map(items.map((item, i) => [item.id, counts[i] ?? 0]));
  };
  const speech = { direct: 0, reported: 0 };
  for (const position of without({ speech: undefined }))
    speech[facets.speech[position] === 'd' ? 'direct' : 'reported']++;
  return {
    party: tally(meta.parties, without({ party: [] }), (p) => layout.partyAt[p] ?? 0),
    topic: tally(meta.topics, without({ topic: [] }), (p) => layout.topicAt[p] ?? 0),
    speaker: tally(meta.speakers, without({ speaker: [] }), (p) => facets.speaker[p] ?? 0),
    speech,
  };
}

/** The facet counts of a search, loading the tables they need. */
export function facetCountsQueryOptions(search: ComparisonSearch) {
  const composed = composedQuery((client: QueryClient): Composed<FacetCounts> => {
    // The speaker counts need the facets table, whatever the filters.
    const tables = cachedTables(client, { facets: true, text: filterNeeds(search).text });
    if ('missing' in tables) return tables;
    const { index, facets, text } = tables;
    if (!facets) throw new Error('the facets table was asked for');
    return { data: facetCounts(index, search, facets, text) };
  });
  return queryOptions({
    queryKey: ['facet-counts', search],
    ...madeOfFileQueries,
    queryFn: composed.queryFn,
    staleTime: Infinity,
  });
}
