import type { CompiledCorpus } from '../../src/corpus/corpus-schema.ts';

/**
 * The report `corpus:check` prints on success: sources, claims per party and per topic,
 * relations per type, and that every quote (each appearance of a claim in a source) was found
 * verbatim.
 */
export function summarizeCorpus(corpus: CompiledCorpus): string {
  const partyOf = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker.party]));
  const count = <T>(items: T[], key: (item: T) => string) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return counts;
  };
  const byParty = count(corpus.claims, (claim) => partyOf.get(claim.speaker) ?? '?');
  const byTopic = count(corpus.claims, (claim) => claim.topic);
  const byType = count(corpus.relations, (relation) => relation.type);
  const direct = corpus.claims.filter((claim) => claim.speech === 'direct').length;
  const quotes = corpus.claims.reduce((sum, claim) => sum + 1 + (claim.alsoIn?.length ?? 0), 0);
  const several = corpus.claims.filter((claim) => claim.alsoIn).length;
  const width = Math.max(...corpus.topics.map((topic) => topic.id.length), 8);
  const row = (label: string, n: number) => `  ${label.padEnd(width)}  ${String(n).padStart(4)}`;
  return [
    `Sources: ${corpus.sources.length}`,
    ...corpus.sources.map((source) => `  ${source.id} (${source.publisher}, ${source.published})`),
    `Claims: ${corpus.claims.length} (${direct} direct, ${corpus.claims.length - direct} reported)${several > 0 ? `, ${several} carried by more than one source` : ''}`,
    'Claims per party:',
    ...corpus.parties.map((party) => row(`${party.id}`, byParty.get(party.id) ?? 0)),
    'Claims per topic:',
    ...corpus.topics.map((topic) => row(topic.id, byTopic.get(topic.id) ?? 0)),
    `Relations: ${corpus.relations.length}`,
    ...['disputes', 'supports', 'qualifies', 'elaborates'].map((type) =>
      row(type, byType.get(type) ?? 0),
    ),
    `Quotes found verbatim in their archived sources: ${quotes} of ${quotes}; every source matches its SHA-256.`,
  ].join('\n');
}
