import type { CorpusIndex } from '../corpus/corpus-index.ts';
import type { KnownIds } from './comparison-search.ts';

/** The ids each list filter may take, in display order. */
export function knownIds(index: CorpusIndex): KnownIds {
  return {
    party: index.corpus.parties.map((party) => party.id),
    topic: index.corpus.topics.map((topic) => topic.id),
    speaker: index.corpus.speakers.map((speaker) => speaker.id),
  };
}
