import type * as en from './view-bar.words.ts';

// The words of the bar over a filtered view (view-bar.tsx), in French; the English words are
// in `view-bar.words.ts` beside this file.

export const linkCopied: string = 'Lien copié';
export const copyThisLink: typeof en.copyThisLink = (link) => `Copiez ce lien\u00a0: ${link}`;
export const thisView: string = 'Cette vue';
export const clear: string = 'Effacer';
export const copyLink: string = 'Copier le lien de cette vue';
