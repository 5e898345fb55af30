// The words of the key to the relation lines (edge-marks.tsx), in English; each other interface
// language's are in `edge-marks.words.<language>.ts` beside this file.

/** A relation type in the key: its words (lower case), then the line that draws it. */
export const keyEntry = (relation: string, line: string) => `${relation} (${line})`;
