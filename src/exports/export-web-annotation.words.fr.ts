// The words inside the Web Annotations export (export-web-annotation.ts), in French; the
// English words are in `export-web-annotation.words.ts` beside this file.

export const machineTranslation: string = 'traduction automatique';
export const dossierAuthors: string = 'les auteurs du dossier';
