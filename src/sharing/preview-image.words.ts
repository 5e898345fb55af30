// The words of a claim's preview image (scripts/site/preview-image.ts), in English; each other
// interface language's are in `preview-image.words.<language>.ts` beside this file. The images
// are drawn at build time outside Vite, so they take these words from the prerendering bundle
// (src/entry-server.tsx re-exports them), which has them in the build's language.

export const directQuote = 'Direct quote';
export const reportedSpeech = 'Reported speech';
/** In place of a direct quote no font draws, before our summary. */
export const quoteElsewhere = (language: string) =>
  `The quote is in ${language}, on the claim’s page. In our words:`;
/** In place of a report no font draws, before our summary. */
export const reportElsewhere = (language: string) =>
  `The report is in ${language}, on the claim’s page. In our words:`;
