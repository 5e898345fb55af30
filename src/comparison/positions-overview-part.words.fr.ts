// The words of the overview's loader (positions-overview-part.ts), in French; the English
// words are in `positions-overview-part.words.ts` beside this file.

export const failure: string = 'Les positions en un coup d’œil n’ont pas pu être affichées';
