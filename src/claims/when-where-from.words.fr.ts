import type * as en from './when-where-from.words.ts';

// The words of where a claim's date and venue come from (when-where-from.ts), in French; the
// English words are in `when-where-from.words.ts` beside this file.

export const dateFromText: string = 'Date\u00a0: telle que le texte l’indique.';
export const venueFromText: string = 'Lieu\u00a0: tel que le texte l’indique.';
export const dateAndVenueFromText: string = 'Date et lieu\u00a0: tels que le texte les indique.';
export const dateFromNote: typeof en.dateFromNote = (note) =>
  `Date\u00a0: tirée des notes de la fiche de la source, et non de son texte\u00a0: ${note}`;
export const venueFromNote: typeof en.venueFromNote = (note) =>
  `Lieu\u00a0: tiré des notes de la fiche de la source, et non de son texte\u00a0: ${note}`;
export const dateAndVenueFromNote: typeof en.dateAndVenueFromNote = (note) =>
  `Date et lieu\u00a0: tirés des notes de la fiche de la source, et non de son texte\u00a0: ${note}`;
