// The words of the overview's loader (positions-overview-part.ts), in English; each other
// interface language's are in `positions-overview-part.words.<language>.ts` beside this file.

export const failure = 'The positions at a glance could not be shown';
