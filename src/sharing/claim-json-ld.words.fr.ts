// The words of a claim's structured data (claim-json-ld.ts), in French; the English words are
// in `claim-json-ld.words.ts` beside this file.

/** The name of a machine translator whose name the corpus does not give. */
export const machineTranslation: string = 'traduction automatique';
