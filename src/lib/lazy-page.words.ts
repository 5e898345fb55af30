// The words of a page whose code loads on demand (lazy-page.ts), in English; each other
// interface language's are in `lazy-page.words.<language>.ts` beside this file.

export const codeFailed = (why: string) => `The code of this page could not be loaded. (${why})`;
