import type { ReactNode } from 'react';

// The words of the list of sources (source-list.tsx), in English; each other interface
// language's are in `source-list.words.<language>.tsx` beside this file.

export const heading = 'Sources';
export const checked = (hash: ReactNode) => (
  <>Every quote is checked against an archived copy (SHA-256 {hash}).</>
);
export const readArchived = 'Read the archived text';
export const moreSources = (more: number) =>
  more === 1
    ? 'And 1 more archived source, named and linked on the pages of the claims that quote it.'
    : `And ${more} more archived sources, each named and linked on the pages of the claims that quote it.`;
