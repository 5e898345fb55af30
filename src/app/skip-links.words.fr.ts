// The words of the skip links (skip-links.tsx), in French; the English words are in
// `skip-links.words.ts` beside this file.

export const toContent: string = 'Aller au contenu';
export const toSearch: string = 'Aller à la recherche';
export const toResults: string = 'Aller aux résultats';
