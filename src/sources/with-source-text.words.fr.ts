// The words shown while a source's text loads or when it fails (with-source-text.tsx), in
// French; the English words are in `with-source-text.words.ts` beside this file.

export const loading: string = 'Chargement du texte de la source…';
export const loadFailed: string = 'Le texte de la source n’a pas pu être chargé';
