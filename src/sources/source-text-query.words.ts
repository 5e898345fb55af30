// The words of a source text that fails its check (source-text-query.ts), in English; each
// other interface language's are in `source-text-query.words.<language>.ts` beside this file.

/** The archived text at `path` (under `data/`) does not hash to its record's SHA-256. */
export const notArchived = (path: string) =>
  `The text in data/${path} is not the archived source: its SHA-256 does not match the record. It may have arrived cut short. Try again.`;
