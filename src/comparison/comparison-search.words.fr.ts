import type * as en from './comparison-search.words.ts';

// The words of the comparison's link state (comparison-search.ts), in French; the English
// words are in `comparison-search.words.ts` beside this file.

/** An id of the link that names nothing in the dossier; `kind` says what it was to name. */
export const noSuch: typeof en.noSuch = (kind, id) =>
  `${{ party: 'aucune partie', topic: 'aucune question', speaker: 'aucun intervenant' }[kind]} «\u00a0${id}\u00a0» dans ce dossier`;
export const searchTooLong: typeof en.searchTooLong = (max) =>
  `le texte recherché dépassait ${max} caractères`;
export const notAPage: typeof en.notAPage = (value) =>
  `«\u00a0${value}\u00a0» n’est pas un numéro de page`;
export const notASpeech: typeof en.notASpeech = (value) =>
  `«\u00a0${value}\u00a0» n’est pas un type de propos valide`;
