// The words of "Cite this claim" (cite-this-claim.tsx), in French; the English words are in
// `cite-this-claim.words.ts` beside this file.

export const plainText: string = 'Texte brut';
export const bibtex: string = 'BibTeX';
export const copyPlainText: string = 'Copier la référence';
export const copyBibtex: string = 'Copier le BibTeX';
export const plainTextCopied: string = 'Référence en texte brut copiée.';
export const bibtexCopied: string = 'Référence BibTeX copiée.';
export const copyBlocked: string =
  'Le navigateur a bloqué la copie\u202f; sélectionnez la référence et copiez-la.';
