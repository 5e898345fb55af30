import type { ReactNode } from 'react';

// The words of the grid of claims by topic and party (claim-grid.tsx), in English; each other
// interface language's are in `claim-grid.words.<language>.tsx` beside this file.

export const gridLabel = 'Claims by topic (rows) and party (columns)';
export const continued = '(continued)';
export const continuesNextPage = 'More answers to this question on the next page.';
export const noStatement = 'No statement in the sources.';
export const noneMatch = (total: number) =>
  `No claim matches the filters (${total} on this topic).`;
export const beforeAndAfter = 'On the pages before and after this one.';
export const page = (page: number) => `page ${page}`;
export const earlierOn = (page: ReactNode) => <>Earlier, on {page}.</>;
export const laterOn = (page: ReactNode) => <>Later, on {page}.</>;
