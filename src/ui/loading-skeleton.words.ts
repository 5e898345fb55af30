// The words of the loading skeleton (loading-skeleton.tsx), in English; each other interface
// language's are in `loading-skeleton.words.<language>.ts` beside this file.

export const loadingClaims = 'Loading claims…';
