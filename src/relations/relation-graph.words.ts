// The words of claims and relations in the relation views' link names (relation-graph.ts), in
// English; each other interface language's are in `relation-graph.words.<language>.ts` beside
// this file.

/** A claim: our short form, then who, never "<speaker>: <short form>" (`src/corpus/glance.ts`). */
export const claimLine = (short: string, speaker: string, party: string) =>
  `${short} — ${speaker} (${party})`;
/** A relation, from its first claim: the claim, the relation (lower case), the other claim. */
export const edgeLine = (from: string, relation: string, to: string) =>
  `${from}, ${relation}: ${to}`;
