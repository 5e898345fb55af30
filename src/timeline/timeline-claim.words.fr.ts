// The words of a timeline claim in the list under the drawing (timeline-claim.tsx), in French;
// the English words are in `timeline-claim.words.ts` beside this file.

/** Where a relation's other claim would be, when it is not among the days shown. */
export const outsideTheseDays: string = 'une déclaration hors des jours affichés';
