// The words of a claim's date and place (stated-when-where.tsx), in French; the English words
// are in `stated-when-where.words.ts` beside this file.

export const notGiven: string = 'Date et lieu non précisés dans la source';
