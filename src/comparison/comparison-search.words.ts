// The words of the comparison's link state (comparison-search.ts), in English; each other
// interface language's are in `comparison-search.words.<language>.ts` beside this file.

export const noSuchParty = (id: string) => `no party “${id}” in this dossier`;
export const noSuchTopic = (id: string) => `no topic “${id}” in this dossier`;
export const noSuchSpeaker = (id: string) => `no speaker “${id}” in this dossier`;
export const searchTooLong = (max: number) => `the search text was longer than ${max} characters`;
export const notAPage = (value: string) => `“${value}” is not a page number`;
export const notASpeech = (value: string) => `“${value}” is not a valid speech`;
