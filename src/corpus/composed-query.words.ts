// The words of a view whose files keep leaving the cache, as a reader is told them
// (composed-query.ts), in English; each other interface language's are in
// `composed-query.words.<language>.ts` beside this file.

export const keptGoingMissing =
  'The data files of this view kept going missing from memory. Try again.';
