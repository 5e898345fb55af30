// The words of the corpus loader (with-corpus.tsx), in French; the English words are in
// `with-corpus.words.ts` beside this file.

export const claimsFailed: string = 'Les déclarations n’ont pas pu être chargées';
