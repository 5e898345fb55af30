import type * as en from './relation-graph.words.ts';

// The words of claims and relations in the relation views' link names (relation-graph.ts), in
// French; the English words are in `relation-graph.words.ts` beside this file.

/** A claim: our short form, then who, never "<speaker>: <short form>" (`src/corpus/glance.ts`). */
export const claimLine: typeof en.claimLine = (short, speaker, party) =>
  `${short} — ${speaker} (${party})`;
/** A relation, from its first claim: the claim, the relation (lower case), the other claim. */
export const edgeLine: typeof en.edgeLine = (from, relation, to) =>
  `${from}, ${relation}\u00a0: ${to}`;
