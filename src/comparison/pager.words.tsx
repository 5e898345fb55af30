import type { ReactNode } from 'react';

// The words of the pager (pager.tsx), in English; each other interface language's are in
// `pager.words.<language>.tsx` beside this file.

export const claimsShown = (
  first: number,
  last: number,
  matching: number,
  format: (n: number) => string,
) => `Claims ${format(first)}–${format(last)} of ${format(matching)}`;
export const previous = '← Previous';
export const next = 'Next →';
/** A page's number, after a word that only a screen reader says. */
export const page = (n: number, unseen: (text: string) => ReactNode) => (
  <>
    {unseen('Page ')}
    {n}
  </>
);
