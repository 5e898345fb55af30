// The words of the claim search (claim-search.ts), in English; each other interface
// language's are in `claim-search.words.<language>.ts` beside this file.

export const malformed = (path: string, why: string) =>
  `The data file ${path} is malformed: ${why}`;
