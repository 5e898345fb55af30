// The words of the filters described (describe-filters.ts), in English; each other interface
// language's are in `describe-filters.words.<language>.ts` beside this file.

export const parties = (names: string[]) => `Parties: ${names.join(', ')}`;
export const topics = (titles: string[]) => `Topics: ${titles.join(', ')}`;
export const speakers = (names: string[]) => `Speakers: ${names.join(', ')}`;
export const directOnly = 'Direct quotes only';
export const reportedOnly = 'Reported speech only';
export const search = (query: string) => `Search: “${query}”`;
export const noFilters = 'No filters: every claim';
export const allClaims = (total: number, format: (n: number) => string) =>
  total === 1 ? 'The one claim' : `All ${format(total)} claims`;
export const claimsMatch = (matching: number, total: number, format: (n: number) => string) =>
  `${format(matching)} of ${format(total)} claims match`;
