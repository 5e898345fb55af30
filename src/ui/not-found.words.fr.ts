// The words of the not-found page (not-found.tsx), in French; the English words are in
// `not-found.words.ts` beside this file.

export const backToComparison: string = 'Retour à la comparaison de toutes les déclarations';
export const pageNotFound: string = 'Page introuvable';
export const nothingHere: string =
  'Il n’y a rien à cette adresse. Elle est peut-être mal saisie ou périmée.';
