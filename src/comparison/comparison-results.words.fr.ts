import type * as en from './comparison-results.words.ts';

// The words of the comparison's results (comparison-results.tsx), in French; the English words
// are in `comparison-results.words.ts` beside this file.

export const printed: typeof en.printed = (
  filters,
  { matching, total, page, pageCount, first, last },
  url,
) =>
  `${filters}. ${matching} ${matching < 2 ? 'déclaration' : 'déclarations'} sur ${total} ${
    matching < 2 ? 'correspond' : 'correspondent'
  }${
    pageCount > 1
      ? `\u202f; voici la page ${page} sur ${pageCount}, déclarations ${first}–${last}`
      : ''
  }. Imprimé depuis ${url}`;
export const noMatch: string =
  'Aucune déclaration ne correspond à ces filtres. Essayez avec moins de mots, ou réinitialisez les filtres.';
export const pagesTop: string = 'Pages de déclarations, en haut';
export const pages: string = 'Pages de déclarations';
