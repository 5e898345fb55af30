// The words of a timeline claim's link name (timeline-claim-words.ts), in English; each other
// interface language's are in `timeline-claim-words.words.<language>.ts` beside this file.

/** Who took a position: the speaker, then their party. */
export const speakerOfParty = (speaker: string, party: string) => `${speaker} (${party})`;
/** A claim at a glance (`src/corpus/glance.ts`), after the date its source gives. */
export const datedClaim = (date: string, line: string) => `${date}: ${line}`;
