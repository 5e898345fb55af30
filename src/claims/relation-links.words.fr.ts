import type * as en from './relation-links.words.ts';

// The words of a claim's relation badges (relation-links.tsx), in French; the English words
// are in `relation-links.words.ts` beside this file.

export const notes: (...args: Parameters<typeof en.notes>) => string = (count) =>
  count < 2 ? 'Note sur cette relation' : 'Notes sur ces relations';
export const otherClaim: typeof en.otherClaim = (party, summary) => `(${party}. ${summary})`;
