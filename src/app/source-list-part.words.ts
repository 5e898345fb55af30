// The words of the footer's list of sources as it loads (source-list-part.ts), in English;
// each other interface language's are in `source-list-part.words.<language>.ts` beside this
// file.

export const failure = 'The list of sources could not be shown';
