// The words of the downloads's loader (export-buttons-part.ts), in English; each other
// interface language's are in `export-buttons-part.words.<language>.ts` beside this file.

export const failure = 'The downloads could not be offered';
