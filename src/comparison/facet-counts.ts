import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { composedQuery, madeOfFileQueries, type Composed } from '../corpus/composed-query.ts';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import type { Facets, Speech } from '../corpus/schema.ts';
import type { ClaimSearch } from '../search/claim-search.ts';
import { cachedTables } from './comparison-query.ts';
import type { ComparisonSearch } from './comparison-search.ts';
import { filterNeeds } from './filter-claims.ts';

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
  const needsText = filterNeeds(search).text;
  if (needsText && !text) throw new Error('The text filter needs the search table');
  const found = needsText ? text?.find(search.q).positions : undefined;
  const partyOn = meta.parties.map(
    (party) => search.party.length === 0 || search.party.includes(party.id),
  );
  const speakerOn =
    search.speaker.length > 0
      ? new Set(search.speaker.map((id) => index.speakerIndex.get(id)))
      : undefined;
  const speechOn = search.speech === undefined ? undefined : search.speech === 'direct' ? 'd' : 'r';
  const party = new Array<number>(meta.parties.length).fill(0);
  const topic = new Array<number>(meta.topics.length).fill(0);
  const speaker = new Array<number>(meta.speakers.length).fill(0);
  const speech = { direct: 0, reported: 0 };
  meta.topics.forEach((topicItem, t) => {
    const topicFails = search.topic.length > 0 && !search.topic.includes(topicItem.id);
    const end = layout.topicStart[t + 1] ?? 0;
    for (let position = layout.topicStart[t] ?? 0; position < end; position++) {
      if (found && !found.has(position)) continue;
      const p = layout.partyAt[position] ?? 0;
      const s = facets.speaker[position] ?? 0;
      const kind = facets.speech[position] === 'd' ? 'direct' : 'reported';
      const partyFails = !partyOn[p];
      const speakerFails = speakerOn !== undefined && !speakerOn.has(s);
      const speechFails = speechOn !== undefined && facets.speech[position] !== speechOn;
      const fails = +partyFails + +topicFails + +speakerFails + +speechFails;
      if (fails > 1) continue;
      if (fails === 0 || partyFails) party[p] = (party[p] ?? 0) + 1;
      if (fails === 0 || topicFails) topic[t] = (topic[t] ?? 0) + 1;
      if (fails === 0 || speakerFails) speaker[s] = (speaker[s] ?? 0) + 1;
      if (fails === 0 || speechFails) speech[kind]++;
    }
  });
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
    queryKey: ['facet-counts', search],
    ...madeOfFileQueries,
    queryFn: composed.queryFn,
    staleTime: Infinity,
  });
}
