import type { CorpusMeta } from '../corpus/schema.ts';
import type { KnownIds } from './comparison-search.ts';

/** The ids each list filter may take, in display order. */
export function knownIds({
  parties,
  topics,
  speakers,
}: Pick<CorpusMeta, 'parties' | 'topics' | 'speakers'>): KnownIds {
  return {
    party: parties.map((party) => party.id),
    topic: topics.map((topic) => topic.id),
    speaker: speakers.map((speaker) => speaker.id),
  };
}
