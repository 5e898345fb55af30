import type * as en from './claim-page.words.tsx';

// The words of a claim's page (claim-page.tsx), in French; the English words are in
// `claim-page.words.tsx` beside this file.

export const notFound: string = 'Déclaration introuvable';
export const notFoundDetail: typeof en.notFoundDetail = (id) =>
  `Ce dossier ne contient aucune déclaration «\u00a0${id}\u00a0». Le lien est peut-être mal saisi ou tronqué.`;
export const loadFailed: string = 'La déclaration n’a pas pu être chargée';
export const allClaims: string = '← Toutes les déclarations';
export const inSources: typeof en.inSources = (count) =>
  count < 2 ? `Dans ${count} source` : `Dans ${count} sources`;
export const inTheSource: string = 'Dans la source';
export const sameStatement: string =
  'La même déclaration, telle que chaque source la rapporte avec ses propres mots\u00a0: la première est celle citée plus haut.';
export const sourceLine: typeof en.sourceLine = (headline, publisher, date) => (
  <>
    {headline}. {publisher}, {date}.
  </>
);
export const sourceLineWithDateline: typeof en.sourceLineWithDateline = (
  headline,
  publisher,
  dateline,
  date,
) => (
  <>
    {headline}. {publisher}, {dateline}, {date}.
  </>
);
export const shareThisClaim: string = 'Partager cette déclaration';
export const citeThisClaim: string = 'Citer cette déclaration';
export const relationsHeading: string = 'Comment les autres déclarations se rapportent à celle-ci';
export const noRelation: string = 'Aucune relation enregistrée.';
export const othersHeading: string = 'La réponse de chaque partie à la même question';
