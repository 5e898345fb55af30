// The words of the relation picture and matrix (relation-views.tsx), in English; each other
// interface language's are in `relation-views.words.<language>.ts` beside this file.

export const picture = (label: string) => `${label}: picture`;
export const arrowsCaption = 'Arrows point from a claim to the claim it answers.';
/** A matrix column's heading: relations to the claims of a party. */
export const toParty = (party: string) => `to ${party}`;
/** A matrix cell with no relation. */
export const none = 'none';
/** A relation type's count in a matrix cell: its words (lower case), then how many. */
export const typeCount = (relation: string, count: number) => `${relation}: ${count}`;
/** A matrix cell's counts, type after type. */
export const typeCounts = (counts: readonly string[]) => counts.join(', ');
