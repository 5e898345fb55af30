import type { Comparison } from './filter-claims.ts';

// The words of the comparison's results (comparison-results.tsx), in English; each other
// interface language's are in `comparison-results.words.<language>.ts` beside this file.

export const printed = (
  filters: string,
  { matching, total, page, pageCount, first, last }: Comparison,
  url: string,
) =>
  `${filters}. ${matching} of ${total} claims match${
    pageCount > 1 ? `; this is page ${page} of ${pageCount}, claims ${first}–${last}` : ''
  }. Printed from ${url}`;
export const noMatch = 'No claim matches these filters. Try fewer words, or reset the filters.';
export const pagesTop = 'Pages of claims, top';
export const pages = 'Pages of claims';
