// The words of the footer's list of sources as it loads (source-list-part.ts), in French; the
// English words are in `source-list-part.words.ts` beside this file.

export const failure: string = 'La liste des sources n’a pas pu être affichée';
