import type * as en from './parse-corpus.words.ts';

// The words of a data file that does not match its schema, as a reader is told them
// (parse-corpus.ts), in French; the English words are in `parse-corpus.words.ts` beside this
// file.

export const malformed: typeof en.malformed = (path, problems) =>
  `Le fichier de données ${path} est mal formé\u00a0:\n${problems}`;
