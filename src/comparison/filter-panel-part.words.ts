// The words of the filter panel's loader (filter-panel-part.ts), in English; each other
// interface language's are in `filter-panel-part.words.<language>.ts` beside this file.

export const failure = 'The search and the filters could not be loaded';
