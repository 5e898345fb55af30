import type { CompiledClaim, CompiledCorpus, Party, Speaker, Topic } from './schema.ts';

/** A claim with the records it refers to, resolved for display. */
export type ClaimView = {
  claim: CompiledClaim;
  speaker: Speaker;
  party: Party;
  topic: Topic;
};

/** One party and its claims, ordered by topic and then as authored. */
export type PartyClaims = { party: Party; claims: ClaimView[] };

/**
 * Groups every claim under its speaker's party, parties in corpus order. Claims whose
 * references do not resolve are left out (the verifier makes that impossible for built data).
 */
export function claimsByParty(corpus: CompiledCorpus): PartyClaims[] {
  const speakers = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker]));
  const parties = new Map(corpus.parties.map((party) => [party.id, party]));
  const topics = new Map(corpus.topics.map((topic) => [topic.id, topic]));
  const groups = new Map<string, ClaimView[]>(corpus.parties.map((party) => [party.id, []]));
  for (const claim of corpus.claims) {
    const speaker = speakers.get(claim.speaker);
    const party = speaker && parties.get(speaker.party);
    const topic = topics.get(claim.topic);
    if (speaker && party && topic) groups.get(party.id)?.push({ claim, speaker, party, topic });
  }
  return corpus.parties.map((party) => ({
    party,
    claims: (groups.get(party.id) ?? []).toSorted((a, b) => a.topic.order - b.topic.order),
  }));
}
