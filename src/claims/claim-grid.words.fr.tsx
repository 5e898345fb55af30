import type * as en from './claim-grid.words.tsx';

// The words of the grid of claims by topic and party (claim-grid.tsx), in French; the English
// words are in `claim-grid.words.tsx` beside this file.

export const gridLabel: string = 'Déclarations par question (lignes) et par partie (colonnes)';
export const continued: string = '(suite)';
export const continuesNextPage: string = 'D’autres réponses à cette question en page suivante.';
export const noStatement: string = 'Aucune déclaration dans les sources.';
export const noneMatch: typeof en.noneMatch = (total) =>
  `Aucune déclaration ne correspond aux filtres (${total} sur cette question).`;
export const beforeAndAfter: string = 'Dans les pages qui précèdent et suivent celle-ci.';
export const page: typeof en.page = (page) => `page ${page}`;
export const earlierOn: typeof en.earlierOn = (page) => <>Précédemment, en {page}.</>;
export const laterOn: typeof en.laterOn = (page) => <>Plus loin, en {page}.</>;
