// The words of a data file that is not JSON, as a reader is told them (corpus-format-error.ts),
// in English; each other interface language's are in `corpus-format-error.words.<language>.ts`
// beside this file.

export const notJson = (path: string) =>
  `The data file ${path} is not valid JSON: it may have arrived cut short. Try again.`;
