// The words of a claim at a glance (glance.ts), in English; each other interface language's
// are in `glance.words.<language>.ts` beside this file.

export const inTranslation = (who: string, translation: string, excerpt: string) =>
  `${who}, in ${translation}: ${excerpt}`;
export const quoting = (who: string, excerpt: string) => `${who}: ${excerpt}`;
export const asReported = (who: string, publisher: string) => `${who}, as ${publisher} reports`;
export const quoted = (excerpt: string) => `“${excerpt}”`;
export const line = (short: string, who: string) => `${short} — ${who}`;
