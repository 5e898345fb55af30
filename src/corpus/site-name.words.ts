// The words of the site's name (site-name.ts), in English; each other interface language's are
// in `site-name.words.<language>.ts` beside this file.

export const siteName = (name: string, tagline: string) => `${name}: ${tagline}`;
