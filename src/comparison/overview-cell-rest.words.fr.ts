// The words of an overview cell's other claims (overview-cell-rest.tsx), in French; the
// English words are in `overview-cell-rest.words.ts` beside this file.

export const notLoaded: string = 'Ces déclarations n’ont pas pu être chargées.';
export const seeInComparison: string = 'Les voir dans la comparaison';
export const loading: string = 'Chargement…';
