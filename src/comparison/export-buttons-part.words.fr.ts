// The words of the downloads's loader (export-buttons-part.ts), in French; the English words
// are in `export-buttons-part.words.ts` beside this file.

export const failure: string = 'Les téléchargements n’ont pas pu être proposés';
