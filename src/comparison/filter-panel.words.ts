// The words of the search and filter panel (filter-panel.tsx), in English; each other
// interface language's are in `filter-panel.words.<language>.ts` beside this file.

export const filterClaims = 'Filter claims';
export const searchLabel = 'Search quotes, summaries and speakers';
export const filters = (active: number) => (active > 0 ? `Filters · ${active} active` : 'Filters');
export const filtersNotLoaded = 'The filters could not be loaded';
export const loadingFilters = 'Loading the filters…';
export const counting = 'Counting the matching claims…';
export const reset = 'Reset filters';
