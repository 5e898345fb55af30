import type * as en from './feed-entries.words.ts';

// The words of the site's feeds (feed-entries.ts), in French; the English words are in
// `feed-entries.words.ts` beside this file.

export const feedTitle: string = 'Nouvelles déclarations et corrections';
export const correctedTitle: typeof en.correctedTitle = (summary) => `Corrigée\u00a0: ${summary}`;
export const correctionText: typeof en.correctionText = (date, reason) =>
  `Corrigée le ${date}\u00a0: ${reason}`;
