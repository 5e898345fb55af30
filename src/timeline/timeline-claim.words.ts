// The words of a timeline claim in the list under the drawing (timeline-claim.tsx), in English;
// each other interface language's are in `timeline-claim.words.<language>.ts` beside this file.

/** Where a relation's other claim would be, when it is not among the days shown. */
export const outsideTheseDays = 'a claim outside these days';
