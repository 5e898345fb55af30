import type { CompiledCorpus } from '../corpus/schema.ts';

/**
 * The compiled corpus restricted to some claims, in the same format and `schemaVersion`, so it
 * still parses with `compiledCorpusSchema`. Claims keep corpus order whatever order the ids come
 * in; unknown ids are ignored. Only relations between two kept claims survive, and only the
 * speakers, parties, topics and sources the kept claims refer to, each list in corpus order.
 */
export function corpusSubset(corpus: CompiledCorpus, claimIds: Iterable<string>): CompiledCorpus {
  const wanted = new Set(claimIds);
  const claims = corpus.claims.filter((claim) => wanted.has(claim.id));
  const kept = new Set(claims.map((claim) => claim.id));
  const speakerIds = new Set(claims.map((claim) => claim.speaker));
  const speakers = corpus.speakers.filter((speaker) => speakerIds.has(speaker.id));
  const partyIds = new Set(speakers.map((speaker) => speaker.party));
  const topicIds = new Set(claims.map((claim) => claim.topic));
  const sourceIds = new Set(claims.map((claim) => claim.source));
  return {
    schemaVersion: corpus.schemaVersion,
    parties: corpus.parties.filter((party) => partyIds.has(party.id)),
    speakers,
    topics: corpus.topics.filter((topic) => topicIds.has(topic.id)),
    sources: corpus.sources.filter((source) => sourceIds.has(source.id)),
    claims,
    relations: corpus.relations.filter(
      (relation) => kept.has(relation.from) && kept.has(relation.to),
    ),
  };
}

/** The corpus as indented JSON ending in a newline, for a file a person may open and diff. */
export function toJsonText(corpus: CompiledCorpus): string {
  return `${JSON.stringify(corpus, null, 2)}\n`;
}
