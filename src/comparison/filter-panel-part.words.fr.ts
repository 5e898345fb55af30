// The words of the filter panel's loader (filter-panel-part.ts), in French; the English words
// are in `filter-panel-part.words.ts` beside this file.

export const failure: string = 'La recherche et les filtres n’ont pas pu être chargés';
