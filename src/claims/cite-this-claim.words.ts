// The words of "Cite this claim" (cite-this-claim.tsx), in English; each other interface
// language's are in `cite-this-claim.words.<language>.ts` beside this file.

export const plainText = 'Plain text';
export const bibtex = 'BibTeX';
export const copyPlainText = 'Copy citation';
export const copyBibtex = 'Copy BibTeX';
export const plainTextCopied = 'Plain text citation copied.';
export const bibtexCopied = 'BibTeX citation copied.';
export const copyBlocked = 'Copying was blocked by the browser; select the citation and copy it.';
