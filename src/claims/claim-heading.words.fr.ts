// The words of the top of a claim's page (claim-heading.tsx), in French; the English words are
// in `claim-heading.words.ts` beside this file.

export const summaryNote: string = 'Notre résumé. Suivent les mots exacts de la source.';
