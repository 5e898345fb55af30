// The words of the page's error boundary (page-error-boundary.tsx), in English; each other
// interface language's are in `page-error-boundary.words.<language>.ts` beside this file.

export const pageFailed = 'This page could not be shown';
