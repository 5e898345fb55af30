import type * as en from './claim-search.words.ts';

// The words of the claim search (claim-search.ts), in French; the English words are in
// `claim-search.words.ts` beside this file.

export const malformed: typeof en.malformed = (path, why) =>
  `Le fichier de données ${path} est mal formé\u00a0: ${why}`;
