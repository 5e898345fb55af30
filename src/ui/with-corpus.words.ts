// The words of the corpus loader (with-corpus.tsx), in English; each other interface
// language's are in `with-corpus.words.<language>.ts` beside this file.

export const claimsFailed = 'The claims could not be loaded';
