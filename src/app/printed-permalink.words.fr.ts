// The words of the printed permalink (printed-permalink.tsx), in French; the English words
// are in `printed-permalink.words.ts` beside this file.

/** The label before the page's address. */
export const permalink: string = 'Lien permanent :';
/** The label before the page's citation. */
export const citeAs: string = 'Pour citer cette page :';
