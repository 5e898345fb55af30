// The words inside the Web Annotations export (export-web-annotation.ts), in English; each
// other interface language's are in `export-web-annotation.words.<language>.ts` beside this file.

export const machineTranslation = 'machine translation';
export const dossierAuthors = "the dossier's authors";
