// The words of the comparison's link state (comparison-search.ts), in English; each other
// interface language's are in `comparison-search.words.<language>.ts` beside this file.

/** An id of the link that names nothing in the dossier; `kind` says what it was to name. */
export const noSuch = (kind: 'party' | 'topic' | 'speaker', id: string) =>
  `no ${kind} “${id}” in this dossier`;
export const searchTooLong = (max: number) => `the search text was longer than ${max} characters`;
export const notAPage = (value: string) => `“${value}” is not a page number`;
export const notASpeech = (value: string) => `“${value}” is not a valid speech`;
