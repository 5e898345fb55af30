// The words of the printed permalink (printed-permalink.tsx), in English; each other
// interface language's are in `printed-permalink.words.<language>.ts` beside this file.

/** The label before the page's address. */
export const permalink = 'Permalink:';
/** The label before the page's citation. */
export const citeAs = 'Cite as:';
