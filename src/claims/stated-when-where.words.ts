// The words of a claim's date and place (stated-when-where.tsx), in English; each other
// interface language's are in `stated-when-where.words.<language>.ts` beside this file.

export const notGiven = 'Date and place not given in the source';
