import type * as en from './describe-filters.words.ts';

// The words of the filters described (describe-filters.ts), in French; the English words are
// in `describe-filters.words.ts` beside this file.

export const parties: typeof en.parties = (names) => `Parties\u00a0: ${names.join(', ')}`;
export const topics: typeof en.topics = (titles) => `Questions\u00a0: ${titles.join(', ')}`;
export const speakers: typeof en.speakers = (names) => `Intervenants\u00a0: ${names.join(', ')}`;
export const directOnly: string = 'Citations directes seulement';
export const reportedOnly: string = 'Propos rapportés seulement';
export const search: typeof en.search = (query) => `Recherche\u00a0: «\u00a0${query}\u00a0»`;
export const noFilters: string = 'Aucun filtre\u00a0: toutes les déclarations';
export const allClaims: typeof en.allClaims = (total, format) =>
  total === 1 ? 'L’unique déclaration' : `Les ${format(total)} déclarations`;
export const claimsMatch: typeof en.claimsMatch = (matching, total, format) =>
  matching < 2
    ? `${format(matching)} déclaration sur ${format(total)} correspond`
    : `${format(matching)} déclarations sur ${format(total)} correspondent`;
