import type * as en from './preview-image.words.ts';

// The words of a claim's preview image (scripts/site/preview-image.ts), in French; the English
// words are in `preview-image.words.ts` beside this file. The images are drawn at build time
// outside Vite, so they take these words from the prerendering bundle (src/entry-server.tsx
// re-exports them), which has them in the build's language.

export const directQuote: string = 'Citation directe';
export const reportedSpeech: string = 'Propos rapportés';
/** In place of a direct quote no font draws, before our summary. */
export const quoteElsewhere: typeof en.quoteElsewhere = (language) =>
  `La citation, en ${language}, est sur la page de la déclaration. Notre résumé\u00a0:`;
/** In place of a report no font draws, before our summary. */
export const reportElsewhere: typeof en.reportElsewhere = (language) =>
  `Les propos rapportés, en ${language}, sont sur la page de la déclaration. Notre résumé\u00a0:`;
