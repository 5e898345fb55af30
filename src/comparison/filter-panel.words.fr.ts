import type * as en from './filter-panel.words.ts';

// The words of the search and filter panel (filter-panel.tsx), in French; the English words
// are in `filter-panel.words.ts` beside this file.

export const filterClaims: string = 'Filtrer les déclarations';
export const searchLabel: string = 'Rechercher dans les citations, les résumés et les intervenants';
export const filters: typeof en.filters = (active) =>
  active > 0 ? `Filtres · ${active} ${active < 2 ? 'actif' : 'actifs'}` : 'Filtres';
export const filtersNotLoaded: string = 'Les filtres n’ont pas pu être chargés';
export const loadingFilters: string = 'Chargement des filtres…';
export const counting: string = 'Décompte des déclarations correspondantes…';
export const reset: string = 'Réinitialiser les filtres';
