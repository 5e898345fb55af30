import type * as en from './source-list.words.tsx';

// The words of the list of sources (source-list.tsx), in French; the English words are in
// `source-list.words.tsx` beside this file.

export const heading: string = 'Sources';
export const checked: typeof en.checked = (hash) => (
  <>Chaque citation est vérifiée sur une copie archivée (SHA-256 {hash}).</>
);
export const readArchived: string = 'Lire le texte archivé';
export const moreSources: typeof en.moreSources = (more) =>
  more < 2
    ? `Et ${more} autre source archivée, nommée, avec son lien, sur les pages des déclarations qui la citent.`
    : `Et ${more} autres sources archivées, chacune nommée, avec son lien, sur les pages des déclarations qui la citent.`;
