import type * as en from './relation-views.words.ts';

// The words of the relation picture and matrix (relation-views.tsx), in French; the English
// words are in `relation-views.words.ts` beside this file.

export const picture: typeof en.picture = (label) => `${label}\u00a0: schéma`;
export const arrowsCaption: string =
  'Les flèches vont d’une déclaration à celle à laquelle elle répond.';
/** A matrix column's heading: relations to the claims of a party. */
export const toParty: typeof en.toParty = (party) => `envers ${party}`;
/** A matrix cell with no relation. */
export const none: string = 'aucune';
/** A relation type's count in a matrix cell: its words (lower case), then how many. */
export const typeCount: typeof en.typeCount = (relation, count) => `${relation}\u00a0: ${count}`;
/** A matrix cell's counts, type after type. */
export const typeCounts: typeof en.typeCounts = (counts) => counts.join(', ');
