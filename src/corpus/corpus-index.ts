import type {
  CompiledClaim,
  CompiledCorpus,
  CompiledSource,
  Party,
  Relation,
  Speaker,
  Topic,
} from './schema.ts';

/** A claim with the records it refers to, resolved for display. */
export type ClaimView = {
  claim: CompiledClaim;
  speaker: Speaker;
  party: Party;
  topic: Topic;
  source: CompiledSource;
};

/** A relation seen from one claim: the other claim, and which way the relation points. */
export type RelationView = {
  relation: Relation;
  /** `outgoing`: this claim disputes/supports/… the other; `incoming`: the other does so to this one. */
  direction: 'outgoing' | 'incoming';
  other: ClaimView;
};

/** The corpus with every lookup the views need, built once when it loads. */
export type CorpusIndex = {
  corpus: CompiledCorpus;
  /** Every claim, resolved, in corpus order. */
  claims: ClaimView[];
  claimById: ReadonlyMap<string, ClaimView>;
  partyById: ReadonlyMap<string, Party>;
  speakerById: ReadonlyMap<string, Speaker>;
  topicById: ReadonlyMap<string, Topic>;
  sourceById: ReadonlyMap<string, CompiledSource>;
  /** Relations touching each claim, outgoing first. */
  relationsByClaim: ReadonlyMap<string, RelationView[]>;
};

/**
 * Resolves every reference of a parsed corpus. References that do not resolve drop the claim or
 * relation (the verifier makes that impossible for built data, so this only guards the browser).
 */
export function indexCorpus(corpus: CompiledCorpus): CorpusIndex {
  const byId = <T extends { id: string }>(items: T[]) =>
    new Map(items.map((item) => [item.id, item]));
  const partyById = byId(corpus.parties);
  const speakerById = byId(corpus.speakers);
  const topicById = byId(corpus.topics);
  const sourceById = byId(corpus.sources);
  const claims: ClaimView[] = [];
  for (const claim of corpus.claims) {
    const speaker = speakerById.get(claim.speaker);
    const party = speaker && partyById.get(speaker.party);
    const topic = topicById.get(claim.topic);
    const source = sourceById.get(claim.source);
    if (speaker && party && topic && source) claims.push({ claim, speaker, party, topic, source });
  }
  const claimById = new Map(claims.map((view) => [view.claim.id, view]));
  const relationsByClaim = new Map<string, RelationView[]>();
  const add = (id: string, view: RelationView) =>
    relationsByClaim.set(id, [...(relationsByClaim.get(id) ?? []), view]);
  for (const relation of corpus.relations) {
    const from = claimById.get(relation.from);
    const to = claimById.get(relation.to);
    if (!from || !to) continue;
    add(from.claim.id, { relation, direction: 'outgoing', other: to });
    add(to.claim.id, { relation, direction: 'incoming', other: from });
  }
  for (const [id, views] of relationsByClaim) {
    relationsByClaim.set(
      id,
      views.toSorted((a, b) =>
        a.direction === b.direction ? 0 : a.direction === 'outgoing' ? -1 : 1,
      ),
    );
  }
  return {
    corpus,
    claims,
    claimById,
    partyById,
    speakerById,
    topicById,
    sourceById,
    relationsByClaim,
  };
}
