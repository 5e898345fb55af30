import type * as en from './edge-marks.words.ts';

// The words of the key to the relation lines (edge-marks.tsx), in French; the English words are
// in `edge-marks.words.ts` beside this file.

/** A relation type in the key: its words (lower case), then the line that draws it. */
export const keyEntry: typeof en.keyEntry = (relation, line) => `${relation} (${line})`;
