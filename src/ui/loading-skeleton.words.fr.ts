// The words of the loading skeleton (loading-skeleton.tsx), in French; the English words are
// in `loading-skeleton.words.ts` beside this file.

export const loadingClaims: string = 'Chargement des déclarations…';
