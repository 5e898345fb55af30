import { dossierKey } from '../corpus/dossier-key.ts';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { composedQuery, madeOfFileQueries, type Composed } from '../corpus/composed-query.ts';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import type { Facets, Speech } from '../corpus/schema.ts';
import type { ClaimSearch } from '../search/claim-search.ts';
import { claimFilter, Fails, filterNeeds } from './claim-filter.ts';
import { cachedTables } from './comparison-query.ts';
import type { ComparisonSearch } from './comparison-search.ts';

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

/**
 * The facet counts of a search, from the index, the facets table and (with a text) the texts.
 * One pass over the claims: a claim counts for every filter's values when it passes them all,
 * and for one filter's values alone when that filter is the only one it fails (what ticking
 * its value would change). The text is not a facet: a claim it misses counts nowhere.
 */
export function facetCounts(
  index: MetaIndex,
  search: ComparisonSearch,
  facets: Facets,
  text?: ClaimSearch,
): FacetCounts {
  const { meta, layout } = index;
  const filter = claimFilter(index, search, facets, text);
  const party = new Array<number>(meta.parties.length).fill(0);
  const topic = new Array<number>(meta.topics.length).fill(0);
  const speaker = new Array<number>(meta.speakers.length).fill(0);
  const speech = { direct: 0, reported: 0 };
  for (let position = 0; position < layout.total; position++) {
    const fails = filter.fails(position);
    // `fails & (fails - 1)` clears the lowest bit: not 0 when two filters or more fail. The
    // text is no facet: a claim it misses is no facet's "only this", so it counts nowhere.
    if ((fails & (fails - 1)) !== 0) continue;
    const p = layout.partyAt[position] ?? 0;
    const t = layout.topicAt[position] ?? 0;
    const s = facets.speaker[position] ?? 0;
    const kind = facets.speech[position] === 'd' ? 'direct' : 'reported';
    if (fails === 0 || fails === Fails.party) party[p] = (party[p] ?? 0) + 1;
    if (fails === 0 || fails === Fails.topic) topic[t] = (topic[t] ?? 0) + 1;
    if (fails === 0 || fails === Fails.speaker) speaker[s] = (speaker[s] ?? 0) + 1;
    if (fails === 0 || fails === Fails.speech) speech[kind]++;
  }
  const byId = <T extends { id: string }>(items: readonly T[], counts: number[]) =>
    new Map(items.map((item, i) => [item.id, counts[i] ?? 0]));
  return {
    party: byId(meta.parties, party),
    topic: byId(meta.topics, topic),
    speaker: byId(meta.speakers, speaker),
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
    queryKey: [dossierKey, 'facet-counts', search],
    ...madeOfFileQueries,
    queryFn: composed.queryFn,
    staleTime: Infinity,
  });
}
