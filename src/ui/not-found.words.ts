// The words of the not-found page (not-found.tsx), in English; each other interface
// language's are in `not-found.words.<language>.ts` beside this file.

export const backToComparison = 'Back to the comparison of all claims';
export const pageNotFound = 'Page not found';
export const nothingHere = 'There is nothing at this address. It may be mistyped or out of date.';
