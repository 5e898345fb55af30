import type { ClaimView, CorpusIndex } from '../corpus/corpus-index.ts';
import type { Party, Topic } from '../corpus/schema.ts';
import { foldForSearch, searchTerms } from '../lib/search-text.ts';
import type { ComparisonSearch } from './comparison-search.ts';

/** One cell of the comparison: a party's claims on a topic, after filtering. */
export type ComparisonCell = {
  party: Party;
  claims: ClaimView[];
  /** How many claims the party made on this topic before filtering; 0 means silence. */
  total: number;
};

/** One row of the comparison: a topic, with a cell per shown party. */
export type ComparisonRow = { topic: Topic; cells: ComparisonCell[] };

/** The comparison after filtering: rows, shown parties, and counts. */
export type Comparison = {
  parties: Party[];
  rows: ComparisonRow[];
  /** Claims that pass every filter. */
  matching: number;
  /** Claims in the corpus. */
  total: number;
};

/** The text a claim is searched by: its quote, our summary, and the speaker's name and role. */
function haystack({ claim, speaker }: ClaimView): string {
  return foldForSearch(
    [claim.quote.textQuoteSelector.exact, claim.summary, speaker.name, speaker.role ?? ''].join(
      '\n',
    ),
  );
}

/** True when the claim passes every filter. */
export function claimMatches(view: ClaimView, search: ComparisonSearch, terms: string[]): boolean {
  const { claim, party } = view;
  if (search.party.length > 0 && !search.party.includes(party.id)) return false;
  if (search.topic.length > 0 && !search.topic.includes(claim.topic)) return false;
  if (search.speaker.length > 0 && !search.speaker.includes(claim.speaker)) return false;
  if (search.speech && claim.speech !== search.speech) return false;
  if (terms.length === 0) return true;
  const text = haystack(view);
  return terms.every((term) => text.includes(term));
}

/**
 * Builds the comparison: one row per shown topic (in topic order) that has a matching claim or,
 * with no text or speaker filter, any claim at all; one cell per shown party.
 */
export function buildComparison(index: CorpusIndex, search: ComparisonSearch): Comparison {
  const terms = searchTerms(search.q);
  const parties = index.corpus.parties.filter(
    (party) => search.party.length === 0 || search.party.includes(party.id),
  );
  const topics = index.corpus.topics.filter(
    (topic) => search.topic.length === 0 || search.topic.includes(topic.id),
  );
  const narrowing = terms.length > 0 || search.speaker.length > 0 || search.speech !== undefined;
  let matching = 0;
  const rows: ComparisonRow[] = [];
  for (const topic of topics) {
    const onTopic = index.claims.filter((view) => view.claim.topic === topic.id);
    const cells = parties.map((party) => {
      const all = onTopic.filter((view) => view.party.id === party.id);
      const claims = all.filter((view) => claimMatches(view, search, terms));
      return { party, claims, total: all.length };
    });
    const count = cells.reduce((sum, cell) => sum + cell.claims.length, 0);
    matching += count;
    if (count > 0 || !narrowing) rows.push({ topic, cells });
  }
  return { parties, rows, matching, total: index.claims.length };
}
