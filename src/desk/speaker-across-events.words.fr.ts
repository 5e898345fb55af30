import type * as en from './speaker-across-events.words.ts';

// The words of a speaker's page across events (speaker-across-events.tsx), in French; the
// English words are in `speaker-across-events.words.ts` beside this file.

export const backHome: typeof en.backHome = (siteName) =>
  `← ${siteName}\u00a0: tous les événements`;
export const summary: typeof en.summary = (claims, events) =>
  `${claims < 2 ? `${claims}\u00a0déclaration` : `${claims}\u00a0déclarations`} dans ${events < 2 ? `${events}\u00a0événement` : `${events}\u00a0événements`}, du plus récent au plus ancien.`;
export const corrected: typeof en.corrected = (date) => `Corrigée le ${date}`;
