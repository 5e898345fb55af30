// The words of the relation lines' styles (edge-style.ts), in French; the English words are in
// `edge-style.words.ts` beside this file.

export const solidLine: string = 'trait plein';
export const dashedLine: string = 'tirets';
export const dottedLine: string = 'pointillés';
export const dashDotLine: string = 'tirets et points';
