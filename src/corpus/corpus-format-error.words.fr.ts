import type * as en from './corpus-format-error.words.ts';

// The words of a data file that is not JSON, as a reader is told them (corpus-format-error.ts),
// in French; the English words are in `corpus-format-error.words.ts` beside this file.

export const notJson: typeof en.notJson = (path) =>
  `Le fichier de données ${path} n’est pas du JSON valide\u00a0: il est peut-être arrivé tronqué. Réessayez.`;
