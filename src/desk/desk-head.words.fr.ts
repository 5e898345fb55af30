import type * as en from './desk-head.words.ts';

// The words of the head of a site of several dossiers (desk-head.ts), in French; the English
// words are in `desk-head.words.ts` beside this file.

export const description: typeof en.description = (events, names) =>
  `Ce que chaque partie dit ${events < 2 ? 'd’un événement' : `de ${events}\u00a0événements`}\u00a0: ${names}.`;
export const speakerDescription: typeof en.speakerDescription = (name, claims, events) =>
  `${claims < 2 ? 'La déclaration' : `${claims}\u00a0déclarations`} de ${name}, d’un événement à l’autre\u00a0: ${events}.`;
