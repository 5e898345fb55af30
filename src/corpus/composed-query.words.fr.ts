// The words of a view whose files keep leaving the cache, as a reader is told them
// (composed-query.ts), in French; the English words are in `composed-query.words.ts` beside
// this file.

export const keptGoingMissing: string =
  'Les fichiers de données de cette vue ont disparu de la mémoire à plusieurs reprises. Réessayez.';
