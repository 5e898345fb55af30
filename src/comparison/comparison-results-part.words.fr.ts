// The words of the results's loader (comparison-results-part.ts), in French; the English words
// are in `comparison-results-part.words.ts` beside this file.

export const failure: string = 'Les déclarations n’ont pas pu être affichées';
