import type { MetaIndex } from '../corpus/corpus-meta.ts';
import { glanceLine } from '../corpus/glance.ts';
import type { TimelineClaim } from '../corpus/schema.ts';
import { formatStatedAt } from '../corpus/stated-at.ts';
import * as words from './timeline-claim-words.words.ts';

/** A timeline claim's speaker, party and topic, from the index it refers to them by. */
export function claimPeople(index: MetaIndex, claim: TimelineClaim) {
  const speaker = index.meta.speakers[claim.speaker];
  const party = speaker && index.partyById.get(speaker.party);
  return { speaker, party, topic: index.meta.topics[claim.topic] };
}

/**
 * A claim in words, for a link's name: when, our short form, then who, with their own words
 * or whose report it is (`glance.ts`).
 */
export function claimWords(index: MetaIndex, claim: TimelineClaim): string {
  const { speaker, party } = claimPeople(index, claim);
  const who = words.speakerOfParty(speaker?.name ?? '', party?.name ?? '');
  return words.datedClaim(formatStatedAt(claim.statedAt), glanceLine(claim.short, who, claim));
}
