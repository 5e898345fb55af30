import type { ClaimStub } from './schema.ts';

/**
 * What names a claim at the other end of a relation, taken from the claim (or from a stub):
 * its summary, its short form when it has one, its speaker and topic.
 */
export function stubOf(claim: ClaimStub): ClaimStub {
  const { id, summary, short, speaker, topic } = claim;
  return { id, summary, ...(short !== undefined && { short }), speaker, topic };
}
