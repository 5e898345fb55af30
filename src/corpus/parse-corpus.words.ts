// The words of a data file that does not match its schema, as a reader is told them
// (parse-corpus.ts), in English; each other interface language's are in
// `parse-corpus.words.<language>.ts` beside this file.

export const malformed = (path: string, problems: string) =>
  `The data file ${path} is malformed:\n${problems}`;
