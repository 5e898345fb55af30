// The words of the results's loader (comparison-results-part.ts), in English; each other
// interface language's are in `comparison-results-part.words.<language>.ts` beside this file.

export const failure = 'The claims could not be shown';
