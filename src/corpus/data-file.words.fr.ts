import type * as en from './data-file.words.ts';

// The words of a data file's failures, as a reader is told them (data-file.ts), in French; the
// English words are in `data-file.words.ts` beside this file.

export const serverAnswered: typeof en.serverAnswered = (status, path) =>
  `Le serveur a répondu HTTP ${status} pour data/${path}.`;
export const stalled: typeof en.stalled = (path, seconds) =>
  `Le chargement de data/${path} s’est interrompu\u00a0: plus rien n’est arrivé pendant ${seconds} ${seconds < 2 ? 'seconde' : 'secondes'}.`;
export const outdated: string =
  'Ce dossier a été mis à jour depuis l’ouverture de cette page. Rechargez la page pour voir la version actuelle.';
export const missing: typeof en.missing = (path) => `data/${path} est introuvable sur le serveur.`;
