import type * as en from './timeline-claim-words.words.ts';

// The words of a timeline claim's link name (timeline-claim-words.ts), in French; the English
// words are in `timeline-claim-words.words.ts` beside this file.

/** Who took a position: the speaker, then their party. */
export const speakerOfParty: typeof en.speakerOfParty = (speaker, party) => `${speaker} (${party})`;
/** A claim at a glance (`src/corpus/glance.ts`), after the date its source gives. */
export const datedClaim: typeof en.datedClaim = (date, line) => `${date}\u00a0: ${line}`;
