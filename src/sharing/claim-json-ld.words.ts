// The words of a claim's structured data (claim-json-ld.ts), in English; each other interface
// language's are in `claim-json-ld.words.<language>.ts` beside this file.

/** The name of a machine translator whose name the corpus does not give. */
export const machineTranslation = 'machine translation';
