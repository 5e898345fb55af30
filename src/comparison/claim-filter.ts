import type { MetaIndex } from '../corpus/corpus-meta.ts';
import type { Facets } from '../corpus/schema.ts';
import type { ClaimSearch } from '../search/claim-search.ts';
import type { ComparisonSearch } from './comparison-search.ts';

// The one place that says which claims a search keeps. The comparison keeps a claim that fails
// no filter; the facet counts count a claim for one filter's values when that filter is the
// only one it fails. Both read `fails`, so the list and its counts cannot disagree.

/** The filters a claim can fail, one bit each, as `ClaimFilter.fails` reports them. */
export const Fails = { party: 1, topic: 2, speaker: 4, speech: 8, text: 16 } as const;

/** A search's filters, ready to test each claim by its display position (see `layout.ts`). */
export type ClaimFilter = {
  /** Per party, in the index's order: whether the party filter keeps its claims. */
  keepsParty: readonly boolean[];
  /** Per topic, in the index's order: whether the topic filter keeps its claims. */
  keepsTopic: readonly boolean[];
  /** The filters the claim at a display position fails, as bits of {@link Fails} (0: kept). */
  fails: (position: number) => number;
  /** The words the search text matched, as the search index holds them (none without one). */
  terms: readonly string[];
};

/** Which of the on-demand tables a search needs. */
export function filterNeeds(search: ComparisonSearch): { facets: boolean; text: boolean } {
  // A query of marks alone has no word to look for.
  const text = /[\p{L}\p{N}]/u.test(search.q);
  return {
    facets: text || search.speaker.length > 0 || search.speech !== undefined,
    text,
  };
}

/** A filter of ids keeps those ticked, or every one when none is. */
const keeps = (ticked: readonly string[], id: string) => ticked.length === 0 || ticked.includes(id);

/** Which parties and topics a search keeps: all the layout alone can tell. */
export function keptPartiesAndTopics(
  index: MetaIndex,
  search: ComparisonSearch,
): Pick<ClaimFilter, 'keepsParty' | 'keepsTopic'> {
  return {
    keepsParty: index.meta.parties.map((party) => keeps(search.party, party.id)),
    keepsTopic: index.meta.topics.map((topic) => keeps(search.topic, topic.id)),
  };
}

/**
 * The filters of a search over the corpus: party and topic from the layout alone; speaker,
 * speech and text from the facets and search tables, which the caller loads when
 * {@link filterNeeds} says so (or always, to count the speaker facet). A text matches as the
 * search index says (see `claim-search.ts`): every word of it in some field the card shows.
 */
export function claimFilter(
  index: MetaIndex,
  search: ComparisonSearch,
  facets?: Facets,
  text?: ClaimSearch,
): ClaimFilter {
  const needs = filterNeeds(search);
  if ((needs.facets && !facets) || (needs.text && !text)) {
    throw new Error('The speaker, speech and text filters need the facets and search tables');
  }
  const { partyAt, topicAt } = index.layout;
  const { keepsParty, keepsTopic } = keptPartiesAndTopics(index, search);
  // An unknown speaker's id keeps no claim (its index is undefined, which no claim has).
  const speakers =
    search.speaker.length > 0
      ? new Set(search.speaker.map((id) => index.speakerIndex.get(id)))
      : undefined;
  const speech = search.speech === undefined ? undefined : search.speech === 'direct' ? 'd' : 'r';
  const hits = needs.text ? text?.find(search.q) : undefined;
  const found = hits?.positions;
  const speakerAt = facets?.speaker ?? [];
  const speechAt = facets?.speech ?? '';
  return {
    keepsParty,
    keepsTopic,
    // Called for every claim on every keystroke: reads of arrays held in locals, no allocation.
    fails: (position) =>
      (keepsParty[partyAt[position] ?? 0] ? 0 : Fails.party) |
      (keepsTopic[topicAt[position] ?? 0] ? 0 : Fails.topic) |
      (speakers && !speakers.has(speakerAt[position]) ? Fails.speaker : 0) |
      (speech && speechAt[position] !== speech ? Fails.speech : 0) |
      (found && !found.has(position) ? Fails.text : 0),
    terms: hits?.terms ?? [],
  };
}
