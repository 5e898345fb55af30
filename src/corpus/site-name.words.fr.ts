import type * as en from './site-name.words.ts';

// The words of the site's name (site-name.ts), in French; the English words are in
// `site-name.words.ts` beside this file.

export const siteName: typeof en.siteName = (name, tagline) => `${name}\u00a0: ${tagline}`;
