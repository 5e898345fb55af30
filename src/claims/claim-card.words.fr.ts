import type * as en from './claim-card.words.ts';

// The words of a claim's card (claim-card.tsx), in French; the English words are in
// `claim-card.words.ts` beside this file.

export const thisClaim: string = 'Cette déclaration';
export const corrected: typeof en.corrected = (date) => `Corrigée le ${date}`;
