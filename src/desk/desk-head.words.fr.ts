import type * as en from './desk-head.words.ts';

// The words of the head of a site of several dossiers (desk-head.ts), in French; the English
// words are in `desk-head.words.ts` beside this file.

export const description: typeof en.description = (events, names) =>
  `Ce que chaque partie dit ${events < 2 ? 'd’un événement' : `de ${events}\u00a0événements`}\u00a0: ${names}.`;
