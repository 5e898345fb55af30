import { stubOf } from '../corpus/claim-stub.ts';
import type { ClaimStub } from '../corpus/schema.ts';
import type { CompiledCorpus } from '../corpus/corpus-schema.ts';

/**
 * The compiled corpus restricted to some claims, in the same format and `schemaVersion`, so it
 * still parses with `compiledCorpusSchema`. Claims keep corpus order whatever order the ids come
 * in; unknown ids are ignored. Relations between two kept claims stay in `relations`; those
 * linking a kept claim to one left out go to `outsideRelations`, with a stub of each claim left
 * out in `related` (taken from the corpus's claims or its own `related` stubs). The speakers,
 * parties, topics and sources kept are those the kept claims and stubs refer to, each list in
 * corpus order, so every reference in the subset resolves inside it.
 */
export function corpusSubset(corpus: CompiledCorpus, claimIds: Iterable<string>): CompiledCorpus {
  const wanted = new Set(claimIds);
  const claims = corpus.claims.filter((claim) => wanted.has(claim.id));
  const kept = new Set(claims.map((claim) => claim.id));
  const relations = corpus.relations.filter(
    (relation) => kept.has(relation.from) && kept.has(relation.to),
  );
  const outsideRelations = [...corpus.relations, ...(corpus.outsideRelations ?? [])].filter(
    (relation) => kept.has(relation.from) !== kept.has(relation.to),
  );
  const stubs = new Map<string, ClaimStub>();
  for (const stub of [...corpus.claims, ...(corpus.related ?? [])]) {
    if (!stubs.has(stub.id)) {
      stubs.set(stub.id, stubOf(stub));
    }
  }
  const relatedIds = new Set(
    outsideRelations.map((relation) => (kept.has(relation.from) ? relation.to : relation.from)),
  );
  const related = [...relatedIds].flatMap((id) => stubs.get(id) ?? []);
  const referrers = [...claims, ...related];
  const speakerIds = new Set(referrers.map((claim) => claim.speaker));
  const speakers = corpus.speakers.filter((speaker) => speakerIds.has(speaker.id));
  const partyIds = new Set(speakers.map((speaker) => speaker.party));
  const topicIds = new Set(referrers.map((claim) => claim.topic));
  const sourceIds = new Set(
    claims.flatMap((claim) => [claim.source, ...(claim.alsoIn ?? []).map((one) => one.source)]),
  );
  return {
    schemaVersion: corpus.schemaVersion,
    dossier: corpus.dossier,
    parties: corpus.parties.filter((party) => partyIds.has(party.id)),
    speakers,
    topics: corpus.topics.filter((topic) => topicIds.has(topic.id)),
    sources: corpus.sources.filter((source) => sourceIds.has(source.id)),
    claims,
    relations,
    ...(outsideRelations.length > 0 ? { outsideRelations, related } : {}),
  };
}

/** The corpus as indented JSON ending in a newline, for a file a person may open and diff. */
export function toJsonText(corpus: CompiledCorpus): string {
  return `${JSON.stringify(corpus, null, 2)}\n`;
}
