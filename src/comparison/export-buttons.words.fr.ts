import type * as en from './export-buttons.words.ts';

// The words of the download buttons (export-buttons.tsx), in French; the English words are in
// `export-buttons.words.ts` beside this file.

export const csv: string = 'CSV';
export const csvHint: string = 'une ligne par déclaration, pour les tableurs';
export const json: string = 'JSON';
export const jsonHint: string = 'le format du corpus, avec sa version de schéma';
export const annotations: string = 'Web Annotations';
export const annotationsHint: string = 'JSON-LD du W3C, ancrées dans la source';
export const bibtex: string = 'BibTeX';
export const bibtexHint: string =
  'la référence de chaque déclaration, pour les gestionnaires de bibliographie';
export const preparing: typeof en.preparing = (format) => `Préparation du fichier ${format}…`;
export const downloaded: typeof en.downloaded = (format, claims) =>
  `Fichier ${format} téléchargé (${claims} ${claims < 2 ? 'déclaration' : 'déclarations'}).`;
export const notPrepared: typeof en.notPrepared = (format, why) =>
  `Le fichier ${format} n’a pas pu être préparé\u00a0: ${why}`;
export const downloadThese: typeof en.downloadThese = (matching) =>
  matching === 1
    ? 'Télécharger cette déclaration\u00a0:'
    : `Télécharger ces ${matching} déclarations\u00a0:`;
