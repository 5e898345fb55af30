import type * as en from './lazy-page.words.ts';

// The words of a page whose code loads on demand (lazy-page.ts), in French; the English words
// are in `lazy-page.words.ts` beside this file.

export const codeFailed: typeof en.codeFailed = (why) =>
  `Le code de cette page n’a pas pu être chargé. (${why})`;
