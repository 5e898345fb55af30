import type { CompiledCorpus } from '../../src/corpus/corpus-schema.ts';

/**
 * The report `corpus:check` prints on success: sources (with their languages, when they are
 * not all in one), claims per party and per topic, relations per type, translations, that
 * every quote (each appearance of a claim in a source, and each published translation) was
 * found verbatim, and that each saved page gave its archived text again.
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
  const translations = corpus.claims.flatMap((claim) => claim.translations ?? []);
  const published = translations.filter((translation) => 'source' in translation).length;
  const extracted = corpus.sources.filter((source) => source.extractedFrom).length;
  const languages = new Set(corpus.sources.map((source) => source.language));
  const width = corpus.topics.reduce((wide, topic) => Math.max(wide, topic.id.length), 8);
  const row = (label: string, n: number) => `  ${label.padEnd(width)}  ${String(n).padStart(4)}`;
  return [
    `Sources: ${corpus.sources.length}`,
    ...corpus.sources.map(
      (source) =>
        `  ${source.id} (${source.publisher}, ${source.published}${languages.size > 1 ? `, ${source.language}` : ''})`,
    ),
    `Claims: ${corpus.claims.length} (${direct} direct, ${corpus.claims.length - direct} reported)${several > 0 ? `, ${several} carried by more than one source` : ''}`,
    'Claims per party:',
    ...corpus.parties.map((party) => row(`${party.id}`, byParty.get(party.id) ?? 0)),
    'Claims per topic:',
    ...corpus.topics.map((topic) => row(topic.id, byTopic.get(topic.id) ?? 0)),
    `Relations: ${corpus.relations.length}`,
    ...['disputes', 'supports', 'qualifies', 'elaborates'].map((type) =>
      row(type, byType.get(type) ?? 0),
    ),
    ...(translations.length > 0
      ? [
          `Translations: ${translations.length} (${published} published, ${translations.length - published} by the dossier's authors or a machine)`,
        ]
      : []),
    `Quotes found verbatim in their archived sources: ${quotes + published} of ${quotes + published}${published > 0 ? ` (${published} of them published translations)` : ''}; every source matches its SHA-256.`,
    ...(extracted > 0
      ? [
          `Saved pages extracted again: ${extracted} of ${extracted} give their archived text byte for byte.`,
        ]
      : []),
  ].join('\n');
}
