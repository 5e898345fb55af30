// The words of where a claim's date and venue come from (when-where-from.ts), in English; each
// other interface language's are in `when-where-from.words.<language>.ts` beside this file.

export const dateFromText = 'Date: as the text gives it.';
export const venueFromText = 'Venue: as the text gives it.';
export const dateAndVenueFromText = 'Date and venue: as the text gives them.';
export const dateFromNote = (note: string) =>
  `Date: from the source record's notes, not its text: ${note}`;
export const venueFromNote = (note: string) =>
  `Venue: from the source record's notes, not its text: ${note}`;
export const dateAndVenueFromNote = (note: string) =>
  `Date and venue: from the source record's notes, not its text: ${note}`;
