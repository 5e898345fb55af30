// The words of the skip links (skip-links.tsx), in English; each other interface language's
// are in `skip-links.words.<language>.ts` beside this file.

export const toContent = 'Skip to content';
export const toSearch = 'Skip to the search';
export const toResults = 'Skip to the results';
