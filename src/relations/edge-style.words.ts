// The words of the relation lines' styles (edge-style.ts), in English; each other interface
// language's are in `edge-style.words.<language>.ts` beside this file.

export const solidLine = 'solid line';
export const dashedLine = 'dashed line';
export const dottedLine = 'dotted line';
export const dashDotLine = 'dash-dot line';
