// The words of the page's error boundary (page-error-boundary.tsx), in French; the English
// words are in `page-error-boundary.words.ts` beside this file.

export const pageFailed: string = 'Cette page n’a pas pu être affichée';
