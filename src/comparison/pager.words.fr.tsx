import type * as en from './pager.words.tsx';

// The words of the pager (pager.tsx), in French; the English words are in `pager.words.tsx`
// beside this file.

export const claimsShown: typeof en.claimsShown = (first, last, matching, format) =>
  `Déclarations ${format(first)}–${format(last)} sur ${format(matching)}`;
export const previous: string = '← Précédente';
export const next: string = 'Suivante →';
/** A page's number, after a word that only a screen reader says. */
export const page: typeof en.page = (n, unseen) => (
  <>
    {unseen('Page ')}
    {n}
  </>
);
