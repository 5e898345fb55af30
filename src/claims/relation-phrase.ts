import type { RelationView } from '../corpus/corpus-index.ts';
import type { RelationType } from '../corpus/schema.ts';
import * as words from './relation-phrase.words.ts';

/** The page's words for each relation type (why two differ from the data's: docs/architecture.md). */
const phrases: Record<RelationType, { outgoing: string; incoming: string }> = {
  disputes: { outgoing: words.disputes, incoming: words.disputedBy },
  supports: { outgoing: words.backs, incoming: words.backedBy },
  qualifies: { outgoing: words.qualifies, incoming: words.qualifiedBy },
  elaborates: { outgoing: words.addsDetailTo, incoming: words.detailedBy },
};

/** The same, with the other claim's speaker: "Disputed by Tobias Fenn". */
const speakerPhrases: Record<
  RelationType,
  { outgoing: (speaker: string) => string; incoming: (speaker: string) => string }
> = {
  disputes: { outgoing: words.disputesSpeaker, incoming: words.disputedBySpeaker },
  supports: { outgoing: words.backsSpeaker, incoming: words.backedBySpeaker },
  qualifies: { outgoing: words.qualifiesSpeaker, incoming: words.qualifiedBySpeaker },
  elaborates: { outgoing: words.addsDetailToSpeaker, incoming: words.detailedBySpeaker },
};

/**
 * What a relation's badge says: the phrase, then which claim of that speaker it is, by its
 * short form (or summary), so that two relations with one speaker read apart.
 */
export function relationLabel(view: RelationView): { phrase: string; claim: string } {
  const { claim } = view.other;
  return { phrase: relationPhrase(view), claim: claim.short ?? claim.summary };
}

/** The words for a relation type, read from one side: "Disputes", "Disputed by". */
export function relationWords(type: RelationType, direction: RelationView['direction']): string {
  return phrases[type][direction];
}

/** A relation in plain words from one claim's side: "Disputed by Tobias Fenn", "Backs Mara Quist". */
export function relationPhrase({ relation, direction, other }: RelationView): string {
  return speakerPhrases[relation.type][direction](other.speaker.name);
}
